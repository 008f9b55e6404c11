/** Rankings, quotas and snapshots of any size for the table plans' and the table writer's tests. */
import type { Consolidated, GroupRanking, QuotaRow, SnapshotHead } from '../src/api/secretariat';

const CLASSES = ['Xuất sắc', 'Tốt', 'Khá', 'Trung bình'];

/** `groups` groups of `perGroup` units each; the last unit of every group has not submitted. */
export function rankingsOf(groups: number, perGroup: number, sections = ['I', 'II', 'T']): GroupRanking[] {
  return Array.from({ length: groups }, (_, g) => ({
    group: `K${g + 1}`,
    name: `Khối ${g + 1}`,
    generatedAt: '2023-11-30T17:00:00+07:00',
    rows: Array.from({ length: perGroup }, (_, i) => {
      const submitted = i < perGroup - 1;
      const total = submitted ? Math.round((99 - (i * 37) / perGroup) * 100) / 100 : null;
      return {
        rank: submitted ? i + 1 : null,
        unit: `DV-${g + 1}-${i + 1}`,
        name: `Bệnh viện đa khoa số ${i + 1} thuộc khối ${g + 1}`,
        status: submitted ? ('appraised' as const) : ('draft' as const),
        total,
        totalSelf: total,
        sections: submitted ? Object.fromEntries(sections.map((s, k) => [s, 30 - k - (i % 5)])) : {},
        classification: total === null ? null : CLASSES[Math.min(3, Math.floor(i / 4))]!,
        votes: submitted ? 9 - (i % 9) : null,
        voteShare: submitted ? (9 - (i % 9)) / 10 : null,
        leading: i === 0,
      };
    }),
  }));
}

export const quotaRows: QuotaRow[] = [
  {
    rule: 'movement:M1:individual',
    label: 'Phong trào M1: cá nhân',
    scope: 'movement',
    limit: 10,
    used: 10,
    over: 2,
  },
  { rule: 'share:CO:G1', label: 'Cờ thi đua của Khối 1', scope: 'group', limit: 1, used: 1, over: 0 },
  { rule: 'ratio:LDTT:U1', label: 'Lao động tiên tiến của U1', scope: 'unit', limit: null, used: 3, over: 0 },
];

/** A units × criteria matrix; every 7th cell has an appraised score lower than the self score. */
export function consolidatedOf(units: number, criteria: number, group = 'K1'): Consolidated {
  return {
    group,
    name: `Khối ${group}`,
    criteria: Array.from({ length: criteria }, (_, i) => ({
      code: `${Math.floor(i / 10) + 1}.${(i % 10) + 1}`,
      title: `Tiêu chí số ${i + 1} về chuyên môn`,
      section: String(Math.floor(i / 10) + 1),
      kind: 'standard' as const,
      max: 10,
    })),
    rows: Array.from({ length: units }, (_, u) => {
      const self = Array.from({ length: criteria }, (_, i) => 5 + ((u + i) % 5));
      const appraised = self.map((s, i) => ((u * criteria + i) % 7 === 0 ? s - 0.5 : null));
      const final = self.map((s, i) => appraised[i] ?? s);
      return {
        unit: `DV-${u + 1}`,
        name: `Trung tâm y tế số ${u + 1}`,
        status: 'appraised' as const,
        self,
        appraised,
        final,
        total: final.reduce((a, b) => a + b, 0),
        classification: 'Tốt',
        rank: u + 1,
      };
    }),
  };
}

export const snapshotHead: SnapshotHead = {
  id: 'S-0b8f6c1e',
  createdAt: '2023-12-01T09:30:00+07:00',
  sha256: 'a'.repeat(64),
};
