import { describe, expect, it } from 'vitest';
import { consolidatedOf, snapshotHead } from '../../test/secretariat-fixtures';
import { CHANGED_FILL } from './block';
import { CONSOLIDATED_HEADER_ROW, consolidatedTable } from './consolidated';
import { CONFLICT_FILL } from './consolidated-changes';

describe('changed scores under the consolidated matrix', () => {
  const base = consolidatedOf(3, 2); // DV-1..DV-3 in rows 7..9; criteria 1.1 (D–F), 1.2 (G–I)
  const group = {
    ...base,
    changes: [
      {
        unit: 'DV-2',
        criterion: '1.2',
        self: 7,
        appraised: 5,
        delta: -2,
        reason: 'Thiếu minh chứng',
        appraiser: { label: 'Khối trưởng', unit: 'DV-1' },
        appraisedAt: '2023-11-30T10:00:00+07:00',
        conflict: true,
      },
      {
        unit: 'DV-3',
        criterion: '1.1',
        self: 7,
        appraised: 6.5,
        delta: -0.5,
        reason: '=SUM(A1)',
        appraiser: { label: 'Thường trực', unit: null },
        appraisedAt: null,
        conflict: false,
      },
    ],
    conflicts: {
      candidates: ['DV-1'],
      changes: 1,
      byAppraiser: [{ unit: 'DV-1', changes: 1, sheets: ['DV-2'], delta: -2 }],
    },
  };
  const plan = consolidatedTable({ campaign: 'C', snapshot: snapshotHead, group });
  const list = CONSOLIDATED_HEADER_ROW + 2 + 3 + 1; // first row after the blank one: the summary

  it('says the conflicts at a glance, then lists every change with author, reason and flag', () => {
    expect(plan.rows).toBe(list + 3);
    expect(plan.values[list - 2]!.every((v) => v === '')).toBe(true);
    expect(plan.values[list - 1]![0]).toBe(
      'XUNG ĐỘT LỢI ÍCH: 1 điểm do đơn vị đang được bình xét thẩm định cho đơn vị khác — DV-1: 1 điểm trên 1 bảng điểm, chênh lệch -2.',
    );
    expect(plan.values[list]!.slice(0, 8)).toEqual([
      'Mã đơn vị',
      'Tiêu chí',
      'Tự chấm',
      'Thẩm định',
      'Chênh lệch',
      'Lý do',
      'Người thẩm định',
      'Xung đột lợi ích',
    ]);
    expect(plan.values[list + 1]!.slice(0, 8)).toEqual([
      'DV-2',
      '1.2',
      7,
      5,
      -2,
      'Thiếu minh chứng',
      'Khối trưởng (DV-1) · 10:00 ngày 30/11/2023',
      'Có — đơn vị đang được bình xét',
    ]);
    expect(plan.values[list + 2]!.slice(5, 8)).toEqual(['=SUM(A1)', 'Thường trực', '']);
    // A reason that looks like a formula stays text.
    expect(plan.numberFormats[list + 2]![5]).toBe('@');
  });

  it('fills the flagged appraised cell of the matrix and its line in the conflict colour, after the yellow', () => {
    const fills = plan.styles.filter((s) => s.fill === CONFLICT_FILL).map((s) => s.address);
    expect(fills).toEqual([`A${list + 2}:H${list + 2}`, 'H8']);
    const h8 = plan.styles.map((s) => s.fill === CHANGED_FILL && s.address.includes('H8'));
    const lastYellow = h8.lastIndexOf(true);
    expect(plan.styles.findIndex((s) => s.address === 'H8' && s.fill === CONFLICT_FILL)).toBeGreaterThan(
      lastYellow,
    );
  });

  it('adds nothing when no score changed (a snapshot frozen before the changes were kept)', () => {
    const plain = consolidatedTable({ campaign: 'C', snapshot: snapshotHead, group: base });
    expect(plain.rows).toBe(CONSOLIDATED_HEADER_ROW + 1 + 3);
    expect(plain.styles.some((s) => s.fill === CONFLICT_FILL)).toBe(false);
  });
});
