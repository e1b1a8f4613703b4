import { describe, expect, it } from 'vitest';

import { DemoUsageError, readDemoOptions } from '../../scripts/demo/demo-options.js';

describe('reading the demo\'s command line', () => {
  it('plays against the fake with seed 42 when given nothing', () => {
    expect(readDemoOptions([], {})).toEqual({
      listen: false,
      write: false,
      seed: 42,
      token: undefined,
      wearerToken: undefined,
      baseUrl: undefined,
      help: false,
    });
  });

  it('reads --listen and a seed in either spelling', () => {
    const options = readDemoOptions(['--listen', '--seed', '7'], {});

    expect(options).toMatchObject({ listen: true, seed: 7 });
    expect(readDemoOptions(['--seed=9'], {}).seed).toBe(9);
  });

  it('takes the tokens and base URL from the environment, ignoring empty ones', () => {
    const env = {
      CHASTER_TOKEN: 'keyholder-token',
      CHASTER_WEARER_TOKEN: '',
      CHASTER_BASE_URL: 'http://127.0.0.1:4010',
    };

    expect(readDemoOptions(['--write'], env)).toMatchObject({
      write: true,
      token: 'keyholder-token',
      wearerToken: undefined,
      baseUrl: 'http://127.0.0.1:4010',
    });
  });

  it('refuses settings that contradict each other or cannot be read', () => {
    const token = { CHASTER_TOKEN: 'keyholder-token' };

    expect(() => readDemoOptions(['--fast'], {})).toThrow('unknown argument --fast');
    expect(() => readDemoOptions(['--seed', '-1'], {})).toThrow('--seed needs a whole number');
    expect(() => readDemoOptions(['--seed'], {})).toThrow(DemoUsageError);
    expect(() => readDemoOptions(['--listen'], token)).toThrow('unset CHASTER_TOKEN');
    expect(() => readDemoOptions(['--seed', '1'], token)).toThrow('unset CHASTER_TOKEN');
    expect(() => readDemoOptions([], { CHASTER_WEARER_TOKEN: 'w' })).toThrow(
      'CHASTER_WEARER_TOKEN is only read with CHASTER_TOKEN',
    );
    expect(() => readDemoOptions([], { ...token, CHASTER_BASE_URL: 'localhost' })).toThrow(
      'CHASTER_BASE_URL is not a URL',
    );
    expect(() => readDemoOptions([], { ...token, CHASTER_BASE_URL: 'ftp://127.0.0.1' }))
      .toThrow('must be http or https');
  });
});
