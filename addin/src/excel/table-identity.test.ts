import { describe, expect, it } from 'vitest';
import { freeName, parseStoredTable, tableKey } from './table-identity';

describe('table identity', () => {
  it('keys a table by campaign, kind and group', () => {
    expect(tableKey({ kind: 'rankings', campaign: 'C' })).toBe('thidua.table:C|rankings');
    expect(tableKey({ kind: 'consolidated', campaign: 'C', group: 'G1' })).toBe(
      'thidua.table:C|consolidated|G1',
    );
  });

  it('parses what it stored and nothing else', () => {
    const stored = { kind: 'quotas', campaign: 'C', worksheetId: 'ws-1', source: '2023-12-01' };
    expect(parseStoredTable(JSON.stringify(stored))).toEqual(stored);
    expect(parseStoredTable('{')).toBeNull();
    expect(parseStoredTable(JSON.stringify({ ...stored, kind: 'unit' }))).toBeNull();
    expect(parseStoredTable(JSON.stringify({ ...stored, worksheetId: 3 }))).toBeNull();
  });

  it('finds a free worksheet name within 31 characters, ignoring case', () => {
    expect(freeName('Chỉ tiêu', new Set(['Bảng xếp hạng']))).toBe('Chỉ tiêu');
    expect(freeName('Chỉ tiêu', new Set(['CHỈ TIÊU', 'Chỉ tiêu (2)']))).toBe('Chỉ tiêu (3)');
    const long = 'TH KHOI-BENH-VIEN-TUYEN-TINH-01';
    expect(freeName(long, new Set([long]))).toBe('TH KHOI-BENH-VIEN-TUYEN-TIN (2)');
    expect(freeName(long, new Set([long])).length).toBeLessThanOrEqual(31);
  });
});
