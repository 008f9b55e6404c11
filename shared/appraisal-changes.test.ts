/** Changed scores, their authors and the conflict flag (issue 16). Expected values written by hand. */
import { describe, expect, it } from 'vitest';
import {
  type AppraisedSheet,
  type Appraiser,
  appraisalChanges,
  conflictSummary,
  groupCandidates,
  withAppraisers,
} from './appraisal-changes';

const LEAD: Appraiser = { label: 'Khối trưởng', unit: 'A', role: 'unit', at: 1000 };
const SEC: Appraiser = { label: 'Thường trực', unit: null, role: 'secretariat', at: 2000 };
const entry = (
  criterion: string,
  self: number | null,
  appraised: number | null,
  reason: string | null = null,
) => ({
  criterion,
  self,
  appraised,
  evidence: null,
  reason,
});

describe('withAppraisers', () => {
  it('the sent criteria become the appraiser’s, a cleared one nobody’s, the others stay', () => {
    const next = withAppraisers(
      { '1.1': SEC, '1.2': SEC, '2.1': SEC },
      ['1.1', '1.2'],
      [entry('1.1', 5, 4), entry('1.2', 5, null), entry('2.1', 5, 3)],
      LEAD,
    );
    expect(next).toEqual({ '1.1': LEAD, '2.1': SEC });
  });
});

describe('groupCandidates', () => {
  it('the units a recorded ballot names; the lead before any ballot', () => {
    expect(groupCandidates('A', [])).toEqual(['A']);
    expect(
      groupCandidates('A', [{ candidates: [{ unit: 'B' }, { unit: 'C' }] }, { candidates: [{ unit: 'C' }] }]),
    ).toEqual(['B', 'C']);
  });
});

describe('appraisalChanges', () => {
  const sheets: AppraisedSheet[] = [
    {
      unit: 'B',
      entries: [entry('1.1', 18.5, 15, 'Thiếu báo cáo'), entry('1.2', 9.5, 9.5), entry('2.1', 62, null)],
      appraisers: { '1.1': LEAD, '1.2': LEAD },
    },
    {
      unit: 'C',
      entries: [entry('1.1', null, 0.1, 'Bổ sung'), entry('1.2', 0.3, 0.2, 'Sai')],
      appraisers: { '1.1': SEC },
    },
  ];

  it('lists appraised ≠ self only, with author, reason, exact difference and the flag', () => {
    const changes = appraisalChanges(sheets, ['A']);
    expect(changes).toEqual([
      {
        unit: 'B',
        criterion: '1.1',
        self: 18.5,
        appraised: 15,
        delta: -3.5,
        reason: 'Thiếu báo cáo',
        appraiser: { label: 'Khối trưởng', unit: 'A' },
        appraisedAt: 1000,
        conflict: true,
      },
      {
        unit: 'C',
        criterion: '1.1',
        self: null,
        appraised: 0.1,
        delta: 0.1,
        reason: 'Bổ sung',
        appraiser: { label: 'Thường trực', unit: null },
        appraisedAt: 2000,
        conflict: false,
      },
      {
        unit: 'C',
        criterion: '1.2',
        self: 0.3,
        appraised: 0.2,
        delta: -0.1,
        reason: 'Sai',
        appraiser: null,
        appraisedAt: null,
        conflict: false,
      },
    ]);
  });

  it('no flag when the appraiser is no candidate, or on its own sheet', () => {
    expect(appraisalChanges(sheets, ['B', 'C']).map((c) => c.conflict)).toEqual([false, false, false]);
    const own = [{ unit: 'A', entries: [entry('1.1', 5, 4, 'x')], appraisers: { '1.1': LEAD } }];
    expect(appraisalChanges(own, ['A'])[0]?.conflict).toBe(false);
  });

  it('sums the conflicted changes per candidate', () => {
    const more: AppraisedSheet[] = [
      ...sheets,
      {
        unit: 'D',
        entries: [entry('1.1', 10, 9.75, 'Trừ'), entry('1.2', 4, 5, 'Cộng')],
        appraisers: { '1.1': LEAD, '1.2': LEAD },
      },
    ];
    expect(conflictSummary(appraisalChanges(more, ['A', 'D']), ['A', 'D'])).toEqual({
      candidates: ['A', 'D'],
      changes: 3,
      byAppraiser: [{ unit: 'A', changes: 3, sheets: ['B', 'D'], delta: -2.75 }],
    });
  });
});
