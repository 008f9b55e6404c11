import { describe, expect, it } from 'vitest';
import { campaign, group, template, unit } from '../../test/fixtures';
import type { SheetView } from '../api/types';
import { localCheck } from './check';
import { buildSheetPlan } from './layout';
import { problemsToCells } from './problems-to-cells';

const sheet = (status: SheetView['status'] = 'draft'): SheetView => ({
  campaign: campaign.code,
  group: group.code,
  unit: unit.code,
  name: unit.name,
  revision: 1,
  status,
  template,
  entries: [],
  totals: { self: 0, final: 0, sections: {} },
  classification: null,
  submittedAt: null,
  locksAt: null,
  lockedAt: null,
  appraisedAt: null,
  updatedAt: null,
  updatedBy: null,
});
const all = (self: number | null) =>
  template.sections.flatMap((s) => s.criteria.map((c) => ({ criterion: c.code, self, evidence: null })));

describe('localCheck (the shared rules before sending)', () => {
  it('reports scores above the maximum and off the step, each on its criterion', () => {
    const problems = localCheck(
      sheet(),
      [
        { criterion: '1.1', self: 20.5, evidence: null },
        { criterion: '1.3', self: 9.3, evidence: null },
        { criterion: '2.1', self: 24.37, evidence: null },
      ],
      undefined,
    );
    expect(problems.map((p) => [p.criterion, p.code, p.path])).toEqual([
      ['1.1', 'above_max', '/entries/0/self'],
      ['1.3', 'off_step', '/entries/1/self'],
    ]);
    expect(problems[0]!.message).toContain('vượt điểm chuẩn 20');
  });

  it('reports an evidence the schema refuses on its criterion, so it maps to the evidence cell', () => {
    const problems = localCheck(
      sheet(),
      [{ criterion: 'T.2', self: 1, evidence: 'x'.repeat(2001) }],
      undefined,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ criterion: 'T.2', path: '/entries/0/evidence' });
    const plan = buildSheetPlan({
      campaign,
      group,
      unit,
      template,
      mode: 'unit',
      sheet: { revision: 1, status: 'draft' },
    });
    expect(problemsToCells(plan, problems).cells[0]!.address).toBe(
      `F${plan.layout.criteria.find((c) => c.code === 'T.2')!.row}`,
    );
  });

  it('needs every standard criterion scored to submit, or to stay submitted', () => {
    const entries = all(1).map((e) =>
      e.criterion === '1.2' || e.criterion === '2.2' ? { ...e, self: null } : e,
    );
    const codes = (submit: boolean | undefined, status: SheetView['status']) =>
      localCheck(sheet(status), entries, submit).map((p) => `${p.criterion}:${p.code}`);
    expect(codes(true, 'draft')).toEqual(['1.2:missing_score', '2.2:missing_score']);
    expect(codes(undefined, 'submitted')).toEqual(['1.2:missing_score', '2.2:missing_score']);
    expect(codes(undefined, 'draft')).toEqual([]);
    expect(codes(false, 'submitted')).toEqual([]);
    // Bonus and deduction criteria may stay empty.
    expect(
      localCheck(
        sheet(),
        all(1).filter((e) => !/^[TD]\./.test(e.criterion)),
        true,
      ),
    ).toEqual([]);
  });

  it('catches what the Worker refused in the reported faults: a reopened appraised sheet, a missing reason', () => {
    const appraised = {
      ...sheet('appraised'),
      entries: all(1).map((e) => ({ ...e, appraised: null, reason: null })),
    };
    const cleared = localCheck(appraised, [{ criterion: '2.1', self: null, evidence: null }], undefined);
    expect(cleared.map((p) => `${p.criterion}:${p.code}`)).toEqual(['2.1:missing_score']);
    const noReason = localCheck(
      appraised,
      [{ criterion: '1.1', appraised: 0.5, reason: '  ' }],
      undefined,
      'appraisal',
    );
    expect(noReason.map((p) => `${p.criterion}:${p.code}:${p.path}`)).toEqual([
      '1.1:reason_required:/entries/0/reason',
    ]);
    expect(
      localCheck(appraised, [{ criterion: '1.1', appraised: 1, reason: null }], undefined, 'appraisal'),
    ).toEqual([]);
  });
});
