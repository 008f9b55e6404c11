/**
 * The strict layer's rules, each as real Excel documents it (sources in decision 0031), on both fakes that
 * use it: office-addin-mock (../../../test/excel-mock.ts) and the preview workbook (../workbook.ts).
 */
import { describe, expect, it } from 'vitest';
import { createExcelMock } from '../../../test/excel-mock';
import type { ExcelRun } from '../../excel/types';
import { PreviewWorkbook } from '../workbook';
import type { StrictBook } from './book';

const fakes: Array<[string, () => { run: ExcelRun; strict: StrictBook }]> = [
  ['office-addin-mock', () => createExcelMock()],
  ['preview workbook', () => new PreviewWorkbook()],
];
const OWN = { allowFormatColumns: true, allowFormatRows: true, selectionMode: 'Normal' } as const;

/** A fake with one worksheet "S", A1:B2 unlocked, protected with `options` (and `password`). */
async function protectedSheet(
  make: () => { run: ExcelRun; strict: StrictBook },
  options: object,
  password?: string,
) {
  const fake = make();
  await fake.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.add('S');
    ws.getRange('A1:B2').format.protection.locked = false;
    ws.protection.protect(options, password);
    await ctx.sync();
  });
  const on = (f: (ws: Excel.Worksheet, ctx: Excel.RequestContext) => void) =>
    fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem([...fake.strict.sheets.keys()][0]!);
      f(ws, ctx);
      await ctx.sync();
    });
  return { ...fake, on };
}

for (const [name, make] of fakes) {
  describe(`strict layer on the ${name}`, () => {
    it('refuses formats anywhere and values in locked cells of a protected sheet, unless its options allow', async () => {
      const s = await protectedSheet(make, OWN);
      await expect(s.on((ws) => (ws.getRange('A1').format.fill.color = '#FF0000'))).rejects.toMatchObject({
        code: 'AccessDenied',
        debugInfo: { errorLocation: 'RangeFill.color' },
      });
      await expect(s.on((ws) => (ws.getRange('A1').numberFormat = [['0.0']]))).rejects.toMatchObject({
        debugInfo: { errorLocation: 'Range.numberFormat' },
      });
      await expect(s.on((ws) => (ws.getRange('C3').values = [[1]]))).rejects.toMatchObject({
        code: 'AccessDenied',
      });
      await expect(
        s.on(
          (ws) =>
            (ws.getRange('A1:B2').values = [
              [1, 2],
              [3, 4],
            ]),
        ),
      ).resolves.toBeUndefined();
      await expect(s.on((ws) => (ws.getRange('A:A').format.columnWidth = 40))).resolves.toBeUndefined();
      const formats = await protectedSheet(make, { ...OWN, allowFormatCells: true });
      await expect(
        formats.on((ws) => (ws.getRange('C3').format.fill.color = '#FF0000')),
      ).resolves.toBeUndefined();
    });

    it('refuses protecting a protected sheet, unprotecting an unprotected one, and a wrong password', async () => {
      const s = await protectedSheet(make, OWN);
      await expect(s.on((ws) => ws.protection.protect(OWN))).rejects.toMatchObject({
        code: 'InvalidOperation',
      });
      await s.on((ws) => ws.protection.unprotect());
      await expect(s.on((ws) => ws.protection.unprotect())).rejects.toMatchObject({
        code: 'InvalidOperation',
      });
      const locked = await protectedSheet(make, OWN, 'mật-khẩu');
      await expect(locked.on((ws) => ws.protection.unprotect())).rejects.toMatchObject({
        debugInfo: { errorLocation: 'WorksheetProtection.unprotect' },
      });
      expect([...locked.strict.sheets.values()][0]!.protected).toBe(true);
    });

    it('refuses a 2-D array whose shape differs from its range; a single value spreads', async () => {
      const s = await protectedSheet(make, OWN);
      await s.on((ws) => ws.protection.unprotect());
      await expect(s.on((ws) => (ws.getRange('A1:B2').values = [[1, 2]]))).rejects.toMatchObject({
        code: 'InvalidArgument',
      });
      await expect(s.on((ws) => (ws.getRange('A1:B2').values = [[1], [2]]))).rejects.toMatchObject({
        code: 'InvalidArgument',
      });
      await expect(s.on((ws) => (ws.getRange('A1:B1').values = [[1, 2]]))).resolves.toBeUndefined();
    });

    it('keeps worksheet names unique whatever the case and within Excel’s rules', async () => {
      const { run } = make();
      const add = (n: string) =>
        run(async (ctx) => {
          ctx.workbook.worksheets.add(n);
          await ctx.sync();
        });
      await add('Bảng điểm');
      await expect(add('BẢNG ĐIỂM')).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
      for (const bad of ['a'.repeat(32), 'a/b', 'a:b', '[x]', "'quoted", "quoted'", 'history', ' '])
        await expect(add(bad)).rejects.toMatchObject({ code: 'InvalidArgument' });
      await expect(add('a'.repeat(31))).resolves.toBeUndefined();
    });

    it('refuses reading a property not loaded, or loaded but not yet synced', async () => {
      const { run } = make();
      await run(async (ctx) => {
        const ws = ctx.workbook.worksheets.add('S');
        expect(() => ws.name).toThrow(/not available/);
        ws.load('name');
        expect(() => ws.name).toThrow(/not available/);
        await ctx.sync();
        expect(ws.name).toBe('S');
      });
    });

    it('refuses a sync whose request is over 5 MB, applying none of it', async () => {
      const { run, strict } = make();
      const row = ['x'.repeat(60_000)];
      await expect(
        run(async (ctx) => {
          const ws = ctx.workbook.worksheets.add('S');
          ws.getRange('A1:A100').values = Array.from({ length: 100 }, () => row);
          await ctx.sync();
        }),
      ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
      expect(strict.payloads.at(-1)).toBeGreaterThan(5 * 1024 * 1024);
      expect(strict.sheets.size).toBe(0);
    });

    it('refuses an API above the declared ExcelApi 1.8 unless isSetSupported was asked, and one the host lacks', async () => {
      const { run, strict } = make();
      const print = () =>
        run(async (ctx) => {
          const ws = ctx.workbook.worksheets.add(`P${strict.sheets.size}`);
          ws.pageLayout.orientation = 'Portrait';
          await ctx.sync();
        });
      await expect(print()).rejects.toMatchObject({ debugInfo: { errorLocation: 'PageLayout.orientation' } });
      expect(strict.supports('ExcelApi', '1.9')).toBe(true);
      await expect(print()).resolves.toBeUndefined();
      const old = createExcelMock({ host: '1.7' });
      await expect(
        old.run(async (ctx) => {
          ctx.workbook.worksheets.add('S').getRange('A1').dataValidation.clear();
          await ctx.sync();
        }),
      ).rejects.toMatchObject({ code: 'ApiNotFound' });
    });

    it('deletes a worksheet (ExcelApi 1.1) and a setting (1.4): gone from later loads', async () => {
      const { run, strict } = make();
      await run(async (ctx) => {
        ctx.workbook.worksheets.add('A');
        ctx.workbook.worksheets.add('B');
        ctx.workbook.settings.add('k', 'v');
        ctx.workbook.settings.add('other', 'w');
        await ctx.sync();
      });
      const [a] = strict.sheets.keys();
      await run(async (ctx) => {
        ctx.workbook.worksheets.getItem(a!).delete();
        const settings = ctx.workbook.settings;
        settings.load('items/key');
        await ctx.sync();
        for (const s of settings.items) if (s.key === 'k') s.delete();
        await ctx.sync();
      });
      const left = await run(async (ctx) => {
        const sheets = ctx.workbook.worksheets;
        sheets.load('items/name');
        const settings = ctx.workbook.settings;
        settings.load('items/key');
        await ctx.sync();
        return { sheets: sheets.items.map((w) => w.name), keys: settings.items.map((s) => s.key) };
      });
      expect(left).toEqual({ sheets: ['B'], keys: ['other'] });
      expect([...strict.sheets.values()].map((w) => w.name)).toEqual(['B']);
      await expect(
        run(async (ctx) => {
          ctx.workbook.worksheets.getItem(a!).load('name');
          await ctx.sync();
        }),
      ).rejects.toMatchObject({ code: 'ItemNotFound' });
      const old = createExcelMock({ host: '1.3', settings: { k: 'v' } });
      await expect(
        old.run(async (ctx) => {
          ctx.workbook.settings.getItemOrNullObject('k').delete();
          await ctx.sync();
        }),
      ).rejects.toMatchObject({
        code: 'ApiNotFound',
        debugInfo: { errorLocation: 'SettingCollection.getItemOrNullObject' },
      });
    });

    it('keeps what a failed batch did before the failure (no rollback) and drops the rest', async () => {
      const s = await protectedSheet(make, OWN);
      await expect(
        s.on((ws) => {
          ws.protection.unprotect();
          ws.getRange('A1').format.fill.color = '#FF0000';
          ws.protection.protect(OWN);
          ws.protection.protect(OWN);
        }),
      ).rejects.toMatchObject({ code: 'InvalidOperation' });
      expect([...s.strict.sheets.values()][0]!.protected).toBe(true);
      s.strict.failAt = 'RangeFill.color';
      await expect(
        s.on((ws) => {
          ws.protection.unprotect();
          ws.getRange('A1').format.fill.color = '#00FF00';
          ws.protection.protect(OWN);
        }),
      ).rejects.toMatchObject({ code: 'GeneralException' });
      // Half done: unprotected, and left so.
      expect([...s.strict.sheets.values()][0]!.protected).toBe(false);
    });
  });
}
