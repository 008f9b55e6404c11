import { describe, expect, it } from 'vitest';
import { cleanText, foldText, hasVisibleText, normalizeNfc, textFault } from './text';

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

describe('the text policy', () => {
  it('cleans: NFC, removable invisible characters gone, line ends unified in multi-line fields, trimmed', () => {
    expect(cleanText(' Nguy\u00ADễn\u200B Văn\u2060 An\uFEFF ', 'line')).toBe('Nguyễn Văn An');
    expect(cleanText('Vie\u0323\u0302t', 'line')).toBe('Việt');
    expect(cleanText('a\r\nb\rc\u2028d', 'lines')).toBe('a\nb\nc\nd');
    expect(cleanText('a\r\nb', 'line')).toBe('a\r\nb');
  });

  it('refuses lone surrogates, bidi controls, control characters and other format characters', () => {
    const cases: [string, 'line' | 'lines', string | null, number][] = [
      ['An\uD800', 'line', 'surrogate', 0xd800],
      ['\uDC00x', 'lines', 'surrogate', 0xdc00],
      ['abc\u202Egnp.exe', 'line', 'bidi', 0x202e],
      ['x\u2066y\u2069', 'lines', 'bidi', 0x2066],
      ['\u200Fx', 'line', 'bidi', 0x200f],
      ['a\u061Cb', 'line', 'bidi', 0x061c],
      ['a\nb', 'line', 'lineBreak', 0x0a],
      ['a\tb', 'line', 'control', 0x09],
      ['a\u0007b', 'lines', 'control', 0x07],
      ['a\u0085b', 'lines', 'control', 0x85],
      ['a\u007Fb', 'line', 'control', 0x7f],
      ['tag\u{E0041}', 'line', 'format', 0xe0041],
      ['a\uFFF9b', 'line', 'format', 0xfff9],
    ];
    for (const [value, kind, fault, codePoint] of cases)
      expect(textFault(value, kind), JSON.stringify(value)).toEqual({ kind: fault, codePoint });
    for (const ok of ['a\nb\tc', 'Đặng Thị Ánh 😀', '👨‍👩‍👧', 'x\u00A0y'])
      expect(textFault(cleanText(ok, 'lines'), 'lines'), JSON.stringify(ok)).toBeNull();
    expect(textFault('😀 a', 'line')).toBeNull(); // a surrogate pair is one character
  });

  it('folds for identity: invisible characters, spacing and case do not make another text', () => {
    expect(foldText('Nguy\u00ADễn Văn An')).toBe('nguyễn văn an');
    expect(foldText(' NGUYỄN\u200B  VĂN\tAN ')).toBe('nguyễn văn an');
    expect(foldText('Nguyễn\u200E Văn\u00A0An'.normalize('NFD'))).toBe('nguyễn văn an');
    expect(foldText('Nguyễn Văn\u200B\u00AD An')).toBe('nguyễn văn an');
    expect(foldText('\u200B\u00AD')).toBe('');
    expect(foldText(null)).toBe('');
    expect(foldText('Lê Văn Tú')).not.toBe(foldText('Lê Văn Tư'));
  });
});
