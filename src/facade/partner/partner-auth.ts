import { ChasterUsageError } from '../../errors/index.js';
import { unwrap } from '../../unwrap.js';
import type { FacadeContext } from '../context.js';
import type { SignalOptions } from '../options.js';
import type { LockForPublic } from '../types.js';
import { ExtensionSession } from './extension-session.js';
import type { PartnerSessionAuth } from './partner-types.js';
import { requireId } from './session-inputs.js';

/** Who opened the extension's main page, and the session they opened it on. */
export interface MainPageSession {
  /** The session, ready to act on. */
  readonly session: ExtensionSession;

  /** The lock the page was opened on, as that user sees it. */
  readonly lock: LockForPublic;

  /** The role of the user on that lock: `wearer` or `keyholder`. */
  readonly role: PartnerSessionAuth['role'];

  /** The id of the user who opened the page. */
  readonly userId: string;

  /** The body Chaster returned. */
  readonly data: PartnerSessionAuth;
}

/**
 * Authentication of the extension's pages (`chaster.partner.auth`). Chaster opens the main page
 * with a `mainToken`, valid 12 hours; exchanging it on the backend is how the backend learns
 * which session and user it serves. Never trust a session id sent by a browser.
 *
 * @example
 * ```ts
 * const { session, role } = await chaster.partner.auth.sessionFromMainToken(mainToken);
 * ```
 */
export class PartnerAuth {
  private readonly context: FacadeContext;
  private readonly clientId: string | undefined;

  /**
   * Builds what `chaster.partner.auth` holds; `Chaster` does this for you and passes its
   * `clientId` option on.
   *
   * @param clientId - Your application's client id, sent as `X-Chaster-Client-Id`.
   * @example
   * ```ts
   * const auth = new PartnerAuth({ client }, process.env.CHASTER_CLIENT_ID);
   * ```
   */
  constructor(context: FacadeContext, clientId: string | undefined) {
    this.context = context;
    this.clientId = clientId;
  }

  /**
   * Exchanges the main page's token for its session, lock, user and role.
   *
   * @param mainToken - The token Chaster passed to the main page.
   * @throws {ChasterUsageError} when no client id is configured (Chaster requires the
   * `X-Chaster-Client-Id` header here) or the token is empty.
   * @example
   * ```ts
   * const chaster = new Chaster({ token: developerToken, clientId: 'my-app' });
   * const { session, userId } = await chaster.partner.auth.sessionFromMainToken(mainToken);
   * ```
   */
  async sessionFromMainToken(
    mainToken: string,
    options: SignalOptions = {},
  ): Promise<MainPageSession> {
    const clientId = this.clientId;
    if (clientId === undefined || clientId === '') {
      throw new ChasterUsageError(
        'sessionFromMainToken needs a clientId option: Chaster requires X-Chaster-Client-Id',
      );
    }
    requireId('mainToken', mainToken);

    const body = unwrap(await this.context.client.GET('/api/extensions/auth/sessions/{token}', {
      params: { path: { token: mainToken }, header: { 'X-Chaster-Client-Id': clientId } },
      signal: options.signal,
    }));

    return {
      session: new ExtensionSession(this.context, body.session),
      lock: body.lockForUser,
      role: body.role,
      userId: body.userId,
      data: body,
    };
  }
}
