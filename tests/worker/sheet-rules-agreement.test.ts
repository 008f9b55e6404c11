/**
 * The pane's "Kiểm tra" (addin/src/sheets/check.ts) against the real Worker (workerd, local D1): generated
 * templates, sheets brought through the API into every status (draft, submitted, appraised, appraised then
 * reopened), and edits the pane could send (unit writes with or without `submit`, appraisals with or without
 * reasons, reasons of white space or invisible characters only, scores above the maximum, below 0 or off the
 * step). For each, the check runs on the sheet as GET returns it, the pane's own body builder makes the PUT,
 * and the Worker must answer 422 exactly when the check finds a problem, naming the same criteria.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localCheck } from '../../addin/src/sheets/check';
import { appraisalBody, resubmitBody } from '../../addin/src/sheets/conflict';
import type { ReadEntry } from '../../addin/src/sheets/read-back';
import type { PlanInput } from '../../shared/contract/plan';
import type { SheetView } from '../../shared/contract/sheets';
import type { Template } from '../../shared/contract/template';
import { toPoints } from '../../shared/points';
import type { Problem } from '../../shared/problems';
import { call, FUTURE, issue, sheetPath, uid } from '../../worker/test/helpers';

type Kind = 'standard' | 'bonus' | 'deduction';
type State = 'new' | 'draft' | 'submitted' | 'appraised' | 'reopened';
/** How a generated score relates to its criterion; `same` is the stored self score (an appraisal that agrees). */
type ScoreKind = 'valid' | 'null' | 'above' | 'offStep' | 'negative' | 'same';

/** A criterion as generated: its step in hundredths and its maximum as a number of steps. */
const criterion = fc.record({
  stepH: fc.constantFrom(1, 25, 50, 100, 200),
  steps: fc.integer({ min: 1, max: 12 }),
});
const section = fc.record({
  kind: fc.constantFrom<Kind>('standard', 'bonus', 'deduction'),
  criteria: fc.array(criterion, { minLength: 1, maxLength: 3 }),
});
/** The first section is standard: a template needs one. */
const sections = fc
  .array(section, { minLength: 1, maxLength: 3 })
  .map(([first, ...rest]) => [{ ...first!, kind: 'standard' as Kind }, ...rest]);

const score = fc.record({
  kind: fc.constantFrom<ScoreKind>('valid', 'valid', 'null', 'above', 'offStep', 'negative', 'same'),
  k: fc.nat(50),
});
const REASONS = [
  null,
  '',
  '   ',
  '\u200b',
  '\u00a0\t\u3000',
  '\u2060\ufeff',
  '\u0007',
  '\u0301',
  'Thiếu minh chứng',
  ' x ',
];
const edit = fc.record({
  mode: fc.constantFrom<'unit' | 'appraisal'>('unit', 'appraisal'),
  submit: fc.constantFrom<boolean | undefined>(undefined, true, false),
  /** Which criteria the edit lists (by index, wrapped) and with what. */
  entries: fc.array(
    fc.record({
      at: fc.nat(),
      score,
      reason: fc.constantFrom(...REASONS),
      evidence: fc.constantFrom(null, 'Báo cáo 12/BC'),
    }),
    { maxLength: 6 },
  ),
});
const setup = fc.record({
  state: fc.constantFrom<State>('new', 'draft', 'submitted', 'appraised', 'reopened'),
  /** Self scores first written (a null only stays null on a draft: submitting fills every standard one). */
  self: fc.array(fc.option(fc.nat(50), { nil: null }), { minLength: 9, maxLength: 9 }),
  /** Appraisals made before the edit: none, the self score (no reason), or another score (with a reason). */
  appraised: fc.array(fc.constantFrom('none', 'same', 'other'), { minLength: 9, maxLength: 9 }),
});

type SetupValue = { state: State; self: (number | null)[]; appraised: string[] };

function templateOf(generated: { kind: Kind; criteria: { stepH: number; steps: number }[] }[]): Template {
  return {
    code: 'TPL',
    title: 'Bảng sinh ngẫu nhiên',
    sections: generated.map((s, si) => ({
      code: `S${si + 1}`,
      title: `Mục ${si + 1}`,
      kind: s.kind,
      ...(s.kind === 'standard' ? {} : { cap: 10 }),
      criteria: s.criteria.map((c, ci) => ({
        code: `${si + 1}.${ci + 1}`,
        title: `Tiêu chí ${si + 1}.${ci + 1}`,
        max: toPoints(c.stepH * c.steps),
        ...(c.stepH === 1 ? {} : { step: toPoints(c.stepH) }),
      })),
    })),
    classification: [{ label: 'Đạt', min: 0 }],
    tieBreak: [],
  };
}

const criteriaOf = (t: Template) =>
  t.sections.flatMap((s) => s.criteria.map((c) => ({ ...c, kind: s.kind })));
type Crit = ReturnType<typeof criteriaOf>[number];

/** A valid score of a criterion: the k-th step, wrapped into 0…max. */
function validScore(c: Crit, k: number): number {
  const stepH = Math.round((c.step ?? 0.01) * 100);
  const steps = Math.round((c.max * 100) / stepH);
  return toPoints((k % (steps + 1)) * stepH);
}

function scoreOf(c: Crit, s: { kind: ScoreKind; k: number }, self: number | null): number | null {
  const stepH = Math.round((c.step ?? 0.01) * 100);
  switch (s.kind) {
    case 'null':
      return null;
    case 'same':
      return self;
    case 'above':
      return toPoints(Math.round(c.max * 100) + stepH);
    case 'negative':
      return -toPoints(stepH);
    case 'offStep':
      // One hundredth off a step, or half a hundredth where every hundredth is a step.
      return stepH > 1 ? toPoints(Math.round(validScore(c, s.k) * 100) + 1) : validScore(c, s.k) + 0.005;
    default:
      return validScore(c, s.k);
  }
}

const ok = (r: { status: number; body: unknown }, what: string) =>
  expect(r.status, `${what}: ${JSON.stringify(r.body)}`).toBe(200);

/** Creates a one-unit campaign on `template` and brings its sheet into `state` through the API. */
async function storedSheet(template: Template, s: SetupValue, sec: string) {
  const id = uid();
  const unit = `U-${id}`;
  const plan: PlanInput = {
    campaign: { code: `C-${id}`, year: 2023, title: `Kế hoạch thử ${id}` },
    units: [{ code: unit, name: `Đơn vị ${id}` }],
    templates: [template],
    groups: [
      {
        code: 'G1',
        kind: 'khoi',
        name: 'Khối một',
        template: 'TPL',
        lead: unit,
        members: [unit],
        deadline: FUTURE,
      },
    ],
  };
  const made = await call('POST', '/plans', { body: plan });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  const path = sheetPath(plan.campaign.code, 'G1', unit);
  const token = await issue('unit', unit);
  const criteria = criteriaOf(template);
  const selfOf = (c: Crit, i: number) => {
    const k = s.self[i % s.self.length]!;
    // A submitted sheet has every standard criterion scored.
    if (k === null) return s.state === 'draft' || c.kind !== 'standard' ? null : validScore(c, 0);
    return validScore(c, k);
  };
  const selfs = criteria.map(selfOf);
  let revision = 0;
  if (s.state !== 'new') {
    const entries = criteria.map((c, i) => ({ criterion: c.code, self: selfs[i] }));
    const put = await call('PUT', path, { token, body: { revision, entries, submit: s.state !== 'draft' } });
    ok(put, 'setup write');
    revision = put.body.revision;
  }
  if (s.state === 'appraised' || s.state === 'reopened') {
    const entries = criteria.flatMap(
      (c, i): { criterion: string; appraised: number; reason: string | null }[] => {
        const how = s.appraised[i % s.appraised.length];
        if (how === 'none') return [];
        if (how === 'same' && selfs[i] !== null)
          return [{ criterion: c.code, appraised: selfs[i]!, reason: null }];
        return [{ criterion: c.code, appraised: validScore(c, i + 1), reason: 'Theo biên bản kiểm tra' }];
      },
    );
    const put = await call('PUT', `${path}/appraisal`, { token: sec, body: { revision, entries } });
    ok(put, 'setup appraisal');
  }
  if (s.state === 'reopened') {
    const reopen = await call('POST', `${path}/reopen`, {
      token: sec,
      body: { until: FUTURE, reason: 'Bổ sung hồ sơ' },
    });
    ok(reopen, 'setup reopen');
  }
  return { path, token };
}

const brief = (ps: readonly Problem[]) => ps.map((p) => `${p.criterion ?? '-'} ${p.code} ${p.path}`).sort();
const named = (ps: readonly Problem[]) =>
  [...new Set(ps.flatMap((p) => (p.criterion ? [p.criterion] : [])))].sort();

describe('the pane’s check and the Worker agree on every sheet write', () => {
  it('422 exactly when "Kiểm tra" finds a problem, on the same criteria', async () => {
    const sec = await issue('secretariat', undefined, `Văn phòng Hội đồng ${uid()}`);
    const seen = { refused: 0, accepted: 0, locked: 0 };
    await fc.assert(
      fc.asyncProperty(sections, setup, edit, async (generated, s, e) => {
        const template = templateOf(generated);
        const { path, token } = await storedSheet(template, s, sec);
        const got = await call<SheetView>('GET', path, { token });
        ok(got, 'GET');
        const view = got.body;
        const criteria = criteriaOf(template);
        const read: ReadEntry[] = [];
        for (const x of e.entries) {
          const c = criteria[x.at % criteria.length]!;
          if (read.some((r) => r.criterion === c.code)) continue; // the pane lists each criterion once
          const stored = view.entries.find((v) => v.criterion === c.code)!;
          const value = scoreOf(c, x.score, stored.self);
          read.push(
            e.mode === 'unit'
              ? { criterion: c.code, self: value, evidence: x.evidence }
              : { criterion: c.code, appraised: value, reason: x.reason },
          );
        }
        const submit = e.mode === 'unit' ? e.submit : undefined;
        const problems = localCheck(view, read, submit, e.mode);

        const r =
          e.mode === 'unit'
            ? await call('PUT', path, { token, body: resubmitBody(read, view.revision, submit) })
            : await call('PUT', `${path}/appraisal`, {
                token: sec,
                body: appraisalBody(read, view.revision),
              });

        if (problems.length) {
          expect(r.status, JSON.stringify({ problems, answer: r.body })).toBe(422);
          expect(named(r.body.errors)).toEqual(named(problems));
          expect(brief(r.body.errors)).toEqual(brief(problems));
          seen.refused++;
        } else {
          // Past 422: only an appraised sheet not reopened is locked for its unit (423); the rest is written.
          const locked = e.mode === 'unit' && s.state === 'appraised';
          expect(r.status, JSON.stringify(r.body)).toBe(locked ? 423 : 200);
          if (locked) seen.locked++;
          else seen.accepted++;
        }
      }),
      { numRuns: 50 },
    );
    // The generators reach both sides of the property, and the lock.
    expect(seen.refused).toBeGreaterThan(5);
    expect(seen.accepted).toBeGreaterThan(5);
  });
});

describe('the reported faults, against the Worker', () => {
  it('a reopened appraised sheet stays complete, and a reason of invisible characters is none', async () => {
    const sec = await issue('secretariat', undefined, `Văn phòng Hội đồng ${uid()}`);
    const template = templateOf([
      {
        kind: 'standard',
        criteria: [
          { stepH: 50, steps: 20 },
          { stepH: 1, steps: 1000 },
        ],
      },
    ]);
    const { path, token } = await storedSheet(
      template,
      { state: 'reopened', self: [10, 0], appraised: ['other', 'same'] },
      sec,
    );
    const view = (await call<SheetView>('GET', path, { token })).body;
    expect(view.status).toBe('appraised');

    const cleared: ReadEntry[] = [{ criterion: '1.2', self: null, evidence: null }];
    expect(brief(localCheck(view, cleared, undefined, 'unit'))).toEqual(['1.2 missing_score /entries']);
    const put = await call('PUT', path, { token, body: resubmitBody(cleared, view.revision, undefined) });
    expect(put.status).toBe(422);
    expect(brief(put.body.errors)).toEqual(['1.2 missing_score /entries']);

    const blank: ReadEntry[] = [{ criterion: '1.2', appraised: 3, reason: '\u200b \u00a0' }];
    expect(brief(localCheck(view, blank, undefined, 'appraisal'))).toEqual([
      '1.2 reason_required /entries/0/reason',
    ]);
    const appraise = await call('PUT', `${path}/appraisal`, {
      token: sec,
      body: appraisalBody(blank, view.revision),
    });
    expect(appraise.status).toBe(422);
    expect(brief(appraise.body.errors)).toEqual(['1.2 reason_required /entries/0/reason']);
  });
});
