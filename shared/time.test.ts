/** Vietnam time: expected values written by hand (UTC+7: 10:00Z is 17:00 in Vietnam). */
import { describe, expect, it } from 'vitest';
import { formatInstantVn, formatVn, instantMs, isoVn, startInstantMs } from './time';

// 2023-11-30T10:00:00Z
const AT_17H = 1_701_338_400_000;

describe('isoVn', () => {
  it('writes epoch ms in Vietnam time at +07:00', () => {
    expect(isoVn(AT_17H)).toBe('2023-11-30T17:00:00+07:00');
    expect(isoVn(0)).toBe('1970-01-01T07:00:00+07:00');
  });

  it('crosses midnight into the next Vietnamese day (and year)', () => {
    expect(isoVn(Date.UTC(2023, 10, 30, 17, 0, 0))).toBe('2023-12-01T00:00:00+07:00');
    expect(isoVn(Date.UTC(2023, 11, 31, 16, 59, 59))).toBe('2023-12-31T23:59:59+07:00');
    expect(isoVn(Date.UTC(2023, 11, 31, 17, 0, 0))).toBe('2024-01-01T00:00:00+07:00');
  });

  it('keeps milliseconds only when there are some', () => {
    expect(isoVn(AT_17H + 250)).toBe('2023-11-30T17:00:00.250+07:00');
    expect(isoVn(AT_17H + 1)).toBe('2023-11-30T17:00:00.001+07:00');
  });

  it('leaves a missing instant missing', () => {
    expect(isoVn(null)).toBeNull();
    expect(isoVn(undefined)).toBeNull();
  });
});

describe('instantMs and startInstantMs', () => {
  it('reads a bare date as 23:59:59 that day in Vietnam', () => {
    expect(instantMs('2023-11-30')).toBe(Date.UTC(2023, 10, 30, 16, 59, 59));
    expect(instantMs('2024-02-29')).toBe(Date.UTC(2024, 1, 29, 16, 59, 59));
  });

  it('reads a date-time with its own offset', () => {
    expect(instantMs('2023-11-30T17:00:00+07:00')).toBe(AT_17H);
    expect(instantMs('2023-11-30T10:00:00Z')).toBe(AT_17H);
    expect(instantMs('2023-12-01T00:30:00+07:00')).toBe(Date.UTC(2023, 10, 30, 17, 30));
    expect(instantMs('2023-11-30T17:00:00.250+07:00')).toBe(AT_17H + 250);
  });

  it('starts a bare date at 00:00:00 in Vietnam for a lower bound', () => {
    expect(startInstantMs('2023-11-30')).toBe(Date.UTC(2023, 10, 29, 17, 0, 0));
    expect(startInstantMs('2023-11-30T17:00:00+07:00')).toBe(AT_17H);
  });

  it('gives NaN for text that is no date', () => {
    expect(instantMs('30/11/2023')).toBeNaN();
    expect(startInstantMs('')).toBeNaN();
  });

  it('round-trips through isoVn', () => {
    expect(isoVn(instantMs('2023-11-30'))).toBe('2023-11-30T23:59:59+07:00');
    expect(instantMs(isoVn(AT_17H + 250))).toBe(AT_17H + 250);
  });
});

describe('formatVn and formatInstantVn', () => {
  it('shows the clock, then the day, in Vietnam', () => {
    expect(formatVn(AT_17H)).toBe('17:00 ngày 30/11/2023');
    expect(formatVn(Date.UTC(2023, 0, 4, 18, 5))).toBe('01:05 ngày 05/01/2023');
    expect(formatVn(Date.UTC(2023, 11, 31, 17, 0))).toBe('00:00 ngày 01/01/2024');
    expect(formatVn(null)).toBeNull();
  });

  it('formats what the API writes, and a bare plan date as the end of its day', () => {
    expect(formatInstantVn('2023-11-30T17:00:00+07:00')).toBe('17:00 ngày 30/11/2023');
    expect(formatInstantVn('2023-11-30T10:00:00.999Z')).toBe('17:00 ngày 30/11/2023');
    expect(formatInstantVn('2023-11-30')).toBe('23:59 ngày 30/11/2023');
  });

  it('shows unreadable text as it came', () => {
    expect(formatInstantVn('sắp tới')).toBe('sắp tới');
  });
});
