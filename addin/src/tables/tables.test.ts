import { describe, expect, it } from 'vitest';
import { consolidatedOf, quotaRows, rankingsOf, snapshotHead } from '../../test/secretariat-fixtures';
import { CHANGED_FILL, CLASS_FILLS, OVER_FILL } from './block';
import { CONSOLIDATED_HEADER_ROW, consolidatedTable, scoreCol } from './consolidated';
import { jsonBytes, planBytes, rowBytes } from './payload';
import { QUOTAS_HEADER_ROW, quotasTable } from './quotas';
import { RANKINGS_HEADER_ROW, rankingColumns, rankingsTable } from './rankings';

describe('rankings table', () => {
  const groups = rankingsOf(2, 6);
  const plan = rankingsTable({ campaign: 'C', title: 'Kế hoạch 2023', groups });
  const C = rankingColumns(['I', 'II', 'T']);
  const H = RANKINGS_HEADER_ROW;

  it('puts every group’s rows under one header, in ranking order, with section totals and votes', () => {
    expect(plan.rows).toBe(H + 12);
    expect(plan.values[H - 1]!.slice(0, 8)).toEqual([
      'Mã khối/cụm',
      'Khối/cụm',
      'Hạng',
      'Mã đơn vị',
      'Tên đơn vị',
      'Tổng điểm',
      'Xếp loại',
      'Mục I',
    ]);
    const first = plan.values[H]!;
    const r = groups[0]!.rows[0]!;
    expect(first[C.groupCode]).toBe('K1');
    expect(first[C.rank]).toBe(1);
    expect(first[C.total]).toBe(r.total);
    expect(first[C.section(1)]).toBe(r.sections.II);
    expect(first[C.voteShare]).toBe(0.9);
    expect(plan.numberFormats[H]![C.voteShare]).toBe('0.0%');
    expect(first[C.leading]).toBe('Đạt');
    expect(first[C.status]).toBe('Đã thẩm định');
    // The unit that did not submit: no rank, no total, status "Chưa nộp".
    const last = plan.values[H + 5]!;
    expect([last[C.rank], last[C.total], last[C.status]]).toEqual(['', '', 'Chưa nộp']);
    expect(plan.values[H + 6]![C.groupCode]).toBe('K2');
    expect(plan.values[1]![0]).toBe('Số liệu lúc 17:00 ngày 30/11/2023 · 2 khối/cụm · 12 đơn vị');
  });

  it('writes text with the text format, so a name beginning with "=" never becomes a formula', () => {
    const g = rankingsOf(1, 2);
    g[0]!.rows[0]!.name = '=HYPERLINK("x")';
    const p = rankingsTable({ campaign: 'C', title: 'T', groups: g });
    expect(p.values[H]![C.name]).toBe('=HYPERLINK("x")');
    expect(p.numberFormats[H]![C.name]).toBe('@');
    expect(p.numberFormats[H]![C.total]).toBe('General');
  });

  it('colours rows by classification, best first, with the rows each rule matches now', () => {
    const p = rankingsTable({
      campaign: 'C',
      title: 'T',
      groups,
      classifications: ['Xuất sắc', 'Tốt', 'Khá', 'Trung bình'],
    });
    expect(p.conditional.map((r) => r.formula)).toEqual(['=$G5="Xuất sắc"', '=$G5="Tốt"']);
    expect(p.conditional[0]!.fill).toBe(CLASS_FILLS[0]);
    expect(p.conditional[0]!.address).toBe(`A5:${'ABCDEFGHIJKLMNOP'[C.count - 1]}16`);
    // Units 1–4 of each group are "Xuất sắc", unit 5 "Tốt".
    expect(p.conditional[0]!.matches).toHaveLength(8);
    expect(p.conditional[1]!.matches).toEqual([`A9:N9`, `A15:N15`]);
  });

  it('charts the ranked units of each group (names and totals side by side), stacked right of the table', () => {
    expect(plan.charts).toHaveLength(2);
    expect(plan.charts[0]).toMatchObject({ source: 'E5:F9', title: 'Tổng điểm — Khối 1', from: 'P5' });
    expect(plan.charts[1]!.source).toBe('E11:F15');
    const big = rankingsTable({ campaign: 'C', title: 'T', groups: rankingsOf(1, 60) });
    expect(big.charts).toEqual([]);
  });

  it('prints landscape with the header row repeated and freezes it', () => {
    expect(plan.print).toMatchObject({ orientation: 'Landscape', titleRows: '$4:$4' });
    expect(plan.freezeRows).toBe(H);
    expect(plan.readOnly).toBe(false);
  });
});

describe('quotas table', () => {
  const plan = quotasTable({ campaign: 'C', title: 'T', rules: quotaRows, at: '2023-12-01T08:00:00+07:00' });
  const H = QUOTAS_HEADER_ROW;

  it('lists each rule with its label, scope, limit, used and over, and no rule id', () => {
    expect(plan.values.slice(H, H + 3)).toEqual([
      ['Phong trào M1: cá nhân', 'Phong trào', 10, 10, 2],
      ['Cờ thi đua của Khối 1', 'Khối/cụm', 1, 1, 0],
      ['Lao động tiên tiến của U1', 'Đơn vị', 'Không giới hạn', 3, 0],
    ]);
    expect(plan.values[1]![0]).toContain('1 quy tắc có hồ sơ vượt chỉ tiêu');
    expect(plan.values.flat().join(' ')).not.toMatch(/movement:|share:|ratio:/);
  });

  it('fills over-quota rows red through one conditional rule on the "Vượt" column', () => {
    expect(plan.conditional).toEqual([
      { address: 'A5:E7', formula: '=$E5>0', fill: OVER_FILL, matches: ['A5:E5'] },
    ]);
  });
});

describe('consolidated table of a snapshot', () => {
  const g = consolidatedOf(4, 3);
  const plan = consolidatedTable({ campaign: 'C', snapshot: snapshotHead, group: g });
  const H = CONSOLIDATED_HEADER_ROW;

  it('heads the sheet with the snapshot’s id, Vietnamese date and SHA-256', () => {
    expect(plan.values[1]![0]).toBe('Số liệu chốt S-0b8f6c1e lúc 09:30 ngày 01/12/2023 (chỉ đọc)');
    expect(plan.values[2]![0]).toBe(`SHA-256: ${'a'.repeat(64)}`);
    expect(plan.identity).toEqual({ kind: 'consolidated', campaign: 'C', group: 'K1' });
    expect(plan.source).toBe('S-0b8f6c1e');
  });

  it('lays out units × criteria with self, appraised and final, then total, rank first', () => {
    expect(plan.cols).toBe(3 + 9 + 2);
    expect(plan.values[H - 1]![scoreCol(1, 0)]).toBe('1.2 Tiêu chí số 2 về chuyên môn (10)');
    expect(plan.values[H]!.slice(3, 6)).toEqual(['Tự chấm', 'Thẩm định', 'Cuối cùng']);
    const row = plan.values[H + 1]!;
    const r = g.rows[0]!;
    expect(row.slice(0, 3)).toEqual([1, 'DV-1', 'Trung tâm y tế số 1']);
    expect(row.slice(3, 6)).toEqual([r.self[0], r.appraised[0], r.final[0]]);
    expect(row[scoreCol(3, 0)]).toBe(r.total);
    expect(plan.merges).toContain('D5:F5');
    expect(plan.merges).toContain('A5:A6');
  });

  it('fills exactly the appraised cells that differ from the self score, one block per run of units', () => {
    const changed = plan.styles.filter((s) => s.fill === CHANGED_FILL).map((s) => s.address);
    const expected: string[] = [];
    g.rows.forEach((r, k) => {
      r.appraised.forEach((a, i) => {
        if (a !== null && a !== r.self[i]) expected.push(`${'ABCDEFGHIJKLMN'[scoreCol(i, 1)]}${H + 2 + k}`);
      });
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(changed.sort()).toEqual(expected.sort());
    // A run: the same criterion changed for consecutive units collapses into one address.
    const run = consolidatedTable({
      campaign: 'C',
      snapshot: snapshotHead,
      group: {
        ...g,
        rows: g.rows.map((r) => ({ ...r, appraised: r.self.map((s) => (s === null ? null : s - 1)) })),
      },
    });
    expect(run.styles.filter((s) => s.fill === CHANGED_FILL).map((s) => s.address)).toEqual([
      'E7:E10',
      'H7:H10',
      'K7:K10',
    ]);
  });

  it('is read-only and prints landscape, one page wide, both header rows repeated', () => {
    expect(plan.readOnly).toBe(true);
    expect(plan.print).toMatchObject({ orientation: 'Landscape', titleRows: '$5:$6' });
  });
});

describe('payload estimate', () => {
  it('is the UTF-8 size of each row’s values and formats as JSON', () => {
    const p = { values: [['Tốt', 1]], numberFormats: [['@', 'General']] };
    expect(jsonBytes('Tốt')).toBe(7); // two quotes, T, ố (3 bytes), t
    expect(rowBytes(p)).toEqual([jsonBytes(['Tốt', 1]) + jsonBytes(['@', 'General']) + 2]);
  });

  it('puts a 2,000-row ranking and a 60 × 120 matrix well under the 4 MB budget', () => {
    const ranking = rankingsTable({ campaign: 'C', title: 'T', groups: rankingsOf(50, 40) });
    const matrix = consolidatedTable({
      campaign: 'C',
      snapshot: snapshotHead,
      group: consolidatedOf(60, 120),
    });
    expect(ranking.rows - RANKINGS_HEADER_ROW).toBe(2000);
    expect(planBytes(ranking)).toBeLessThan(1024 * 1024);
    expect(planBytes(matrix)).toBeLessThan(1024 * 1024);
  });
});
