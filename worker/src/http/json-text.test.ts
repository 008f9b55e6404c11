import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { depthExceededAt, lineColumn, MAX_JSON_DEPTH, syntaxFault } from './json-text';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('depthExceededAt', () => {
  it('finds the bracket that opens one level too many, in one pass over 100 kB of "["', () => {
    expect(depthExceededAt('['.repeat(100_000))).toBe(MAX_JSON_DEPTH);
    expect(depthExceededAt('{"a":'.repeat(40))).toBe(5 * MAX_JSON_DEPTH);
  });
  it('counts closed levels back down and ignores brackets inside strings, escaped quotes included', () => {
    expect(depthExceededAt('[]'.repeat(1000))).toBe(-1);
    expect(depthExceededAt(JSON.stringify({ s: '['.repeat(100), t: '"\\"[[[[' }))).toBe(-1);
    expect(depthExceededAt(`${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`)).toBe(-1);
    expect(depthExceededAt(`["\\"", ${'['.repeat(MAX_JSON_DEPTH)}`)).toBe(7 + MAX_JSON_DEPTH - 1);
  });
});

describe('syntaxFault', () => {
  it('says where a text stops being JSON', () => {
    expect(syntaxFault('{"revision": 0,')).toEqual({ at: 15, kind: 'end' });
    expect(syntaxFault('{"a": tru}')).toEqual({ at: 9, kind: 'unexpected' });
    expect(syntaxFault('{\n  "a": 1,\n  "b": 01\n}')).toEqual({ at: 20, kind: 'unexpected' });
    expect(lineColumn('{\n  "a": 1,\n  "b": 01\n}', 20)).toEqual({ line: 3, column: 9 });
    expect(syntaxFault('[1, 2] x')).toEqual({ at: 7, kind: 'unexpected' });
    expect(syntaxFault('"a\u0001"')).toEqual({ at: 2, kind: 'unexpected' });
    expect(syntaxFault('{"a": [1, 2, {"b": null}], "c": "\\u00e9\\n", "d": -1.5e3}')).toBeNull();
  });

  it('agrees with JSON.parse on what is JSON', () => {
    const near = fc.oneof(
      fc.json().map((t) => t),
      fc
        .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', ']', '}', '"', ':', '0', '-', '\\', ' ', 'e'))
        .map(([t, i, ch]) => {
          const at = i % (t.length + 1);
          return t.slice(0, at) + ch + t.slice(at + (i % 2));
        }),
    );
    fc.assert(
      fc.property(near, (text) => {
        fc.pre(depthExceededAt(text) < 0);
        expect(syntaxFault(text) === null).toBe(parses(text));
      }),
      { numRuns: 2000 },
    );
  });
});
