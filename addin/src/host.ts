/**
 * The one module that touches Office's globals. In Excel it waits for `Office.onReady`, checks the host and
 * its requirement sets; in the preview host (a page that injects a fake `Excel`) it uses that; in a plain
 * browser the pane still connects and lists groups, but cannot write a sheet.
 */
import { capabilities, MINIMUM, type SupportCheck } from './excel/requirements';
import type { Capabilities, ExcelRun } from './excel/types';

export type HostKind = 'excel' | 'preview' | 'browser';

export interface Host {
  kind: HostKind;
  /** `Excel.run`, or null where there is no workbook. */
  run: ExcelRun | null;
  caps: Capabilities;
  /** False when Excel is older than the minimum the add-in needs. */
  supported: boolean;
  /** What the pane keeps across sessions: the server's address (localStorage). */
  storage: KeyValueStore;
  /** `Office.context.requirements.isSetSupported`, for the compatibility self-test's report. */
  supports?: SupportCheck;
  /** `Office.context.diagnostics` (host, platform, version), where Office gives one. */
  diagnostics?: { host?: string; platform?: string; version?: string };
  /**
   * What it keeps for this pane session only: the token (sessionStorage, decision 0029). A token left in
   * localStorage would outlive the session on a shared computer and be readable by any script of the origin
   * at any later time; in sessionStorage it goes when the pane closes, and the user types it again.
   */
  session: KeyValueStore;
}

export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

interface OfficeGlobals {
  Office?: typeof Office;
  /** The preview page's own `Excel`, with its requirement-set answers (the strict layer records the asking). */
  Excel?: { run: ExcelRun; isSetSupported?: SupportCheck };
  localStorage?: Storage;
  sessionStorage?: Storage;
}

/**
 * A Storage (localStorage or sessionStorage) with every key prefixed by Office's partition key: in Excel on the web, add-ins embedded in
 * different sites must not share storage (Office.context.partitionKey), and where it is undefined the plain
 * key is right.
 */
export function partitionedStorage(
  storage: Storage | undefined,
  partitionKey: string | undefined,
): KeyValueStore {
  const k = (key: string) => `${partitionKey ?? ''}thidua.${key}`;
  return {
    get: (key) => {
      try {
        return storage?.getItem(k(key)) ?? null;
      } catch {
        return null;
      }
    },
    set: (key, value) => {
      try {
        storage?.setItem(k(key), value);
      } catch {
        // Storage blocked (private mode, policy): the user types the token again next time.
      }
    },
    remove: (key) => {
      try {
        storage?.removeItem(k(key));
      } catch {
        // Same as above.
      }
    },
  };
}

/** Reading `sessionStorage` itself can throw where storage is blocked: then nothing is kept. */
function stores(g: OfficeGlobals, partitionKey: string | undefined) {
  let session: Storage | undefined;
  try {
    session = g.sessionStorage;
  } catch {
    session = undefined;
  }
  return {
    storage: partitionedStorage(g.localStorage, partitionKey),
    session: partitionedStorage(session, partitionKey),
  };
}

export async function detectHost(g: OfficeGlobals = globalThis as OfficeGlobals): Promise<Host> {
  const office = g.Office;
  if (office?.onReady) {
    const info = await office.onReady();
    if (info.host === office.HostType.Excel && g.Excel) {
      const supports: SupportCheck = (set, version) =>
        office.context.requirements.isSetSupported(set, version);
      return {
        kind: 'excel',
        run: g.Excel.run.bind(g.Excel) as ExcelRun,
        caps: capabilities(supports),
        supported: supports(MINIMUM.set, MINIMUM.version),
        ...stores(g, office.context.partitionKey),
        supports,
        diagnostics: diagnosticsOf(office),
      };
    }
  }
  const kept = stores(g, undefined);
  if (g.Excel?.run) {
    const run = g.Excel.run.bind(g.Excel) as ExcelRun;
    const supports: SupportCheck = g.Excel.isSetSupported ?? (() => true);
    return { kind: 'preview', run, caps: capabilities(supports), supported: true, ...kept, supports };
  }
  return { kind: 'browser', run: null, caps: capabilities(() => false), supported: false, ...kept };
}

function diagnosticsOf(office: typeof Office): Host['diagnostics'] {
  try {
    const d = office.context.diagnostics;
    return { host: String(d.host), platform: String(d.platform), version: d.version };
  } catch {
    return undefined;
  }
}
