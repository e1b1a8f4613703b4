import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, parseBenchOptions, QUICK_SIZE } from '../../scripts/bench/options.js';

describe('parseBenchOptions', () => {
  it('gives 4000 requests in 5 rounds at concurrency 1 and 16 by default', () => {
    expect(parseBenchOptions([])).toEqual({ ...DEFAULT_OPTIONS, concurrency: [1, 16] });
  });

  it('shrinks the run when BENCH_QUICK is set', () => {
    const options = parseBenchOptions([], { BENCH_QUICK: '1' });
    expect([options.requests, options.rounds]).toEqual([QUICK_SIZE.requests, QUICK_SIZE.rounds]);
  });

  it('ignores BENCH_QUICK set to 0 or false', () => {
    expect(parseBenchOptions([], { BENCH_QUICK: '0' }).requests).toBe(4000);
    expect(parseBenchOptions([], { BENCH_QUICK: 'false' }).requests).toBe(4000);
  });

  it('lets an explicit --requests win over --quick given after it', () => {
    const options = parseBenchOptions(['--requests', '300', '--quick']);
    expect([options.requests, options.rounds]).toEqual([300, QUICK_SIZE.rounds]);
  });

  it('accepts values after an equals sign and lists of concurrency levels', () => {
    const options = parseBenchOptions(['--rounds=7', '--concurrency=2,4,8', '--json']);
    expect(options).toMatchObject({ rounds: 7, concurrency: [2, 4, 8], json: true });
  });

  it('reads the switches for the bundle, the server and the fixture', () => {
    const options = parseBenchOptions(['--no-bundle', '--inline-server', '--fixture', 'x.json']);
    expect(options).toMatchObject({ skipBundle: true, inlineServer: true, fixturePath: 'x.json' });
  });

  it('rejects a count that is not a positive integer', () => {
    expect(() => parseBenchOptions(['--requests', '0'])).toThrow('positive integer, got "0"');
    expect(() => parseBenchOptions(['--rounds', '2.5'])).toThrow('positive integer, got "2.5"');
  });

  it('rejects an unknown flag and a flag missing its value', () => {
    expect(() => parseBenchOptions(['--fast'])).toThrow('Unknown option --fast');
    expect(() => parseBenchOptions(['--requests'])).toThrow('--requests needs a value');
  });
});

describe('parseBenchOptions for the extra sections', () => {
  it('runs the fake comparison and the type cost unless told not to', () => {
    expect(parseBenchOptions([])).toMatchObject({ skipFake: false, skipTypes: false });
    expect(parseBenchOptions(['--quick'])).toMatchObject({ skipFake: false, skipTypes: false });
  });

  it('reads --no-fake and --no-types', () => {
    const options = parseBenchOptions(['--no-fake', '--no-types']);
    expect(options).toMatchObject({ skipFake: true, skipTypes: true, skipBundle: false });
  });
});
