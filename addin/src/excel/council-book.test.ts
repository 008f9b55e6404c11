import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../shared/contract/snapshots';
import { createExcelMock } from '../../test/excel-mock';
import { consolidatedOf, quotaRows, rankingsOf, snapshotHead } from '../../test/secretariat-fixtures';
import { PreviewWorkbook } from '../preview/workbook';
import { snapshotTables } from '../tables/snapshot-tables';
import { writeTables } from './tables';

/** 12 groups of 20 units, 60 criteria each, a ballot per group and 300 nominations. */
const GROUPS = 12;
const snapshot: Snapshot = {
  ...snapshotHead,
  campaign: 'C',
  rankings: rankingsOf(GROUPS, 20),
  consolidated: Array.from({ length: GROUPS }, (_, i) => consolidatedOf(20, 60, `K${i + 1}`)),
  votes: Array.from({ length: GROUPS }, (_, i) => ({
    group: `K${i + 1}`,
    rounds: [
      {
        round: 1,
        members: 20,
        present: 18,
        threshold: 10,
        base: 18,
        candidates: [{ unit: `DV-${i + 1}-1`, votes: 12, voteShare: 12 / 18, reached: true }],
        recordedAt: '2023-11-30T15:00:00+07:00',
        recordedBy: 'Thư ký',
      },
    ],
  })),
  nominations: Array.from({ length: 300 }, (_, i) => ({
    id: `N${i}`,
    award: 'LDTT',
    nominee: {
      kind: 'individual' as const,
      unit: `DV-${(i % GROUPS) + 1}-${(i % 20) + 1}`,
      name: `Cán bộ ${i}`,
    },
    status: 'within_quota' as const,
    reasons: [],
    rules: [],
    filedAt: '2023-11-29T10:00:00+07:00',
    filedBy: 'U',
  })),
  quotas: quotaRows,
  covenants: [],
};
const plans = snapshotTables({ campaign: 'C', title: 'Kế hoạch 2023', snapshot });

describe('the council workbook on the strict layer', () => {
  it('writes all 16 sheets of a 12-group snapshot in one pull of 3 syncs, freezing rows and unit columns', async () => {
    const excel = createExcelMock();
    const result = await writeTables(excel.run, plans, excel.caps);
    expect(plans).toHaveLength(GROUPS + 4);
    expect(excel.syncs).toBe(3);
    expect(result.batches).toBe(1);
    expect(excel.log.filter((l) => l.startsWith('add:'))).toHaveLength(GROUPS + 4);
    // The summary (group, rank, code, name) and every matrix (rank, code, name) keep their unit columns.
    expect(excel.log.filter((l) => l === 'freezeAt:A1:D5')).toHaveLength(1);
    expect(excel.log.filter((l) => l === 'freezeAt:A1:C6')).toHaveLength(GROUPS);
    expect(excel.log.filter((l) => l === 'titleColumns:$A:$C')).toHaveLength(GROUPS);
    expect(excel.log.filter((l) => l.startsWith('protect:'))).toHaveLength(GROUPS + 4);
  });

  it('in the preview: tabs in reading order, the summary active, the matrix on A3 with columns frozen', async () => {
    const book = new PreviewWorkbook();
    await writeTables(book.run, plans, book.strict.caps);
    const names = book.sheets.map((s) => s.name);
    expect(names.slice(0, 3)).toEqual(['Tổng hợp', 'TH K1', 'TH K2']);
    expect(names.slice(-3)).toEqual(['Biểu quyết', 'Hồ sơ đề nghị', 'Chỉ tiêu (bản chốt)']);
    expect(book.activeId).toBe(book.sheets[0]!.id);
    const m = book.sheets[1]!;
    expect([m.frozenRows, m.frozenColumns]).toEqual([6, 3]);
    expect(m.print).toMatchObject({ paper: 'A3', orientation: 'Landscape', titleColumns: '$A:$C' });
    expect(book.sheets[0]!.print).toMatchObject({ paper: 'A4', fitToWidth: true });
  });
});
