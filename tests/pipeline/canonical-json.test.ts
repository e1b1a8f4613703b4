import { describe, expect, it } from 'vitest';

import { canonicalJson } from '../../scripts/lib/canonical-json.js';

describe('canonicalJson', () => {
  it('sorts keys recursively by code unit, integer-like keys included', () => {
    const text = canonicalJson({ b: { '9': 1, '10': 2, a: 3 }, a: [{ z: 1, y: 2 }] });

    expect(text).toBe(
      '{\n  "a": [\n    {\n      "y": 2,\n      "z": 1\n    }\n  ],\n'
        + '  "b": {\n    "10": 2,\n    "9": 1,\n    "a": 3\n  }\n}\n',
    );
  });

  it('keeps array order, writes empty containers compactly and ends with one newline', () => {
    expect(canonicalJson({ list: [3, 1, 2], empty: {}, none: [] })).toBe(
      '{\n  "empty": {},\n  "list": [\n    3,\n    1,\n    2\n  ],\n  "none": []\n}\n',
    );
  });

  it('matches JSON.stringify for strings needing escapes and drops undefined members', () => {
    const value = { text: 'quote " slash \\ line\n é', gone: undefined };

    expect(canonicalJson(value)).toBe(`{\n  "text": ${JSON.stringify(value.text)}\n}\n`);
  });
});
