/**
 * The sheet the add-in writes computes the same totals in a real spreadsheet engine as the server does:
 * each sheet plan is written to .xlsx without cached results, recalculated by LibreOffice headless, and
 * its formula cells read back.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SheetEntryView } from '../../addin/src/api/types';
import { buildSheetPlan } from '../../addin/src/sheets/layout';
import type { SheetPlan } from '../../addin/src/sheets/types';
import { campaign, group, template, unit } from '../../addin/test/fixtures';
import { planToWorkbook, withCell } from './plan-to-xlsx';
import { recalculate, sofficeAvailable } from './soffice';

interface Case {
  name: string;
  plan: SheetPlan;
  expected: {
    self: number;
    final: number | '';
    sections: Record<string, number>;
    classSelf: string;
    classFinal: string;
  };
}

const entry = (criterion: string, self: number | null, appraised: number | null = null): SheetEntryView => ({
  criterion,
  self,
  appraised,
  evidence: null,
  reason: appraised === null ? null : 'Thẩm định lại',
});

const planOf = (entries: SheetEntryView[]) =>
  buildSheetPlan({
    campaign,
    group,
    unit,
    template,
    mode: 'unit',
    sheet: { revision: 1, status: 'submitted', entries },
  });

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

const cases: Case[] = [
  {
    name: 'caps exceeded, decimal steps',
    plan: planOf(capped),
    expected: {
      self: 90.62,
      final: '',
      sections: { I: 47.75, II: 47.87, T: 5, D: 10 },
      classSelf: 'Tốt',
      classFinal: '',
    },
  },
  {
    name: 'appraised scores replace self scores',
    plan: planOf(
      capped.map((e) =>
        e.criterion === '1.1' ? entry('1.1', 18.5, 17) : e.criterion === 'D.1' ? entry('D.1', 8, 2) : e,
      ),
    ),
    expected: {
      self: 90.62,
      final: 92.87,
      sections: { I: 46.25, II: 47.87, T: 5, D: 6.25 },
      classSelf: 'Tốt',
      classFinal: 'Tốt',
    },
  },
  {
    name: 'excellent only without a zero criterion',
    plan: planOf([
      entry('1.1', 20),
      entry('1.2', 20),
      entry('1.3', 0),
      entry('2.1', 25),
      entry('2.2', 25),
      entry('T.1', 3),
      entry('T.2', 2.5),
    ]),
    expected: {
      self: 95,
      final: '',
      sections: { I: 40, II: 50, T: 5, D: 0 },
      classSelf: 'Tốt',
      classFinal: '',
    },
  },
  {
    name: 'excellent with every criterion above zero',
    plan: planOf([
      entry('1.1', 20),
      entry('1.2', 20),
      entry('1.3', 0.25),
      entry('2.1', 25),
      entry('2.2', 25),
      entry('T.1', 3),
      entry('T.2', 2.5),
    ]),
    expected: {
      self: 95.25,
      final: '',
      sections: { I: 40.25, II: 50, T: 5, D: 0 },
      classSelf: 'Xuất sắc',
      classFinal: '',
    },
  },
];

const read = async (path: string) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets[0]!;
};

/** The computed value of a cell: a formula's result, or the constant. */
const valueAt = (ws: ExcelJS.Worksheet, row: number, col: number) => {
  const v = ws.getCell(row, col + 1).value;
  return v !== null && typeof v === 'object' && 'formula' in v ? (v.result ?? null) : v;
};

const available = await sofficeAvailable();
const dir = await mkdtemp(join(tmpdir(), 'thidua-lo-'));
let outputs: string[] = [];
const changed = withCell(cases[0]!.plan, cases[0]!.plan.layout.criteria[0]!.row, 3, 15.5);

describe.skipIf(!available && !process.env.CI)('LibreOffice recalculates the sheet plan', () => {
  beforeAll(async () => {
    const inputs: string[] = [];
    for (const [i, c] of [...cases.map((x) => x.plan), changed].entries()) {
      const path = join(dir, `case-${i}.xlsx`);
      await writeFile(path, Buffer.from(await planToWorkbook(c).xlsx.writeBuffer()));
      inputs.push(path);
    }
    outputs = await recalculate(inputs);
  }, 120_000);

  it('writes formulas without cached results', async () => {
    const ws = await read(join(dir, 'case-0.xlsx'));
    const { totalRow, columns } = cases[0]!.plan.layout;
    const v = ws.getCell(totalRow, columns.self + 1).value as { formula: string; result?: unknown };
    expect(v.formula).toMatch(/^ROUND\(/);
    expect(v.result).toBeUndefined();
  });

  it.each(cases.map((c, i) => [c.name, i] as const))(
    '%s: totals, subtotals and classification',
    async (_, i) => {
      const { plan, expected } = cases[i]!;
      const ws = await read(outputs[i]!);
      const { columns: C, totalRow, classificationRow, sectionRows } = plan.layout;
      expect(valueAt(ws, totalRow, C.self)).toBeCloseTo(expected.self, 9);
      const final = valueAt(ws, totalRow, C.appraised);
      if (expected.final === '') expect(final ?? '').toBe('');
      else expect(final).toBeCloseTo(expected.final, 9);
      for (const [code, total] of Object.entries(expected.sections)) {
        expect(valueAt(ws, sectionRows[code]!, C.effective), `section ${code}`).toBeCloseTo(total, 9);
      }
      expect(valueAt(ws, classificationRow, C.self)).toBe(expected.classSelf);
      expect(valueAt(ws, classificationRow, C.appraised) ?? '').toBe(expected.classFinal);
    },
  );

  it('really recalculates: a changed input changes the total', async () => {
    const ws = await read(outputs[cases.length]!);
    const { columns: C, totalRow } = changed.layout;
    // 1.1 from 18.5 to 15.5: three points less.
    expect(valueAt(ws, totalRow, C.self)).toBeCloseTo(87.62, 9);
  });
});
