/**
 * The package version, written here rather than read from `package.json` at run time so that the
 * client works in browsers and bundles. A test keeps it equal to the version in `package.json`.
 */
export const SDK_VERSION = '0.1.0';

/** The `User-Agent` sent when the caller does not choose one. */
export const DEFAULT_USER_AGENT = `chaster-sdk/${SDK_VERSION}`;
