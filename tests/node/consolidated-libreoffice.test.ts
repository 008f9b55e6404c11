/**
 * The Worker's consolidated sheet as files, opened in a real spreadsheet program: the real Worker
 * (`wrangler dev`, its own local D1) serves `?format=csv` (Vietnamese Excel dialect and RFC 4180) and
 * `?format=xlsx`; LibreOffice headless opens each — the Vietnamese CSV with a Vietnamese locale (decimal
 * comma) and formulas evaluated, as a user's spreadsheet would — and saves it again as CSV and as xlsx.
 * Every value must equal the JSON matrix; Vietnamese names arrive intact; names that look like formulas
 * arrive as text (never evaluated), in every file.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { smallPlan, suffix, E2E_TIMEOUT as TIMEOUT, useE2E } from './e2e/harness';
import { CSV_EXPORT, convert, csvExportOf, csvImport, LANG, parseCsv, XLSX_EXPORT } from './soffice-convert';
import { requireTool } from './tools';

const available = await requireTool('soffice');

const s = suffix();
const { u, code, plan } = smallPlan(s);
/** Unit names: Vietnamese ones, and ones a spreadsheet would take for a formula if left as they are. */
const NAMES: Record<number, string> = {
  1: 'Bệnh viện Đa khoa tỉnh Bà Rịa – Vũng Tàu',
  2: '=1+2',
  3: '-abc Phòng khám đa khoa',
  4: '@SUM(1,2)',
  5: '+84 Trạm Y tế phường Thắng Nhì',
  6: '=HYPERLINK("http://evil.example","Bấm vào đây")',
  7: 'Trung tâm Y tế huyện Côn Đảo',
};
const FORMULA_LIKE = new Set([2, 3, 4, 5, 6]);
const UNITS = [1, 2, 3, 4, 5, 6, 7];

plan.units = UNITS.map((n) => ({ code: u(n), name: NAMES[n]!, womenShare: 0.5 }));
plan.groups[0]!.members = UNITS.map(u);

/** Distinct self scores per unit, with decimals on each criterion's step. */
const entries = (n: number) => [
  { criterion: '1.1', self: 20 - 0.5 * n },
  { criterion: '1.2', self: 9.75 - 0.5 * n },
  { criterion: '2.1', self: 55 + n },
  { criterion: 'T.1', self: (n % 3) + 0.25 },
];

describe.skipIf(!available)('consolidated CSV and xlsx opened in LibreOffice', () => {
  const e2e = useE2E({ browser: false });

  it(
    'each file opens; its values equal the JSON; formula-like names stay text',
    async () => {
      const w = e2e.worker();
      await e2e.postPlan(plan);
      const sheet = (n: number) => `/campaigns/${code}/groups/G1/units/${u(n)}/sheet`;
      // U7 does not submit: last, without rank or total (empty cells).
      for (const n of [1, 2, 3, 4, 5, 6]) {
        const put = await w.call(w.admin, 'PUT', sheet(n), {
          revision: 0,
          entries: entries(n),
          submit: true,
        });
        expect(put.status, JSON.stringify(put.body)).toBe(200);
      }
      const appraised = await w.call(w.admin, 'PUT', `${sheet(2)}/appraisal`, {
        revision: 1,
        entries: [{ criterion: '1.2', appraised: 7.75, reason: 'Thiếu minh chứng' }],
      });
      expect(appraised.status).toBe(200);

      const council = await w.token('council', `Hội đồng ${s}`);
      const base = `/campaigns/${code}/groups/G1/consolidated`;
      const json = await w.call(council, 'GET', base);
      expect(json.status).toBe(200);
      const matrix = json.body as {
        criteria: { code: string }[];
        rows: {
          rank: number | null;
          unit: string;
          name: string;
          self: (number | null)[];
          appraised: (number | null)[];
          final: (number | null)[];
          total: number | null;
          classification: string | null;
        }[];
        changes?: { unit: string; criterion: string; appraised: number }[];
      };
      expect(matrix.rows).toHaveLength(7);
      expect(matrix.rows.at(-1)).toMatchObject({ unit: u(7), rank: null, total: null });

      const dir = await mkdtemp(join(tmpdir(), 'consolidated-'));
      const download = async (query: string, file: string) => {
        const res = await fetch(`${w.base}/api/v1${base}${query}`, {
          headers: { Authorization: `Bearer ${council}` },
        });
        expect(res.status).toBe(200);
        const path = join(dir, file);
        await writeFile(path, new Uint8Array(await res.arrayBuffer()));
        return path;
      };
      const viCsv = await download('?format=csv', 'consolidated-vi.csv');
      const rfcCsv = await download('?format=csv&dialect=rfc4180', 'consolidated-rfc.csv');
      const xlsx = await download('?format=xlsx', 'consolidated-xlsx.xlsx');

      // LibreOffice opens each file and saves it as CSV (values in US English) and as xlsx.
      const [viOut] = await convert([viCsv], CSV_EXPORT, { infilter: csvImport(';', LANG.vi) });
      const [rfcOut] = await convert([rfcCsv], CSV_EXPORT, { infilter: csvImport(',', LANG.enUS) });
      // The matrix is the xlsx's second sheet, after the summary (decision 0033).
      const [xlsxOut] = await convert([xlsx], csvExportOf(2));
      const [viXlsx] = await convert([viCsv], XLSX_EXPORT, { infilter: csvImport(';', LANG.vi) });
      const [xlsxXlsx] = await convert([xlsx], XLSX_EXPORT);

      /** What a row must read as in LibreOffice: numbers as numbers, neutralised text with its apostrophe. */
      const expected = (r: (typeof matrix.rows)[number]) => {
        const n = UNITS.find((k) => u(k) === r.unit)!;
        const name = FORMULA_LIKE.has(n) ? `'${NAMES[n]}` : NAMES[n]!;
        const cells: (number | string | null)[] = [r.rank, r.unit, name];
        matrix.criteria.forEach((_, i) => {
          cells.push(r.self[i] ?? null, r.appraised[i] ?? null, r.final[i] ?? null);
        });
        cells.push(r.total, r.classification);
        return cells;
      };

      for (const [label, out] of [
        ['CSV (Excel tiếng Việt)', viOut!],
        ['CSV (RFC 4180)', rfcOut!],
        ['xlsx', xlsxOut!],
      ] as const) {
        const all = parseCsv(await readFile(out, 'utf8'));
        // The CSV carries the changed scores under the matrix after an empty row (the xlsx on a sheet of their
        // own, not in this export of the matrix sheet); each change opens as its unit, criterion and score.
        const gap = all.findIndex((r) => r.every((c) => c === ''));
        const rows = gap < 0 ? all : all.slice(0, gap);
        expect(rows, label).toHaveLength(1 + matrix.rows.length);
        const changes = matrix.changes ?? [];
        if (label === 'xlsx' || changes.length === 0) expect(gap, label).toBe(-1);
        else
          expect(
            all
              .slice(all.findIndex((r, i) => i > gap && r[0] === 'Mã đơn vị') + 1)
              .map((r) => [r[0], r[1], Number(r[3])]),
            label,
          ).toEqual(changes.map((x) => [x.unit, x.criterion, x.appraised]));
        const header = rows[0]!;
        expect(header.slice(0, 4), label).toEqual(['Hạng', 'Mã đơn vị', 'Tên đơn vị', '1.1 tự chấm']);
        expect(header.at(-2), label).toBe('Tổng điểm');
        matrix.rows.forEach((r, i) => {
          const got = rows[i + 1]!;
          const want = expected(r);
          expect(got, `${label} ${r.unit}`).toHaveLength(want.length);
          want.forEach((cell, k) => {
            const where = `${label} ${r.unit} cột ${header[k]}`;
            if (cell === null) expect(got[k], where).toBe('');
            else if (typeof cell === 'number') expect(Number(got[k]), where).toBe(cell);
            else expect(got[k], where).toBe(cell);
          });
        });
        // Never evaluated: "=1+2" is not 3, HYPERLINK shows its text, not its label.
        const names = rows.slice(1).map((r) => r[2]);
        expect(names, label).not.toContain('3');
        expect(names, label).not.toContain('Bấm vào đây');
      }

      // Saved by LibreOffice as xlsx: every name cell is a plain string (no formula), every score a number.
      for (const [label, file] of [
        ['CSV (Excel tiếng Việt) → xlsx', viXlsx!],
        ['xlsx → xlsx', xlsxXlsx!],
      ] as const) {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(file);
        // The Worker's xlsx keeps its summary first and the matrix's A3 landscape setup through LibreOffice
        // (whose headless save keeps panes of the active sheet only: the panes are checked in the Worker test).
        const fromXlsx = label === 'xlsx → xlsx';
        if (fromXlsx) {
          expect(wb.worksheets[0]!.name).toBe('Tổng hợp');
          expect(wb.worksheets[1]!.pageSetup).toMatchObject({ paperSize: 8, orientation: 'landscape' });
        }
        const ws = wb.worksheets[fromXlsx ? 1 : 0]!;
        matrix.rows.forEach((r, i) => {
          const row = ws.getRow(i + 2);
          const nameCell = row.getCell(3);
          expect(nameCell.type, `${label} ${r.unit}`).toBe(ExcelJS.ValueType.String);
          expect(nameCell.formula, `${label} ${r.unit}`).toBeUndefined();
          expect(nameCell.value, `${label} ${r.unit}`).toBe(expected(r)[2]);
          const selfCell = row.getCell(4);
          if (r.self[0] === null) expect(selfCell.value, label).toBeNull();
          else {
            expect(selfCell.type, label).toBe(ExcelJS.ValueType.Number);
            expect(selfCell.value, label).toBe(r.self[0]);
          }
          const total = row.getCell(3 + 3 * matrix.criteria.length + 1);
          expect(total.value, `${label} ${r.unit} tổng`).toBe(r.total);
        });
      }
    },
    TIMEOUT,
  );
});
