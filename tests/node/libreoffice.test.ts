/**
 * The sheet the add-in writes computes the same totals in a real spreadsheet engine as the server does:
 * each sheet plan is written to .xlsx without cached results, recalculated by LibreOffice headless, and its
 * formula cells compared with shared/scoring.ts (`computeTotals`, `classify`) — caps, decimals and bands.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SheetEntryView } from '../../addin/src/api/types';
import { buildSheetPlan } from '../../addin/src/sheets/layout';
import type { SheetPlan } from '../../addin/src/sheets/types';
import { campaign, group, template, unit } from '../../addin/test/fixtures';
import { type Campaign, type Group, Plan, type Unit } from '../../shared/contract/plan';
import type { Template } from '../../shared/contract/template';
import { demoPlans, demoScores } from '../../shared/demo';
import { toPoints } from '../../shared/points';
import { classify, computeTotals } from '../../shared/scoring';
import { planToWorkbook, withCell } from './plan-to-xlsx';
import { recalculate } from './soffice';
import { requireTool } from './tools';

interface Case {
  name: string;
  template: Template;
  entries: SheetEntryView[];
  plan: SheetPlan;
  /** Figures worked out by hand, as a second opinion beside the server's rules. */
  hand?: { self: number; final?: number; classSelf: string };
}

const entry = (criterion: string, self: number | null, appraised: number | null = null): SheetEntryView => ({
  criterion,
  self,
  appraised,
  evidence: null,
  reason: appraised === null ? null : 'Thẩm định lại',
});

function makeCase(
  name: string,
  entries: SheetEntryView[],
  ctx: { template: Template; campaign: Campaign; group: Group; unit: Unit } = {
    template,
    campaign,
    group,
    unit,
  },
  hand?: Case['hand'],
): Case {
  const plan = buildSheetPlan({ ...ctx, mode: 'unit', sheet: { revision: 1, status: 'submitted', entries } });
  return { name, template: ctx.template, entries, plan, ...(hand ? { hand } : {}) };
}

// Bonus 3 + 3.5 = 6.5 over its cap 5; deduction 8 + 4.25 = 12.25 over its cap 10; steps 0.5, 0.25, 0.01.
const capped = [
  entry('1.1', 18.5),
  entry('1.2', 19.5),
  entry('1.3', 9.75),
  entry('2.1', 24.37),
  entry('2.2', 23.5),
  entry('T.1', 3),
  entry('T.2', 3.5),
  entry('D.1', 8),
  entry('D.2', 4.25),
];
const full = (third: number) => [
  entry('1.1', 20),
  entry('1.2', 20),
  entry('1.3', third),
  entry('2.1', 25),
  entry('2.2', 25),
  entry('T.1', 3),
  entry('T.2', 2.5),
];

/** Random sheets on the fixture template: every score on its step, some appraised, some missing. */
function randomSheets(count: number): SheetEntryView[][] {
  const criteria = template.sections.flatMap((s) => s.criteria);
  const score = (max: number, step = 0.01) =>
    fc.integer({ min: 0, max: Math.round(max / step) }).map((k) => Math.round(k * step * 100) / 100);
  const one = fc.tuple(
    ...criteria.map((c) =>
      fc.tuple(fc.option(score(c.max, c.step), { freq: 6 }), fc.option(score(c.max, c.step), { freq: 2 })),
    ),
  );
  return fc
    .sample(one, { numRuns: count, seed: 20231130 })
    .map((pairs) => pairs.map(([self, appraised], i) => entry(criteria[i]!.code, self, appraised)));
}

/**
 * Every member of every group of the demo plans with its demo self-scores; and per group one sheet pushed
 * past both caps (every bonus and deduction criterion at its maximum) with a few appraisals on 0.25/0.5 steps.
 */
function demoCases(): Case[] {
  const out: Case[] = [];
  for (const input of demoPlans) {
    const plan = Plan.parse(input);
    for (const g of plan.groups) {
      const t = plan.templates.find((x) => x.code === g.template)!;
      const ctx = (code: string) => ({
        template: t,
        campaign: plan.campaign,
        group: g,
        unit: plan.units.find((u) => u.code === code)!,
      });
      for (const member of g.members) {
        const entries = demoScores(input, g.code, member).map((d) => ({
          ...entry(d.criterion, d.self),
          evidence: d.evidence,
        }));
        out.push(makeCase(`${plan.campaign.code} ${g.code} ${member}`, entries, ctx(member)));
      }
      const first = g.members[0]!;
      const extra = new Set(
        t.sections.filter((s) => s.kind !== 'standard').flatMap((s) => s.criteria.map((c) => c.code)),
      );
      const stepped = t.sections
        .find((s) => s.kind === 'standard')!
        .criteria.filter((c) => c.step !== undefined);
      const pushed = demoScores(input, g.code, first).map((d) => {
        const c = t.sections.flatMap((s) => s.criteria).find((x) => x.code === d.criterion)!;
        const self = extra.has(d.criterion) ? c.max : d.self;
        const appraise = stepped.slice(0, 3).some((x) => x.code === d.criterion);
        return entry(d.criterion, self, appraise ? Math.max(0, self - c.step!) : null);
      });
      out.push(
        makeCase(
          `${plan.campaign.code} ${g.code} ${first}: both caps exceeded, appraised`,
          pushed,
          ctx(first),
        ),
      );
    }
  }
  return out;
}

const cases: Case[] = [
  makeCase('caps exceeded, decimal steps', capped, undefined, { self: 90.62, classSelf: 'Tốt' }),
  makeCase(
    'appraised scores replace self scores',
    capped.map((e) =>
      e.criterion === '1.1' ? entry('1.1', 18.5, 17) : e.criterion === 'D.1' ? entry('D.1', 8, 2) : e,
    ),
    undefined,
    { self: 90.62, final: 92.87, classSelf: 'Tốt' },
  ),
  makeCase('95 with a criterion at 0 is not excellent', full(0), undefined, { self: 95, classSelf: 'Tốt' }),
  makeCase('95.25 with every criterion above 0 is excellent', full(0.25), undefined, {
    self: 95.25,
    classSelf: 'Xuất sắc',
  }),
  makeCase('an empty sheet', []),
  ...randomSheets(8).map((entries, i) => makeCase(`random sheet ${i + 1}`, entries)),
  ...demoCases(),
];

/** What the server computes for a sheet (shared/scoring.ts), in points, as the sheet should show it. */
function serverSays(t: Template, entries: readonly SheetEntryView[]) {
  const totals = computeTotals(t, entries);
  const selfOnly = entries.map((e) => ({ criterion: e.criterion, self: e.self }));
  const appraised = entries.some((e) => e.appraised !== null);
  return {
    self: toPoints(totals.self),
    final: toPoints(totals.final),
    sections: Object.fromEntries(Object.entries(totals.sections).map(([k, v]) => [k, toPoints(v)])),
    classSelf: classify(t, { final: totals.self }, selfOnly) ?? '',
    classFinal: classify(t, totals, entries) ?? '',
    appraised,
  };
}

const read = async (path: string) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets[0]!;
};

/** The computed value of a cell: a formula's result, or the constant; empty as "". */
const valueAt = (ws: ExcelJS.Worksheet, row: number, col: number) => {
  const v = ws.getCell(row, col + 1).value;
  const out = v !== null && typeof v === 'object' && 'formula' in v ? v.result : v;
  return out ?? '';
};

const available = await requireTool('soffice');
const dir = await mkdtemp(join(tmpdir(), 'thidua-lo-'));
let outputs: string[] = [];
const changed = withCell(cases[0]!.plan, cases[0]!.plan.layout.criteria[0]!.row, 3, 15.5);

describe.skipIf(!available)('LibreOffice recalculates the sheet plan', () => {
  beforeAll(async () => {
    const inputs: string[] = [];
    for (const [i, plan] of [...cases.map((x) => x.plan), changed].entries()) {
      const path = join(dir, `case-${i}.xlsx`);
      await writeFile(path, Buffer.from(await planToWorkbook(plan).xlsx.writeBuffer()));
      inputs.push(path);
    }
    outputs = await recalculate(inputs);
  }, 240_000);

  it('writes formulas without cached results', async () => {
    const ws = await read(join(dir, 'case-0.xlsx'));
    const { totalRow, columns } = cases[0]!.plan.layout;
    const v = ws.getCell(totalRow, columns.self + 1).value as { formula: string; result?: unknown };
    expect(v.formula).toMatch(/^ROUND\(/);
    expect(v.result).toBeUndefined();
  });

  it.each(cases.map((c, i) => [c.name, i] as const))(
    '%s: the same totals and band as the server',
    async (_, i) => {
      const c = cases[i]!;
      const want = serverSays(c.template, c.entries);
      const ws = await read(outputs[i]!);
      const { columns: C, totalRow, classificationRow, sectionRows } = c.plan.layout;
      expect(valueAt(ws, totalRow, C.self), 'self total').toBeCloseTo(want.self, 9);
      expect(valueAt(ws, totalRow, C.effective), 'final total').toBeCloseTo(want.final, 9);
      if (want.appraised) expect(valueAt(ws, totalRow, C.appraised)).toBeCloseTo(want.final, 9);
      else expect(valueAt(ws, totalRow, C.appraised)).toBe('');
      for (const [code, total] of Object.entries(want.sections)) {
        expect(valueAt(ws, sectionRows[code]!, C.effective), `section ${code}`).toBeCloseTo(total, 9);
      }
      expect(valueAt(ws, classificationRow, C.self), 'band of the self total').toBe(want.classSelf);
      expect(valueAt(ws, classificationRow, C.appraised), 'band of the final total').toBe(
        want.appraised ? want.classFinal : '',
      );
      if (c.name.includes('both caps exceeded')) {
        for (const s of c.template.sections.filter((x) => x.kind !== 'standard')) {
          expect(want.sections[s.code], `${s.code} held at its cap`).toBe(s.cap);
        }
      }
      if (c.hand) {
        expect(want.self).toBeCloseTo(c.hand.self, 9);
        if (c.hand.final !== undefined) expect(want.final).toBeCloseTo(c.hand.final, 9);
        expect(want.classSelf).toBe(c.hand.classSelf);
      }
    },
  );

  it('really recalculates: a changed input changes the total', async () => {
    const ws = await read(outputs[cases.length]!);
    const { columns: C, totalRow } = changed.layout;
    // 1.1 from 18.5 to 15.5: three points less than 90.62.
    expect(valueAt(ws, totalRow, C.self)).toBeCloseTo(87.62, 9);
  });
});
