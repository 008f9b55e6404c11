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
      const worksheets = over(wb.worksheets, {
        items: () => wb.worksheets.items.map(sheet),
        add: () => (name: string) => sheet(wb.worksheets.add(name)),
        getItem: () => (id: string) => sheet(wb.worksheets.getItem(id)),
      });
      const settings = over(wb.settings, {
        items: () => wb.settings.items.map(setting),
        getItemOrNullObject: () => (k: string) =>
          setting(Object.assign(wb.settings.getItemOrNullObject(k), { key: k })),
      });
      const workbook = over(wb, { worksheets: () => worksheets, settings: () => settings });
      return batch(over(context, { workbook: () => workbook }) as Excel.RequestContext);
    });
}

/**
 * `target` with some members replaced (each computed when read); every other member is the target's own, so
 * whatever the preview adds to its proxies stays reachable.
 */
function over(target: Proxy, members: Record<string, () => unknown>): Proxy {
  return new Proxy(target, {
    get: (t, p) => {
      if (typeof p === 'string' && p in members) return members[p]!();
      const v = Reflect.get(t, p, t);
      return typeof v === 'function' ? v.bind(t) : v;
    },
  });
}
