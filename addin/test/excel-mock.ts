/**
 * A workbook built from office-addin-mock objects, enough of the Excel API for the adapter: worksheets with
 * ranges, protection, page layout, settings, conditional formats and charts, and deleting worksheets and settings. Loaded properties resolve only
 * at `context.sync()`, which is counted, and every range the adapter touches is recorded with what was
 * written to it and how many syncs had been made when it was queued (so a test can sum what each sync carried).
 * The adapter sees it through the strict layer (../src/preview/strict/), as the preview host does: writes
 * are replayed at sync under Excel's rules (protection, shapes, names, loads, 5 MB, requirement sets).
 */
import { OfficeMockObject } from 'office-addin-mock';
import { EXCEL_API_FLOOR } from '../../shared/manifest';
import type { ExcelRun } from '../src/excel/types';
import { StrictBook } from '../src/preview/strict/book';
import { strictRun } from '../src/preview/strict/context';
import { excelError } from '../src/preview/strict/errors';

// biome-ignore lint/suspicious/noExplicitAny: the mock is dynamically shaped, like Office's proxies
type Mock = any;

export interface MockSheet {
  id: string;
  name: string;
  protected?: boolean;
  /** Protected by the user with this password (the add-in never sets one). */
  password?: string;
  /** Protection options of a protected sheet (the add-in's own: formatting rows and columns). */
  options?: Record<string, unknown>;
  /** Names of charts the sheet holds already. */
  charts?: string[];
  /** Values returned when a range of this address is loaded. */
  values?: Record<string, unknown[][]>;
}

export interface RangeRecord {
  sheet: string;
  address: string;
  range: Mock;
  borders: Record<string, Record<string, unknown>>;
  calls: string[];
  /** Syncs made before this range was queued: its writes travel with sync number `sync + 1`. */
  sync: number;
}

/** A conditional format added to a range (`range.conditionalFormats.add(type)`). */
export interface ConditionalRecord {
  sheet: string;
  address: string;
  type: string;
  custom: { rule: { formula?: string }; format: { fill: { color?: string }; font: Record<string, unknown> } };
}

/** A chart of a sheet: added by the adapter (`source` set) or there before (`MockSheet.charts`). */
export interface ChartRecord {
  sheet: string;
  name: string;
  type?: string;
  source?: string;
  title: { text?: string };
  legend: { visible?: boolean };
  position?: [string, string | undefined];
  deleted: boolean;
}

export interface MockInit {
  sheets?: MockSheet[];
  settings?: Record<string, string>;
  /** Values of any range when loaded, e.g. what the user typed (overrides `MockSheet.values`). */
  read?: (sheet: string, address: string) => unknown[][] | undefined;
  /** The highest ExcelApi version the simulated host has (default: every one the adapter may use). */
  host?: string;
  /** Tests: sees each worksheet as `worksheets.add` creates it (to make one of its members fail as Excel would). */
  onAdd?: (ws: Mock) => void;
}

/** The add-in's own protection options (apply-plan.ts `queueProtect`), for sheets that start protected. */
const OWN_PROTECTION = { allowFormatColumns: true, allowFormatRows: true, selectionMode: 'Normal' };

export function createExcelMock(init: MockInit = {}) {
  const mocks: Mock[] = [];
  const ranges: RangeRecord[] = [];
  const settings = new Map(Object.entries(init.settings ?? {}));
  const sheetData = new Map((init.sheets ?? []).map((s) => [s.id, s]));
  const log: string[] = [];
  const conditionalFormats: ConditionalRecord[] = [];
  const charts: ChartRecord[] = [];
  let syncs = 0;
  let added = 0;
  let positions = 0;
  const strict = new StrictBook({ declared: EXCEL_API_FLOOR, ...(init.host ? { host: init.host } : {}) });
  for (const s of init.sheets ?? [])
    strict.addSheet({
      id: s.id,
      name: s.name,
      protected: s.protected ?? false,
      options: s.protected ? (s.options ?? OWN_PROTECTION) : {},
      ...(s.password ? { password: s.password } : {}),
    });

  const track = (m: Mock) => {
    mocks.push(m);
    return m;
  };

  const makeRange = (sheet: string, address = '*'): Mock => {
    const calls: string[] = [];
    const borders: Record<string, Record<string, unknown>> = {};
    const values = init.read?.(sheet, address) ?? sheetData.get(sheet)?.values?.[address] ?? [['']];
    const range = track(
      new OfficeMockObject({
        address,
        values,
        format: {
          font: {},
          fill: { clear: () => calls.push('fill.clear') },
          protection: {},
          borders: {
            getItem: (edge: string) => {
              borders[edge] ??= {};
              return borders[edge];
            },
          },
          autofitRows: () => calls.push('autofitRows'),
        },
        dataValidation: { clear: () => calls.push('dataValidation.clear') },
        conditionalFormats: {
          add: (type: string) => {
            const cf: ConditionalRecord = {
              sheet,
              address,
              type,
              custom: { rule: {}, format: { fill: {}, font: {} } },
            };
            conditionalFormats.push(cf);
            return cf;
          },
          clearAll: () => calls.push('conditionalFormats.clearAll'),
        },
        merge: () => calls.push('merge'),
        unmerge: () => calls.push('unmerge'),
        clear: (what: string) => calls.push(`clear:${what}`),
        select: () => calls.push('select'),
      }),
    );
    ranges.push({ sheet, address, range, borders, calls, sync: syncs });
    return range;
  };

  const chart = (sheet: string, name: string, extra: Partial<ChartRecord> = {}): ChartRecord => {
    const c: ChartRecord = { sheet, name, title: {}, legend: {}, deleted: false, ...extra };
    Object.assign(c, {
      setPosition: (from: string, to?: string) => {
        c.position = [from, to];
      },
      delete: () => {
        c.deleted = true;
        log.push(`chart.delete:${sheet}:${c.name}`);
      },
    });
    charts.push(c);
    return c;
  };

  const makeSheet = (id: string, name: string, isProtected: boolean, chartNames: string[] = []): Mock => {
    for (const n of chartNames) chart(id, n);
    const ws: Mock = track(
      new OfficeMockObject({
        id,
        name,
        position: positions++,
        protection: {
          protected: isProtected,
          // The state changes too, so a later load reads it as Excel would.
          protect: (options: unknown) => {
            ws.protection.setValue('protected', true);
            log.push(`protect:${id}:${JSON.stringify(options)}`);
          },
          unprotect: () => {
            ws.protection.setValue('protected', false);
            log.push(`unprotect:${id}`);
          },
        },
        pageLayout: {
          headersFooters: { defaultForAllPages: {} },
          setPrintArea: (a: string) => log.push(`printArea:${a}`),
          setPrintTitleRows: (r: string) => log.push(`titleRows:${r}`),
          setPrintTitleColumns: (c: string) => log.push(`titleColumns:${c}`),
        },
        freezePanes: {
          freezeRows: (n: number) => log.push(`freezeRows:${n}`),
          freezeAt: (a: string) => log.push(`freezeAt:${a}`),
        },
        getRange: (address?: string) => makeRange(id, address),
        activate: () => log.push(`activate:${id}`),
        delete: () => {
          sheets.splice(sheets.indexOf(ws), 1);
          log.push(`delete:${id}`);
        },
        charts: {
          add: (type: string, source: Mock, _seriesBy?: string) =>
            chart(id, `chart-${charts.length + 1}`, {
              type,
              source: ranges.find((r) => r.range === source)?.address ?? '?',
            }),
        },
      }),
    );
    // Loading `items/name` lists the sheet's charts that were not deleted, as Office does after the sync.
    ws.charts.load = () => {
      ws.charts.items = charts.filter((c) => c.sheet === id && !c.deleted);
    };
    return ws;
  };

  const sheets: Mock[] = (init.sheets ?? []).map((s) =>
    makeSheet(s.id, s.name, s.protected ?? false, s.charts),
  );

  const settingItem = (key: string): Mock => {
    const item: Mock = track(
      new OfficeMockObject({
        key,
        value: settings.get(key) ?? '',
        isNullObject: !settings.has(key),
        delete: () => {
          settings.delete(key);
          log.push(`setting.delete:${key}`);
        },
      }),
    );
    const load = item.load.bind(item);
    // Office resolves isNullObject at sync without a load; the mock needs one.
    item.load = (p: string) => load([p, 'key', 'isNullObject']);
    return item;
  };

  const workbook: Mock = new OfficeMockObject({
    settings: {
      getItemOrNullObject: (key: string) => settingItem(key),
      add: (key: string, value: string) => {
        settings.set(key, value);
        log.push(`setting:${key}`);
      },
    },
    worksheets: {
      getItem: (id: string) => {
        const ws = sheets.find((s) => s._properties.get('id')._valueBeforeLoaded === id);
        if (!ws)
          throw excelError(
            'ItemNotFound',
            `The worksheet ${id} does not exist.`,
            'WorksheetCollection.getItem',
          );
        return ws;
      },
      // By id or name (any case); names as the rules know them, renames included.
      getItemOrNullObject: (key: string) => {
        const named = [...strict.sheets.values()].find((f) => f.name.toLowerCase() === key.toLowerCase());
        const id = named?.id ?? key;
        const found = sheets.find((s) => s._properties.get('id')._valueBeforeLoaded === id);
        if (found) return found;
        const none: Mock = track(new OfficeMockObject({ id: '', isNullObject: true }));
        // Office resolves isNullObject at sync whatever was loaded; the mock needs it loaded.
        const load = none.load.bind(none);
        none.load = (p: string) => load([p, 'isNullObject']);
        return none;
      },
      add: (name: string) => {
        const ws = makeSheet(`new-${++added}`, name, false);
        sheets.push(ws);
        log.push(`add:${name}`);
        init.onAdd?.(ws);
        return ws;
      },
    },
  });
  // Collections: loading `items/...` loads those properties on every item, as Office does.
  workbook.worksheets.load = () => {
    for (const ws of sheets) {
      ws.load(['id', 'name', 'position']);
      ws.protection.load('protected');
    }
    workbook.worksheets.items = [...sheets];
  };
  workbook.settings.load = () => {
    const items = [...settings.keys()].map((k) => {
      const item = settingItem(k);
      item.load('value');
      return item;
    });
    workbook.settings.items = items;
  };

  const context = {
    workbook,
    sync: async () => {
      syncs++;
      for (const m of mocks) await m.sync();
      await new Promise((r) => setTimeout(r, 0));
    },
  };

  const raw: ExcelRun = (batch) => batch(context as unknown as Excel.RequestContext);
  const idOf = (ws: Mock): string => ws._properties.get('id')._valueBeforeLoaded;
  return {
    run: strictRun(strict, raw, idOf),
    /** The rules' view of the workbook: protection, names, payloads, the sets asked about. */
    strict,
    /** Capabilities as this host reports them, asked through `isSetSupported` as the pane does. */
    get caps() {
      return strict.caps;
    },
    /** Names of the worksheets as Excel would show them (the rules' view, renames included). */
    get names() {
      return [...strict.sheets.values()].map((w) => w.name);
    },
    get syncs() {
      return syncs;
    },
    resetSyncs: () => {
      syncs = 0;
    },
    ranges,
    settings,
    log,
    conditionalFormats,
    charts,
  };
}
