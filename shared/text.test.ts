import { describe, expect, it } from 'vitest';
import { hasVisibleText, normalizeNfc } from './text';

describe('hasVisibleText', () => {
  it('is false for nothing, white space, zero-width, format, control and filler characters', () => {
    for (const s of [
      null,
      undefined,
      '',
      ' ',
      '\t\n\r',
      '\u00a0\u3000\u2003',
      '\u200b\u200c\u200d',
      '\u2060\ufeff\u00ad',
      '\u200e\u202e',
      '\u0000\u0007\u007f',
      '\ufe0f',
      '\u3164\u2800',
      '\u0301\u0323',
    ])
      expect(hasVisibleText(s), JSON.stringify(s)).toBe(false);
  });

  it('is true as soon as one character shows, decomposed Vietnamese included', () => {
    for (const s of ['a', ' Lý do ', '\u200b.', 'Le\u0302\u0300', '0', '😀'])
      expect(hasVisibleText(s), JSON.stringify(s)).toBe(true);
  });
});

describe('normalizeNfc', () => {
  it('composes every string and key at any depth, leaving other values', () => {
    expect(normalizeNfc({ 'Le\u0302\u0300': ['Vie\u0323\u0302t', 1, null, { a: 'o\u031b' }] })).toEqual({
      'L\u1ec1': ['Vi\u1ec7t', 1, null, { a: '\u01a1' }],
    });
  });
});
