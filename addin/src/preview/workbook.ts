/**
 * An in-browser workbook implementing only the slice of the Excel API the adapter uses
 * (../excel/README.md), for the preview host and tests: its sheets (./sheet.ts), settings, the active sheet,
 * and `Excel.run` over proxies of the worksheets (./worksheet-proxy.ts) and ranges (./range-proxy.ts), seen
 * through the strict layer (./strict/), which queues the batch and replays it at `context.sync()` under
 * Excel's rules — the same layer the mock tests use. A sync counts and recalculates the formulas
 * (./formula.ts), as does every typed cell. Typing into a cell (`type`) follows Excel: numbers become
 * numbers unless the cell is formatted as text, a locked cell of a protected sheet refuses, and so does an
 * entry its data validation forbids.
 */
import { EXCEL_API_FLOOR } from '../../../shared/manifest';
import type { ExcelRun } from '../excel/types';
import { previewText } from '../messages/preview';
import { parseCell } from '../sheets/a1';
import { key, parseAddress } from './address';
import { DATE_FORMAT, readDateText, readNumber } from './number-format';
import { PreviewSheet } from './sheet';
import { StrictBook } from './strict/book';
import { strictRun } from './strict/context';
import { excelError } from './strict/errors';
import { type AlertStyle, breaks, type CellValidation } from './validation';
import { worksheetProxy } from './worksheet-proxy';

export type Listener = () => void;

/** The error alert of a refused entry, as Excel shows it. */
export interface EntryAlert {
  style: AlertStyle;
  title: string;
  message: string;
}

export type TypeResult = { ok: true } | { ok: false; message: string; alert?: EntryAlert };

/** Excel's alert for a validation, its own defaults where the sheet set no title or message. */
function alertOf(v: CellValidation): EntryAlert {
  return {
    style: v.style ?? 'Stop',
    title: v.title ?? previewText.alertTitle,
    message: v.message ?? previewText.alertMessage,
  };
}

export class PreviewWorkbook {
  readonly sheets: PreviewSheet[] = [];
  readonly settings = new Map<string, string>();
  activeId: string | null = null;
  /** Every `context.sync()` since the workbook was made. */
  syncs = 0;
  private added = 0;
  private readonly listeners = new Set<Listener>();

  /** Excel's rules as they apply to this workbook (protection, names, requirement sets, payloads). */
  readonly strict = new StrictBook({ declared: EXCEL_API_FLOOR });

  /** `Excel.run` over this workbook, strict; listeners hear of every finished batch, failed or not. */
  readonly run: ExcelRun = strictRun(
    this.strict,
    (batch) => this.rawRun(batch),
    (ws) => (ws as { id: string }).id,
  );

  private readonly rawRun: ExcelRun = async (batch) => {
    const sync = async () => {
      this.syncs++;
      for (const s of this.sheets) s.recalc();
    };
    const context = { workbook: this.proxy(), sync };
    try {
      return await batch(context as unknown as Excel.RequestContext);
    } finally {
      for (const s of this.sheets) s.recalc();
      this.changed();
    }
  };

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get active(): PreviewSheet | null {
    return this.sheets.find((s) => s.id === this.activeId) ?? this.sheets[0] ?? null;
  }

  sheet(id: string): PreviewSheet {
    const s = this.sheets.find((w) => w.id === id);
    if (!s)
      throw excelError('ItemNotFound', `The worksheet ${id} does not exist.`, 'WorksheetCollection.getItem');
    return s;
  }

  /** Selects a cell; inside a merged area, its top-left cell (Excel's active cell there). */
  select(id: string, address: string): void {
    this.activeId = id;
    const ws = this.sheet(id);
    ws.selection = ws.anchorOf(address);
    this.changed();
  }

  /**
   * What a person typing `text` into a cell gets: a number where Excel reads one in the Vietnamese locale
   * ("6,5"; not in a text-formatted cell), the text otherwise. Returns a Vietnamese refusal for a locked
   * cell of a protected sheet, and for an entry breaking the cell's data validation with the alert Excel
   * shows (its style, title and message); `keep` is the person's "Yes" to a Warning or Information alert.
   * Typing into a merged area writes its top-left cell, the only one Excel keeps.
   */
  type(id: string, typed: string, text: string, keep = false): TypeResult {
    const ws = this.sheet(id);
    if (!parseCell(typed)) return { ok: false, message: previewText.badTyped(typed) };
    const address = ws.anchorOf(typed);
    const p = parseCell(address)!;
    const cell = ws.cellAt(p.row, p.col);
    if (ws.protected && cell.locked) return { ok: false, message: previewText.locked(address) };
    const t = text.trim();
    const v = cell.validation;
    const list = this.listOf(id, address);
    if (list && v?.stop && t !== '' && !list.includes(t))
      return {
        ok: false,
        message: v.message ? previewText.refused(address, v.message) : previewText.notInList(address, t),
        alert: alertOf(v),
      };
    // As Excel takes what a user types: a number, a formula (not in a text cell), "'…" as text without
    // its prefix, else the text.
    const formula = t.startsWith('=') && cell.format !== '@';
    // A day typed under a date format becomes Excel's date (its serial), as Excel in Vietnamese does.
    const n =
      cell.format === '@'
        ? null
        : cell.format === DATE_FORMAT
          ? (readDateText(t) ?? readNumber(t))
          : readNumber(t);
    const value = n !== null ? n : formula ? '' : text.startsWith("'") ? text.slice(1) : text;
    if (v?.rule && !formula && breaks(v.rule, value) && (v.stop || !keep))
      return { ok: false, message: previewText.refused(address, alertOf(v).message), alert: alertOf(v) };
    delete cell.formula;
    cell.value = value;
    if (formula) cell.formula = t;
    ws.recalc();
    this.changed();
    return { ok: true };
  }

  /** The values a list-validated cell accepts, or null when it has no list. */
  listOf(id: string, address: string): string[] | null {
    const ws = this.sheet(id);
    const source = ws.get(address).validation?.source;
    if (!source) return null;
    if (!source.startsWith('=')) return source.split(',').map((v) => v.trim());
    const out: string[] = [];
    for (const [r, c] of ws.positions(parseAddress(source.slice(1).replaceAll('$', '')))) {
      const v = ws.cells.get(key(r, c))?.value;
      if (v !== undefined && v !== '') out.push(String(v));
    }
    return out;
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }

  private proxy() {
    const book = this;
    const settings = {
      get items() {
        return [...book.settings].map(([k, value]) => ({
          key: k,
          value,
          delete: () => book.settings.delete(k),
        }));
      },
      load: () => settings,
      getItemOrNullObject: (k: string) => ({
        get isNullObject() {
          return !book.settings.has(k);
        },
        get value() {
          return book.settings.get(k) ?? null;
        },
        load() {
          return this;
        },
        delete: () => book.settings.delete(k),
      }),
      add: (k: string, value: string) => {
        book.settings.set(k, value);
      },
    };
    const worksheets = {
      get items() {
        return book.sheets.map((s) => worksheetProxy(book, s));
      },
      load: () => worksheets,
      add: (name: string) => {
        const s = new PreviewSheet(`preview-${++book.added}`, name);
        book.sheets.push(s);
        return worksheetProxy(book, s);
      },
      getItem: (id: string) => worksheetProxy(book, book.sheet(id)),
      getItemOrNullObject: (k: string) => {
        const s = book.sheets.find((w) => w.id === k || w.name.toLowerCase() === k.toLowerCase());
        return s ? worksheetProxy(book, s) : { id: '', isNullObject: true, load: () => undefined };
      },
    };
    return { settings, worksheets };
  }
}
