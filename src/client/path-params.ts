import { ChasterUsageError } from '../errors/index.js';

/**
 * Refuses path parameter values that would change which resource a request reaches. An empty
 * value, `.` and `..` survive percent-encoding as they are, and URL parsing (WHATWG URL, RFC 3986
 * §5.2.4) then collapses them into the neighbouring segments, even when written `%2e`. Every other
 * value is percent-encoded into its own segment by openapi-fetch. Ids are not checked for shape:
 * Chaster's are not all 24-hex ObjectIds.
 */
export function assertSafePathParams(
  pathParams: Record<string, unknown>,
  method: string,
  path: string,
): void {
  for (const name in pathParams) {
    const value = pathParams[name];
    const text = value === undefined || value === null ? '' : String(value);

    if (text === '' || text === '.' || text === '..') {
      const shown = text === '' ? 'empty' : `"${text}"`;
      throw new ChasterUsageError(`Path parameter ${name} must not be ${shown}: ${method} ${path}`);
    }
  }
}
