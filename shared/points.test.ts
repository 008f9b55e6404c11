import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHundredths } from './points';

describe('toHundredths', () => {
  it('reads a number exactly a whole number of hundredths, and nothing else', () => {
    expect(toHundredths(18.5)).toBe(1850);
    expect(toHundredths(18.35)).toBe(1835);
    expect(toHundredths(0.07)).toBe(7);
    expect(toHundredths(-2.25)).toBe(-225);
    expect(toHundredths(0)).toBe(0);
    expect(toHundredths(18.505)).toBeNull();
    expect(toHundredths(7.000000001)).toBeNull();
    expect(toHundredths(7 + 1e-9)).toBeNull();
    expect(toHundredths(1e-9)).toBeNull();
    expect(toHundredths(0.1 + 0.2)).toBeNull(); // 0.30000000000000004: computed, not typed
    expect(toHundredths(Number.NaN)).toBeNull();
    expect(toHundredths(Number.POSITIVE_INFINITY)).toBeNull();
    expect(toHundredths(1e300)).toBeNull();
  });

  it('takes back every two-place decimal as JSON writes it, and refuses it nudged by one ulp', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (n) => {
        const sign = n < 0 ? '-' : '';
        const abs = Math.abs(n);
        const typed = `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
        const value = JSON.parse(typed) as number;
        expect(toHundredths(value)).toBe(n);
        const up = value + Math.max(Math.abs(value), 1) * Number.EPSILON * 4;
        expect(toHundredths(up)).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });
});
