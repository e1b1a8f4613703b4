import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_USER_AGENT, SDK_VERSION } from '../../src/index.js';

describe('the SDK version', () => {
  it('matches the version in package.json', () => {
    const manifestUrl = new URL('../../package.json', import.meta.url);
    const manifest = JSON.parse(readFileSync(manifestUrl, 'utf8'));

    expect(SDK_VERSION).toBe(manifest.version);
    expect(DEFAULT_USER_AGENT).toBe(`chaster-sdk/${manifest.version}`);
  });
});
