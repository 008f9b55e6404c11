import { describe, expect, it } from 'vitest';
import { editText, formatValue, generalNumber, readNumber } from './number-format';

describe('number formats in the Vietnamese locale', () => {
  it('shows "General" numbers with a decimal comma and no grouping', () => {
    expect(formatValue(6.5, 'General')).toBe('6,5');
    expect(formatValue(92, 'General')).toBe('92');
    expect(formatValue(1234567.25, 'General')).toBe('1234567,25');
    expect(formatValue(-0.25, 'General')).toBe('-0,25');
    // Ten significant digits, as Excel's General keeps in a standard column.
    expect(formatValue(0.1 + 0.2, 'General')).toBe('0,3');
    expect(generalNumber(2 / 3)).toBe('0,6666666667');
  });

  it('shows percentages with their decimals and a space before %', () => {
    expect(formatValue(0.7143, '0.0%')).toBe('71,4 %');
    expect(formatValue(0.7143, '0%')).toBe('71 %');
    expect(formatValue(0.6, '0.00%')).toBe('60,00 %');
    expect(formatValue(1, '0.0%')).toBe('100,0 %');
  });

  it('shows fixed decimals and thousands with a dot', () => {
    expect(formatValue(6.5, '0.00')).toBe('6,50');
    expect(formatValue(1234567, '#,##0')).toBe('1.234.567');
    expect(formatValue(1234.5, '#,##0.00')).toBe('1.234,50');
    expect(formatValue(999.5, '#,##0')).toBe('1.000');
    expect(formatValue(-1234, '#,##0')).toBe('-1.234');
    expect(formatValue(-0.004, '0.00')).toBe('0,00');
  });

  it('leaves texts as typed and shows booleans as Excel does', () => {
    expect(formatValue('1.1', '@')).toBe('1.1');
    expect(formatValue('abc', '0.0%')).toBe('abc');
    expect(formatValue(true, 'General')).toBe('TRUE');
    expect(formatValue(18.5, 'mm/dd/yyyy')).toBe('18,5');
  });

  it('puts 6,5 and 71,43% in the formula bar', () => {
    expect(editText(6.5, 'General')).toBe('6,5');
    expect(editText(0.7143, '0.0%')).toBe('71,43%');
    expect(editText('x', '@')).toBe('x');
  });

  it('reads what a person types as a Vietnamese number', () => {
    expect(readNumber('6,5')).toBe(6.5);
    expect(readNumber('6.5')).toBe(6.5);
    expect(readNumber(' -2 ')).toBe(-2);
    expect(readNumber('71,4%')).toBeCloseTo(0.714, 10);
    expect(readNumber(',5')).toBe(0.5);
    expect(readNumber('abc')).toBeNull();
    expect(readNumber('1,2,3')).toBeNull();
    expect(readNumber('')).toBeNull();
  });
});
