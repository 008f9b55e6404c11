import { describe, expect, it } from 'vitest';
import { prefersMinimal } from './prefer';

describe('prefersMinimal (RFC 7240)', () => {
  it('reads return=minimal among other preferences, case-insensitive, quoted or not', () => {
    for (const h of [
      'return=minimal',
      'RETURN=Minimal',
      'respond-async, return=minimal',
      'return="minimal"; x=1',
    ])
      expect(prefersMinimal(h), h).toBe(true);
  });
  it('means the full reply otherwise', () => {
    for (const h of [
      undefined,
      '',
      'return=representation',
      'handling=lenient',
      'return',
      'returned=minimal',
    ])
      expect(prefersMinimal(h), String(h)).toBe(false);
  });
});
