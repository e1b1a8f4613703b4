import { describe, expect, it } from 'vitest';
import { parseExtendedDiagnostics } from '../../scripts/bench/tsc-diagnostics.js';

const OUTPUT = [
  "consumer.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.",
  'Files:                         158',
  'Lines of Library:            42090',
  'Identifiers:                 98765',
  'Symbols:                     54321',
  'Types:                        2230',
  'Instantiations:               7871',
  'Memory used:                77320K',
  'I/O Read time:               0.01s',
  'Check time:                  0.17s',
  'Total time:                  0.68s',
].join('\n');

describe('parseExtendedDiagnostics', () => {
  it('reads the files, types, instantiations and check time tsc printed', () => {
    expect(parseExtendedDiagnostics(OUTPUT)).toMatchObject({
      files: 158,
      types: 2230,
      instantiations: 7871,
      checkSeconds: 0.17,
    });
  });

  it('keeps each error line so that suspect counts can be flagged', () => {
    expect(parseExtendedDiagnostics(OUTPUT).errors).toEqual([
      "consumer.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.",
    ]);
  });

  it('throws naming the counter when tsc stopped before printing it', () => {
    const truncated = OUTPUT.split('\n').filter((line) => !line.startsWith('Instantiations'));
    expect(() => parseExtendedDiagnostics(truncated.join('\n')))
      .toThrow('tsc printed no "Instantiations" counter');
  });
});
