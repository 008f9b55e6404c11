/**
 * `Excel.run` made strict: the batch gets proxies that queue every property write, method call and load,
 * as Office.js does, and replay them on the fake's own objects at `context.sync()`, in order, checking each
 * against Excel's rules first (./rules.ts). A sync whose request is over 5 MB is refused whole; an operation
 * that breaks a rule fails the sync and the rest of the batch is dropped, while what came before it stays
 * applied (Excel does not roll a batch back). A property can be read only once loaded and synced.
 */
import type { ExcelRun } from '../../excel/types';
import { REQUEST_LIMIT } from '../../tables/payload';
import { parseAddress, type Rect } from '../address';
import { ITEMS, type Kind, METHODS, NAV } from './api';
import type { StrictBook } from './book';
import { excelError } from './errors';
import { apply, check, location, type Op } from './rules';

/** The id of one of the fake's worksheet objects. */
export type IdOf = (innerWorksheet: unknown) => string;

interface Handle {
  kind: Kind;
  name: string;
  via: 'root' | 'nav' | 'call' | 'item';
  parent: Handle | null;
  sheet: Handle | null;
  rect: Rect | null;
  inner?: unknown;
  resolved: boolean;
  snapshot: Map<string, unknown>;
  children: Map<string, Handle>;
  proxy: object;
}

interface Queued {
  type: 'set' | 'call' | 'load';
  handle: Handle;
  member: string;
  value?: unknown;
  args?: unknown[];
  result?: Handle;
  bytes: number;
}

const WHOLE: Rect = { r1: 1, c1: 0, r2: null, c2: null };
const encoder = new TextEncoder();
/** Office's action envelope per operation (object path ids, action type): a conservative small figure. */
const ENVELOPE = 40;
// biome-ignore lint/suspicious/noExplicitAny: the fakes' objects are dynamically shaped, like Office's proxies
type Any = any;

export function strictRun(book: StrictBook, inner: ExcelRun, idOf: IdOf): ExcelRun {
  return (batch) =>
    inner(async (innerContext) => {
      const strict = new StrictContext(book, innerContext, idOf);
      const result = await batch(strict.context);
      // Excel.run sends what the batch left queued once it returns.
      if (strict.pending) await strict.sync();
      return result;
    });
}

class StrictContext {
  readonly context: Excel.RequestContext;
  private queue: Queued[] = [];
  private readonly handles = new WeakMap<object, Handle>();

  constructor(
    private readonly book: StrictBook,
    private readonly innerContext: Excel.RequestContext,
    private readonly idOf: IdOf,
  ) {
    const root = this.handle('workbook', 'workbook', 'root', null);
    root.inner = innerContext.workbook;
    root.resolved = true;
    this.context = { workbook: root.proxy, sync: () => this.sync() } as unknown as Excel.RequestContext;
  }

  private handle(kind: Kind, name: string, via: Handle['via'], parent: Handle | null, rect?: Rect | null) {
    const h: Handle = {
      kind,
      name,
      via,
      parent,
      sheet: null,
      rect: rect ?? parent?.rect ?? null,
      resolved: false,
      snapshot: new Map(),
      children: new Map(),
      proxy: {},
    };
    h.sheet = kind === 'worksheet' ? h : (parent?.sheet ?? null);
    h.proxy = new Proxy({}, { get: (_, p) => this.get(h, p), set: (_, p, v) => this.set(h, p, v) });
    this.handles.set(h.proxy, h);
    return h;
  }

  private get(h: Handle, p: string | symbol): unknown {
    if (typeof p === 'symbol' || p === 'then' || p === 'toJSON') return undefined;
    if (p === 'load')
      return (props?: string | string[]) => {
        this.enqueue({ type: 'load', handle: h, member: 'load', value: props ?? '' });
        return h.proxy;
      };
    const nav = NAV[h.kind]?.[p];
    if (nav) return this.child(h, p, nav).proxy;
    const result = METHODS[h.kind]?.[p];
    if (result)
      return (...args: unknown[]) => {
        const rect =
          h.kind === 'worksheet' && p === 'getRange'
            ? args[0]
              ? parseAddress(String(args[0]))
              : WHOLE
            : null;
        const r = this.handle(result, p, 'call', h, rect);
        this.enqueue({ type: 'call', handle: h, member: p, args, result: r });
        return r.proxy;
      };
    if (h.snapshot.has(p)) return h.snapshot.get(p);
    throw excelError(
      'PropertyNotLoaded',
      `The property '${p}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      location({ kind: h.kind, member: p }),
    );
  }

  private set(h: Handle, p: string | symbol, value: unknown): boolean {
    if (typeof p === 'symbol') return false;
    this.enqueue({ type: 'set', handle: h, member: p, value });
    return true;
  }

  private child(h: Handle, p: string, kind: Kind): Handle {
    let c = h.children.get(p);
    if (!c) {
      c = this.handle(kind, p, 'nav', h);
      h.children.set(p, c);
    }
    return c;
  }

  private enqueue(q: Omit<Queued, 'bytes'>): void {
    const data =
      q.type === 'call' ? q.args?.map((a) => (this.handles.has(a as object) ? '#ref' : a)) : q.value;
    const bytes = encoder.encode(JSON.stringify(data ?? null) ?? '').length + q.member.length + ENVELOPE;
    this.queue.push({ ...q, bytes });
  }

  private innerOf(h: Handle): Any {
    if (h.resolved) return h.inner;
    if (h.via === 'nav') {
      const v = this.innerOf(h.parent!)?.[h.name];
      if (v === undefined) throw new Error(`strict layer: the fake has no ${h.parent!.kind}.${h.name}`);
      h.inner = v;
      h.resolved = true;
      return v;
    }
    throw excelError('InvalidObjectPath', 'The object was not created: its batch failed.', h.kind);
  }

  private unwrap = (v: unknown): unknown => {
    const h = typeof v === 'object' && v !== null ? this.handles.get(v) : undefined;
    return h ? this.innerOf(h) : v;
  };

  get pending(): boolean {
    return this.queue.length > 0;
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    const bytes = queue.reduce((s, q) => s + q.bytes, 0);
    this.book.payloads.push(bytes);
    if (bytes > REQUEST_LIMIT)
      throw excelError(
        'RequestPayloadSizeLimitExceeded',
        `The request payload size (${bytes} bytes) has exceeded the limit.`,
        'context.sync',
      );
    const loads: Queued[] = [];
    let failure: unknown = null;
    for (const q of queue) {
      try {
        if (this.replay(q)) loads.push(q);
      } catch (e) {
        failure = e;
        break;
      }
    }
    await this.innerContext.sync();
    for (const q of loads) this.snapshot(q);
    if (failure) throw failure;
  }

  /** Performs one queued operation on the fake; true for a load (read once the fake has synced). */
  private replay(q: Queued): boolean {
    const target = this.innerOf(q.handle);
    if (q.type === 'load') {
      target.load?.(q.value);
      return true;
    }
    const sheetHandle = q.handle.sheet;
    const sheet = sheetHandle ? (this.book.sheets.get(this.idOf(this.innerOf(sheetHandle))) ?? null) : null;
    if (sheetHandle && !sheet) throw new Error('strict layer: a worksheet the fake did not declare');
    const op: Op = {
      type: q.type,
      kind: q.handle.kind,
      member: q.member,
      value: q.value,
      ...(q.args ? { args: q.args } : {}),
      sheet,
      rect: q.handle.rect,
    };
    check(this.book, op);
    let newId: string | undefined;
    try {
      if (q.type === 'set') target[q.member] = this.unwrap(q.value);
      else {
        const r = target[q.member](...(q.args ?? []).map(this.unwrap));
        if (q.result) {
          q.result.inner = r;
          q.result.resolved = true;
        }
        if (q.handle.kind === 'worksheets' && q.member === 'add') newId = this.idOf(r);
      }
    } catch (e) {
      if ((e as { debugInfo?: unknown })?.debugInfo) throw e;
      throw excelError('InvalidArgument', e instanceof Error ? e.message : String(e), location(op));
    }
    apply(this.book, op, newId);
    return false;
  }

  private snapshot(q: Queued): void {
    const props = Array.isArray(q.value) ? q.value : String(q.value).split(',');
    const items = new Map<Handle, Handle[]>();
    for (const p of props) if (p.trim()) this.snap(q.handle, p.trim().split('/'), items);
    q.handle.snapshot.set('isNullObject', this.innerOf(q.handle)?.isNullObject === true);
  }

  private snap(h: Handle, segs: string[], items: Map<Handle, Handle[]>): void {
    const [head, ...rest] = segs as [string, ...string[]];
    const inner = this.innerOf(h);
    if (head === 'items') {
      let list = items.get(h);
      if (!list) {
        list = ((inner.items ?? []) as unknown[]).map((item) => {
          const c = this.handle(ITEMS[h.kind] ?? 'item', 'items', 'item', h);
          c.inner = item;
          c.resolved = true;
          return c;
        });
        items.set(h, list);
        h.snapshot.set(
          'items',
          list.map((c) => c.proxy),
        );
      }
      for (const c of list) if (rest.length) this.snap(c, rest, items);
      return;
    }
    if (rest.length) {
      const kind = NAV[h.kind]?.[head];
      if (!kind) throw new Error(`strict layer: ${h.kind}.${head} is not a navigation property`);
      this.snap(this.child(h, head, kind), rest, items);
      return;
    }
    h.snapshot.set(head, inner[head]);
  }
}
