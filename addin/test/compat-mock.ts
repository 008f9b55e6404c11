/**
 * The mock workbook (./excel-mock.ts) with what the self-test needs beyond the adapter's slice: deleting a
 * worksheet (gone from later loads, `getItem` then throws ItemNotFound) and a setting, and a hook that
 * breaks a worksheet as it is added (to make one step fail as Excel would, with an OfficeExtension.Error).
 */
import { createExcelMock, type MockInit } from './excel-mock';

// biome-ignore lint/suspicious/noExplicitAny: the mock is dynamically shaped, like Office's proxies
type Mock = any;

const raw = (m: Mock, p: string) => m._properties.get(p)._valueBeforeLoaded;

/** An error shaped as OfficeExtension.Error: code, message and debugInfo. */
export function officeError(code: string, message: string, errorLocation: string) {
  return Object.assign(new Error(message), {
    name: 'RichApi.Error',
    code,
    debugInfo: { code, message, errorLocation, statement: `${errorLocation}(...)` },
  });
}

export function createCompatMock(init: MockInit & { breakSheet?: (ws: Mock) => void } = {}) {
  const mock = createExcelMock(init);
  const deleted = new Set<string>();
  let patched = false;

  const deletable = (ws: Mock) => {
    ws.delete = () => {
      deleted.add(raw(ws, 'id'));
      mock.log.push(`delete:${raw(ws, 'id')}`);
    };
    return ws;
  };

  const patch = (wb: Mock) => {
    if (patched) return;
    patched = true;
    const load = wb.worksheets.load;
    wb.worksheets.load = (...args: unknown[]) => {
      load(...args);
      wb.worksheets.items = wb.worksheets.items.filter((ws: Mock) => !deleted.has(raw(ws, 'id')));
      for (const ws of wb.worksheets.items) deletable(ws);
    };
    const getItem = wb.worksheets.getItem;
    wb.worksheets.getItem = (id: string) => {
      if (deleted.has(id)) throw new Error(`ItemNotFound: ${id}`);
      return deletable(getItem(id));
    };
    const add = wb.worksheets.add;
    wb.worksheets.add = (name: string) => {
      const ws = deletable(add(name));
      // Protection that holds its state, so a load after protect/unprotect reads what Excel would.
      const p = ws.protection;
      const protect = p.protect;
      const unprotect = p.unprotect;
      p.protect = (options: unknown) => {
        protect(options);
        p.protected = true;
      };
      p.unprotect = () => {
        unprotect();
        p.protected = false;
      };
      init.breakSheet?.(ws);
      return ws;
    };
    const settingsLoad = wb.settings.load;
    wb.settings.load = (...args: unknown[]) => {
      settingsLoad(...args);
      for (const item of wb.settings.items)
        item.delete = () => {
          mock.settings.delete(raw(item, 'key'));
          mock.log.push(`setting.delete:${raw(item, 'key')}`);
        };
    };
  };

  return {
    ...mock,
    run: <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> =>
      mock.run((ctx) => {
        patch(ctx.workbook);
        return batch(ctx);
      }),
    deleted,
    get syncs() {
      return mock.syncs;
    },
  };
}
