/**
 * `Excel.run` over a preview workbook with the two members the compatibility self-test needs beyond the
 * adapter's slice: `worksheet.delete()` (ExcelApi 1.1) and `setting.delete()` (1.4), on the worksheets and
 * settings the batch gets from `items`, `getItem`, `add` and `getItemOrNullObject`. Deleting the active
 * worksheet makes the first one left active, as Excel does.
 */
import type { ExcelRun } from '../excel/types';
import type { PreviewWorkbook } from './workbook';

// biome-ignore lint/suspicious/noExplicitAny: the preview's proxies are plain objects shaped like Office's
type Proxy = any;

export function deletableRun(book: PreviewWorkbook): ExcelRun {
  const sheet = (ws: Proxy) =>
    Object.assign(ws, {
      delete: () => {
        const i = book.sheets.findIndex((s) => s.id === ws.id);
        if (i < 0) throw Object.assign(new Error(`ItemNotFound: ${ws.id}`), { code: 'ItemNotFound' });
        book.sheets.splice(i, 1);
        if (book.activeId === ws.id) book.activeId = book.sheets[0]?.id ?? null;
      },
    });
  const setting = (item: Proxy) => Object.assign(item, { delete: () => book.settings.delete(item.key) });

  return (batch) =>
    book.run((context) => {
      const wb = context.workbook as Proxy;
      const worksheets = wb.worksheets;
      const settings = wb.settings;
      const workbook = {
        worksheets: {
          get items() {
            return worksheets.items.map(sheet);
          },
          load: () => workbook.worksheets,
          add: (name: string) => sheet(worksheets.add(name)),
          getItem: (id: string) => sheet(worksheets.getItem(id)),
        },
        settings: {
          get items() {
            return settings.items.map(setting);
          },
          load: () => workbook.settings,
          add: (k: string, v: string) => settings.add(k, v),
          getItemOrNullObject: (k: string) =>
            setting(Object.assign(settings.getItemOrNullObject(k), { key: k })),
        },
      };
      return batch({ ...context, workbook } as unknown as Excel.RequestContext);
    });
}
