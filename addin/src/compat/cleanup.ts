/**
 * Removes what a self-test run left: its scratch worksheets (by the ids the adapter returned and by their
 * names, which carry the run's suffix: a step that failed half-way may have added one without returning its
 * id) and the identities it stored in the workbook settings. Then reads the worksheets again, so the report
 * says whether anything is left. Worksheet.delete is ExcelApi 1.1, Setting.delete 1.4.
 */
import type { ExcelRun } from '../excel/types';
import type { Scratch } from './scratch';

export async function removeScratch(
  run: ExcelRun,
  scratch: Scratch,
  ids: ReadonlySet<string>,
): Promise<{ left: string[] }> {
  const names = new Set([scratch.sheetName, scratch.tableName].map((n) => n.toLowerCase()));
  const ours = (w: { id: string; name: string }) => ids.has(w.id) || names.has(w.name.toLowerCase());
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/id,items/name');
    const settings = context.workbook.settings;
    settings.load('items/key');
    await context.sync(); // 1: what is there
    const keys = new Set(scratch.settingKeys);
    for (const s of settings.items) if (keys.has(s.key)) s.delete();
    for (const w of sheets.items) if (ours(w)) w.delete();
    await context.sync(); // 2: removed
    const after = context.workbook.worksheets;
    after.load('items/id,items/name');
    await context.sync(); // 3: what is left
    return { left: after.items.filter(ours).map((w) => w.name) };
  });
}
