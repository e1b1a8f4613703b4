import nock from 'nock';

/** The API root the end-to-end facade tests intercept with nock. */
export const API = 'https://api.chaster.app';

/** Lets no request leave the machine; nock answers everything under {@link API}. */
export function isolateNetwork(): void {
  nock.disableNetConnect();
}

/** Drops leftover interceptors so that the next test starts clean. */
export function resetNetwork(): void {
  nock.cleanAll();
  nock.enableNetConnect();
}
