import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../shared/contract/snapshots';
import { consolidatedOf, quotaRows, snapshotHead } from '../../test/secretariat-fixtures';
import { CLASS_FILLS, classificationOrder, OVER_FILL } from './block';
import { INELIGIBLE_FILL, nominationsTable } from './nominations';
import { SNAPSHOT_HEADER_ROW } from './snapshot-head';
import { snapshotTables } from './snapshot-tables';
import { nominationLines, summaryTable } from './summary';
import { votesTable } from './votes';

const H = SNAPSHOT_HEADER_ROW;
const snapshot: Snapshot = {
  ...snapshotHead,
  campaign: 'C',
  rankings: [
    {
      group: 'K1',
      name: 'Khối bệnh viện',
      generatedAt: '2023-11-30T17:00:00+07:00',
      rows: [
        {
          rank: 1,
          unit: 'U1',
          name: 'Bệnh viện A',
          status: 'appraised',
          total: 90.5,
          totalSelf: 91,
          sections: { I: 60.5, II: 30 },
          classification: 'Xuất sắc',
          votes: 7,
          voteShare: 0.7,
          leading: true,
        },
        {
          rank: null,
          unit: 'U2',
          name: 'Bệnh viện B',
          status: 'draft',
          total: null,
          totalSelf: null,
          sections: {},
          classification: null,
          votes: null,
          voteShare: null,
          leading: false,
        },
      ],
    },
  ],
  consolidated: [consolidatedOf(2, 3, 'K1')],
  votes: [
    {
      group: 'K1',
      rounds: [
        {
          round: 1,
          members: 9,
          present: 8,
          threshold: 5,
          base: 8,
          candidates: [
            { unit: 'U1', votes: 7, voteShare: 0.875, reached: true },
            { unit: 'U2', votes: 3, voteShare: 0.375, reached: false },
          ],
          recordedAt: '2023-11-30T15:00:00+07:00',
          recordedBy: 'Thư ký khối',
          correction: { reason: 'Đếm lại phiếu', at: '2023-11-30T16:00:00+07:00', by: 'Thư ký khối' },
        },
      ],
    },
  ],
  nominations: [
    {
      id: 'N1',
      award: 'CTD',
      group: 'K1',
      nominee: { kind: 'collective', unit: 'U1' },
      status: 'within_quota',
      reasons: [],
      rules: [],
      filedAt: '2023-11-29T10:00:00+07:00',
      filedBy: 'U1',
    },
    {
      id: 'N2',
      award: 'CSTDCS',
      movement: 'M1',
      nominee: { kind: 'individual', unit: 'U1', name: 'Nguyễn Văn An', position: 'Bác sĩ' },
      priority: 2,
      status: 'over_quota',
      reasons: ['Vượt chỉ tiêu', 'Thứ tự ưu tiên sau'],
      rules: [],
      filedAt: '2023-11-29T11:00:00+07:00',
      filedBy: 'U1',
    },
    {
      id: 'N3',
      award: 'LDTT',
      nominee: { kind: 'individual', unit: 'U2', name: 'Trần Thị Bình' },
      status: 'ineligible',
      reasons: ['Chưa nộp bảng điểm'],
      rules: [],
      filedAt: '2023-11-29T12:00:00+07:00',
      filedBy: 'U2',
    },
  ],
  quotas: quotaRows,
  covenants: [],
};
const input = { campaign: 'C', title: 'Kế hoạch 2023', snapshot };

describe('the council workbook from a snapshot', () => {
  it('puts the summary first, then the matrix of each group, the ballots, the nominations and the quotas', () => {
    const plans = snapshotTables(input);
    expect(plans.map((p) => p.name)).toEqual([
      'Tổng hợp',
      'TH K1',
      'Biểu quyết',
      'Hồ sơ đề nghị',
      'Chỉ tiêu (bản chốt)',
    ]);
    expect(plans.map((p) => p.identity.kind)).toEqual([
      'summary',
      'consolidated',
      'votes',
      'nominations',
      'snapshotQuotas',
    ]);
    // Every sheet names the snapshot and its SHA-256, and is read-only.
    for (const p of plans) {
      expect(p.values[1]![0], p.name).toBe('Số liệu chốt S-0b8f6c1e lúc 09:30 ngày 01/12/2023 (chỉ đọc)');
      expect(p.values[2]![0], p.name).toBe(`SHA-256: ${'a'.repeat(64)}`);
      expect(p.readOnly, p.name).toBe(true);
      expect(p.source, p.name).toBe('S-0b8f6c1e');
    }
  });

  it('summary: units × section totals, total, classification, rank, votes and nominations with status', () => {
    const p = summaryTable(input);
    expect(p.values[H - 1]).toEqual([
      'Khối/cụm',
      'Hạng',
      'Mã đơn vị',
      'Tên đơn vị',
      'Mục I',
      'Mục II',
      'Tổng điểm',
      'Xếp loại',
      'Số phiếu',
      'Tỷ lệ phiếu',
      'Đạt ngưỡng',
      'Hồ sơ đề nghị (trạng thái)',
    ]);
    expect(p.values[H]).toEqual([
      'Khối bệnh viện',
      1,
      'U1',
      'Bệnh viện A',
      60.5,
      30,
      90.5,
      'Xuất sắc',
      7,
      0.7,
      'Đạt',
      'CTD · Tập thể: Trong chỉ tiêu\nCSTDCS · Nguyễn Văn An: Vượt chỉ tiêu',
    ]);
    expect(p.values[H + 1]).toEqual([
      'Khối bệnh viện',
      '',
      'U2',
      'Bệnh viện B',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      'LDTT · Trần Thị Bình: Không đủ điều kiện',
    ]);
    expect(p.numberFormats[H]![9]).toBe('0.0%');
    expect(p.styles).toContainEqual({ address: 'A6:L6', fill: CLASS_FILLS[0] });
    expect([p.freezeRows, p.freezeColumns]).toEqual([5, 4]);
    expect(p.print).toMatchObject({ orientation: 'Landscape', titleRows: '$5:$5' });
    expect(p.print?.titleColumns).toBeUndefined();
    expect(nominationLines(snapshot.nominations, 'U3')).toBe('');
  });

  it('summary: a label takes the fill of its place among the plan’s bands, as on the rankings sheet', () => {
    // U1 "Tốt" shows before U2 "Xuất sắc"; the plan ranks "Xuất sắc" first, so it has the first fill.
    const [g] = snapshot.rankings;
    const rows = [
      { ...g!.rows[0]!, classification: 'Tốt' },
      { ...g!.rows[1]!, classification: 'Xuất sắc' },
    ];
    const two = { ...snapshot, rankings: [{ ...g!, rows }] };
    const p = summaryTable({ ...input, snapshot: two, classifications: ['Xuất sắc', 'Tốt', 'Khá'] });
    expect(p.styles).toContainEqual({ address: 'A6:L6', fill: CLASS_FILLS[1] });
    expect(p.styles).toContainEqual({ address: 'A7:L7', fill: CLASS_FILLS[0] });
    expect(classificationOrder(['Xuất sắc', 'Tốt', 'Khá'], ['Khá', 'Lạ', 'Xuất sắc'])).toEqual([
      'Xuất sắc',
      'Khá',
      'Lạ',
    ]);
  });

  it('matrix: the rank, code and name columns frozen with the header, printed on A3 landscape', () => {
    const m = snapshotTables(input)[1]!;
    expect([m.freezeRows, m.freezeColumns]).toEqual([6, 3]);
    expect(m.print).toMatchObject({
      paper: 'A3',
      orientation: 'Landscape',
      titleRows: '$5:$6',
      titleColumns: '$A:$C',
    });
  });

  it('ballots: one row per candidate of each round, reached ones filled, the correction named', () => {
    const p = votesTable(input);
    expect(p.rows).toBe(H + 2);
    expect(p.values[H]).toEqual([
      'Khối bệnh viện',
      1,
      9,
      8,
      5,
      'U1',
      'Bệnh viện A',
      7,
      0.875,
      'Đạt',
      '15:00 ngày 30/11/2023',
      'Thư ký khối',
      'Đếm lại phiếu (Thư ký khối, 16:00 ngày 30/11/2023)',
    ]);
    expect(p.values[H + 1]!.slice(5, 10)).toEqual(['U2', 'Bệnh viện B', 3, 0.375, 'Không đạt']);
    expect(p.styles).toContainEqual({ address: 'A6:M6', fill: CLASS_FILLS[0] });
    expect(p.styles.some((s) => s.address === 'A7:M7' && s.fill)).toBe(false);
    const none = votesTable({ ...input, snapshot: { ...snapshot, votes: [] } });
    expect(none.values[H]![0]).toBe('Chưa có kết quả bỏ phiếu nào.');
  });

  it('nominations: every one with its status and reasons, over quota red, ineligible grey', () => {
    const p = nominationsTable(input);
    expect(p.values[H + 1]).toEqual([
      'N2',
      'CSTDCS',
      'M1',
      '',
      'Cá nhân',
      'U1',
      'Nguyễn Văn An',
      'Bác sĩ',
      2,
      'Vượt chỉ tiêu',
      'Vượt chỉ tiêu\nThứ tự ưu tiên sau',
      '11:00 ngày 29/11/2023',
      'U1',
    ]);
    expect(p.values[H]![4]).toBe('Tập thể');
    expect(p.styles).toContainEqual({ address: 'A7:M7', fill: OVER_FILL });
    expect(p.styles).toContainEqual({ address: 'A8:M8', fill: INELIGIBLE_FILL });
    expect(p.styles.some((s) => s.address === 'A6:M6' && s.fill)).toBe(false);
  });

  it('quotas: the frozen usage under the snapshot heading, apart from the live quota sheet', () => {
    const q = snapshotTables(input)[4]!;
    expect(q.values[3]!).toEqual(['Chỉ tiêu', 'Phạm vi', 'Giới hạn', 'Đã dùng', 'Vượt']);
    expect(q.values[4]!).toEqual(['Phong trào M1: cá nhân', 'Phong trào', 10, 10, 2]);
    expect(q.values[6]![2]).toBe('Không giới hạn');
  });
});
