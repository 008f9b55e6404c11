/**
 * An in-browser workbook implementing only the slice of the Excel API the adapter uses
 * (../excel/README.md), for the preview host and tests: worksheets of cells with values, formulas, number
 * formats, bold, fills and locking; merged areas (drawn as one cell; typing into one edits its top-left cell);
 * settings; protection; a selected cell; custom conditional formats
 * (evaluated on the cells' values, their fill shown where the rule holds); charts and print setup (recorded,
 * shown as captions). Writes apply at once; `context.sync()` counts and recalculates the formulas
 * (./formula.ts), as does every typed cell.
 * Typing into a cell (`type`) follows Excel: numbers become numbers unless the cell is formatted as text,
 * and a locked cell of a protected sheet refuses.
 */

import type { ExcelRun } from '../excel/types';
import { cell as a1, colLetter, parseCell } from '../sheets/a1';
import { evaluate, type Scalar } from './formula';

export type CellValue = string | number | boolean;

export interface Cell {
  value: CellValue;
  formula?: string;
  format: string;
  bold?: boolean;
  italic?: boolean;
  fill?: string;
  color?: string;
  hAlign?: string;
  /** Wrap text; without it a text runs over the empty cells to its right, as Excel draws it. */
  wrap?: boolean;
  locked: boolean;
  /** List validation: the list's source ("=$S$6:$S$9" on the same sheet, or "a,b,c"); Stop refuses. */
  validation?: { source: string; stop: boolean; message?: string };
}

/** A rectangle, 1-based rows, 0-based columns; `null` bounds mean "to the sheet's extent". */
interface Rect {
  r1: number;
  c1: number;
  r2: number | null;
  c2: number | null;
}

/** A merged area: 1-based rows, 0-based columns, bounds included. */
export interface MergedArea {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

const overlaps = (a: MergedArea, b: MergedArea) =>
  a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;

/** A custom conditional format: `formula` is written for the top-left cell of `rect`. */
export interface PreviewRule {
  address: string;
  rect: Rect;
  formula: string;
  fill: string | null;
}

/** A chart as the adapter described it. */
export interface PreviewChart {
  name: string;
  type: string;
  source: string;
  title: string;
  position: [string, string | undefined] | null;
}

const key = (r: number, c: number) => `${r},${c}`;

/** A cell reference inside a formula, as written: "$G5" is { dc: '$', col: 'G', dr: '', row: '5' }. */
interface RefPart {
  dc: string;
  col: string;
  dr: string;
  row: string;
}

/** A formula ready to be shifted by any offset, and whether shifting it by rows or by columns changes it. */
export interface FormulaShifter {
  (rows: number, cols: number): string;
  /** Some reference has a relative row. */
  byRows: boolean;
  /** Some reference has a relative column. */
  byCols: boolean;
}

/**
 * `shiftFormula` for one formula and any offset: the formula is split into text and references once, so
 * shifting it for each cell of a conditional format's range only joins the pieces.
 */
export function formulaShifter(formula: string): FormulaShifter {
  const parts: (string | RefPart)[] = [];
  formula.split(/("(?:[^"]|"")*")/).forEach((part, i) => {
    if (i % 2) {
      parts.push(part);
      return;
    }
    let last = 0;
    for (const m of part.matchAll(/(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Z0-9(])/gi)) {
      parts.push(part.slice(last, m.index), { dc: m[1]!, col: m[2]!, dr: m[3]!, row: m[4]! });
      last = m.index + m[0].length;
    }
    parts.push(part.slice(last));
  });
  const shift = (rows: number, cols: number) =>
    parts
      .map((p) => {
        if (typeof p === 'string') return p;
        const c = p.dc ? p.col : colLetter(parseCell(`${p.col}1`)!.col + cols);
        const r = p.dr ? p.row : String(Number(p.row) + rows);
        return `${p.dc}${c}${p.dr}${r}`;
      })
      .join('');
  const refs = parts.filter((p): p is RefPart => typeof p !== 'string');
  return Object.assign(shift, { byRows: refs.some((p) => !p.dr), byCols: refs.some((p) => !p.dc) });
}

/**
 * Moves a formula's relative references by (rows, cols), as Excel does when it applies a conditional
 * format's formula to each cell of its range: `=$G5="Tốt"` one row down is `=$G6="Tốt"`.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  return formulaShifter(formula)(rows, cols);
}

const blank = (): Cell => ({ value: '', format: 'General', locked: true });

/** Parses "A1", "A1:C3", "B:B", "5:5"; throws on anything else, as Excel would at sync. */
export function parseAddress(address: string): Rect {
  const [a, b = a] = address.replace(/^.*!/, '').split(':') as [string, string?];
  const col = /^\$?([A-Z]{1,3})$/i;
  const row = /^\$?(\d+)$/;
  if (col.test(a) && col.test(b!)) {
    const c1 = parseCell(`${a.replace('$', '')}1`)!.col;
    const c2 = parseCell(`${b!.replace('$', '')}1`)!.col;
    return { r1: 1, c1, r2: null, c2 };
  }
  if (row.test(a) && row.test(b!))
    return { r1: Number(a.replace('$', '')), c1: 0, r2: Number(b!.replace('$', '')), c2: null };
  const p = parseCell(a);
  const q = parseCell(b!);
  if (!p || !q) throw new Error(`InvalidArgument: địa chỉ ô không hợp lệ "${address}"`);
  return {
    r1: Math.min(p.row, q.row),
    c1: Math.min(p.col, q.col),
    r2: Math.max(p.row, q.row),
    c2: Math.max(p.col, q.col),
  };
}

export class PreviewSheet {
  readonly cells = new Map<string, Cell>();
  /** Merged areas, none overlapping another. */
  readonly merges: MergedArea[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  protected = false;
  frozenRows = 0;
  selection: string | null = null;
  readonly rules: PreviewRule[] = [];
  readonly charts: PreviewChart[] = [];
  readonly print: { orientation?: string; area?: string; titleRows?: string; fitToWidth?: boolean } = {};

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  get rowCount(): number {
    return this.extent().rows;
  }

  get colCount(): number {
    return this.extent().cols;
  }

  /** Rows and columns of the sheet (the last cell stored in each direction), in one pass over the cells. */
  extent(): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    for (const k of this.cells.keys()) {
      const comma = k.indexOf(',');
      rows = Math.max(rows, Number(k.slice(0, comma)));
      cols = Math.max(cols, Number(k.slice(comma + 1)) + 1);
    }
    return { rows, cols };
  }

  get(address: string): Cell {
    const p = parseCell(address);
    if (!p) throw new Error(`InvalidArgument: ${address}`);
    return this.cells.get(key(p.row, p.col)) ?? blank();
  }

  /** Every (row, col) of a rectangle, open bounds closed at the sheet's extent. */
  *positions(rect: Rect): Generator<[number, number]> {
    const r2 = rect.r2 ?? this.rowCount;
    const c2 = rect.c2 ?? this.colCount - 1;
    for (let r = rect.r1; r <= r2; r++) for (let c = rect.c1; c <= c2; c++) yield [r, c];
  }

  /** Recomputes every formula cell's value; a reference cycle shows "#REF!". */
  recalc(): void {
    const done = new Map<string, Scalar>();
    const busy = new Set<string>();
    const read = (r: number, c: number): Scalar => {
      const k = key(r, c);
      const cell = this.cells.get(k);
      if (!cell?.formula) return cell?.value ?? '';
      if (done.has(k)) return done.get(k)!;
      if (busy.has(k)) return '#REF!';
      busy.add(k);
      const v = evaluate(cell.formula, read);
      busy.delete(k);
      done.set(k, v);
      cell.value = v;
      return v;
    };
    for (const k of this.cells.keys()) {
      const [r, c] = k.split(',').map(Number) as [number, number];
      read(r, c);
    }
  }

  /**
   * The fill each cell takes from the conditional formats (`at(row, col)`): what `conditionalFill` gives
   * cell by cell, computed in one pass for a redraw over the sheet's `extent`. Each rule with a fill, last-added first, is evaluated
   * only on the cells of its range (closed at the sheet's extent) that no later rule has filled; a shifted
   * formula is made once per row when no reference moves with the column (`=$G5="Tốt"`), and one already
   * evaluated in this pass is not evaluated again. `evaluations` counts the formulas evaluated.
   */
  conditionalFills(extent = this.extent()): {
    at: (row: number, col: number) => string | undefined;
    evaluations: number;
  } {
    // By row, then column: no key strings in the loop over a large range.
    const fills: (string | undefined)[][] = [];
    const at = (row: number, col: number) => fills[row]?.[col];
    if (!this.rules.length) return { at, evaluations: 0 };
    const seen = new Map<string, Scalar>();
    const read = (row: number, col: number) => this.cells.get(key(row, col))?.value ?? '';
    for (let i = this.rules.length - 1; i >= 0; i--) {
      const rule = this.rules[i]!;
      if (!rule.fill) continue;
      const { rect } = rule;
      const r2 = rect.r2 ?? extent.rows;
      const c2 = rect.c2 ?? extent.cols - 1;
      const shift = formulaShifter(rule.formula);
      for (let r = rect.r1; r <= r2; r++) {
        const sameInRow = shift.byCols ? null : shift(r - rect.r1, 0);
        const row = fills[r] ?? [];
        fills[r] = row;
        for (let c = rect.c1; c <= c2; c++) {
          if (row[c] !== undefined) continue;
          const formula = sameInRow ?? shift(r - rect.r1, c - rect.c1);
          let v = seen.get(formula);
          if (v === undefined) {
            v = evaluate(formula, read);
            seen.set(formula, v);
          }
          if (v === true) row[c] = rule.fill;
        }
      }
    }
    return { at, evaluations: seen.size };
  }

  /** The fill of the last-added conditional format whose formula holds at (row, col), or null. */
  conditionalFill(r: number, c: number): string | null {
    for (let i = this.rules.length - 1; i >= 0; i--) {
      const rule = this.rules[i]!;
      const { rect } = rule;
      if (
        r < rect.r1 ||
        c < rect.c1 ||
        (rect.r2 !== null && r > rect.r2) ||
        (rect.c2 !== null && c > rect.c2)
      )
        continue;
      const formula = shiftFormula(rule.formula, r - rect.r1, c - rect.c1);
      const v = evaluate(formula, (row, col) => this.cells.get(key(row, col))?.value ?? '');
      if (v === true && rule.fill) return rule.fill;
    }
    return null;
  }

  /** The merged area holding (row, col), or null. */
  mergeAt(r: number, c: number): MergedArea | null {
    return this.merges.find((m) => r >= m.r1 && r <= m.r2 && c >= m.c1 && c <= m.c2) ?? null;
  }

  /** The address a person's click or typing at `address` lands on: the top-left cell of its merged area. */
  anchorOf(address: string): string {
    const p = parseCell(address);
    const m = p && this.mergeAt(p.row, p.col);
    return m ? a1(m.r1, m.c1) : address;
  }

  /** A rectangle with its open bounds closed at the sheet's extent. */
  closed(rect: Rect): MergedArea {
    return {
      r1: rect.r1,
      c1: rect.c1,
      r2: rect.r2 ?? Math.max(rect.r1, this.rowCount),
      c2: rect.c2 ?? Math.max(rect.c1, this.colCount - 1),
    };
  }

  /**
   * Merges `rect` (each of its rows apart when `across`), as `Range.merge(across)` does: a merged area it
   * overlaps is replaced. A single cell is no merged area.
   */
  merge(rect: Rect, across = false): void {
    const whole = this.closed(rect);
    const areas = across
      ? Array.from({ length: whole.r2 - whole.r1 + 1 }, (_, i) => ({
          ...whole,
          r1: whole.r1 + i,
          r2: whole.r1 + i,
        }))
      : [whole];
    for (const area of areas) {
      if (area.r1 === area.r2 && area.c1 === area.c2) continue;
      this.unmerge(area);
      this.merges.push(area);
    }
  }

  /** Unmerges every merged area overlapping `rect` (`Range.unmerge()`, and `Range.clear()` of formats). */
  unmerge(rect: Rect): void {
    const r = this.closed(rect);
    const open = { ...r, r2: rect.r2 ?? Number.POSITIVE_INFINITY, c2: rect.c2 ?? Number.POSITIVE_INFINITY };
    const kept = this.merges.filter((m) => !overlaps(m, open));
    this.merges.splice(0, this.merges.length, ...kept);
  }

  cellAt(r: number, c: number): Cell {
    const k = key(r, c);
    let cell = this.cells.get(k);
    if (!cell) {
      cell = blank();
      this.cells.set(k, cell);
    }
    return cell;
  }
}

export type Listener = () => void;

export class PreviewWorkbook {
  readonly sheets: PreviewSheet[] = [];
  readonly settings = new Map<string, string>();
  activeId: string | null = null;
  /** Every `context.sync()` since the workbook was made. */
  syncs = 0;
  private added = 0;
  private readonly listeners = new Set<Listener>();

  /** `Excel.run` over this workbook; listeners hear of every finished batch, failed or not. */
  readonly run: ExcelRun = async (batch) => {
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
      throw Object.assign(new Error(`ItemNotFound: worksheet ${id}`), {
        debugInfo: { code: 'ItemNotFound' },
      });
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
   * What a person typing `text` into a cell gets: a number where Excel reads one (not in a text-formatted
   * cell), the text otherwise. Returns a Vietnamese refusal for a locked cell of a protected sheet. Typing
   * into a merged area writes its top-left cell, the only one Excel keeps.
   */
  type(id: string, typed: string, text: string): { ok: true } | { ok: false; message: string } {
    const ws = this.sheet(id);
    if (!parseCell(typed)) return { ok: false, message: `Địa chỉ ô không hợp lệ: ${typed}` };
    const address = ws.anchorOf(typed);
    const p = parseCell(address)!;
    const cell = ws.cellAt(p.row, p.col);
    if (ws.protected && cell.locked)
      return {
        ok: false,
        message: `Ô ${address} đã khóa: trang tính được bảo vệ, chỉ sửa được các ô nhập liệu.`,
      };
    const t = text.trim();
    const list = this.listOf(id, address);
    if (list && cell.validation?.stop && t !== '' && !list.includes(t))
      return {
        ok: false,
        message: cell.validation.message
          ? `Ô ${address}: ${cell.validation.message}`
          : `Ô ${address}: "${t}" không có trong danh sách được chọn.`,
      };
    delete cell.formula;
    cell.value =
      cell.format !== '@' && /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(t) ? Number(t) : t.startsWith('=') ? '' : text;
    if (t.startsWith('=') && cell.format !== '@') cell.formula = t;
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
        return [...book.settings].map(([k, value]) => ({ key: k, value }));
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
      }),
      add: (k: string, value: string) => {
        book.settings.set(k, value);
      },
    };
    const worksheets = {
      get items() {
        return book.sheets.map((s) => book.worksheet(s));
      },
      load: () => worksheets,
      add: (name: string) => {
        if (book.sheets.some((s) => s.name === name)) throw new Error(`ItemAlreadyExists: ${name}`);
        const s = new PreviewSheet(`preview-${++book.added}`, name);
        book.sheets.push(s);
        return book.worksheet(s);
      },
      getItem: (id: string) => book.worksheet(book.sheet(id)),
    };
    return { settings, worksheets };
  }

  private worksheet(s: PreviewSheet) {
    const protection = {
      get protected() {
        return s.protected;
      },
      load: () => protection,
      protect: () => {
        s.protected = true;
      },
      unprotect: () => {
        s.protected = false;
      },
    };
    const ws = {
      get id() {
        return s.id;
      },
      get name() {
        return s.name;
      },
      set name(v: string) {
        s.name = v;
      },
      protection,
      load: () => ws,
      activate: () => {
        this.activeId = s.id;
      },
      getRange: (address?: string) => this.range(s, address),
      freezePanes: {
        freezeRows: (n: number) => {
          s.frozenRows = n;
        },
      },
      pageLayout: {
        set orientation(v: string) {
          s.print.orientation = v;
        },
        set zoom(v: { horizontalFitToPages?: number }) {
          s.print.fitToWidth = v.horizontalFitToPages === 1;
        },
        setPrintArea: (a: string) => {
          s.print.area = a;
        },
        setPrintTitleRows: (rows: string) => {
          s.print.titleRows = rows;
        },
        headersFooters: { defaultForAllPages: {} },
      },
      charts: this.charts(s),
    };
    return ws;
  }

  private charts(s: PreviewSheet) {
    const item = (c: PreviewChart) => ({
      get name() {
        return c.name;
      },
      set name(v: string) {
        c.name = v;
      },
      title: {
        set text(v: string) {
          c.title = v;
        },
      },
      legend: {},
      setPosition: (from: string, to?: string) => {
        c.position = [from, to];
      },
      delete: () => {
        const i = s.charts.indexOf(c);
        if (i >= 0) s.charts.splice(i, 1);
      },
    });
    const charts = {
      get items() {
        return s.charts.map(item);
      },
      load: () => charts,
      add: (type: string, source: { address?: string }, _seriesBy?: string) => {
        const c: PreviewChart = { name: '', type, source: source.address ?? '', title: '', position: null };
        s.charts.push(c);
        return item(c);
      },
    };
    return charts;
  }

  private range(s: PreviewSheet, address?: string) {
    const rect: Rect = address ? parseAddress(address) : { r1: 1, c1: 0, r2: null, c2: null };
    const each = (f: (cell: Cell, r: number, c: number) => void) => {
      for (const [r, c] of s.positions(rect)) f(s.cellAt(r, c), r, c);
    };
    const matrix = <T>(f: (cell: Cell) => T): T[][] => {
      const out: T[][] = [];
      for (const [r, c] of s.positions(rect)) {
        const row = r - rect.r1;
        out[row] ??= [];
        out[row].push(f(s.cells.get(key(r, c)) ?? blank()));
      }
      return out;
    };
    /** A 2D write; a single value is spread over the whole range, as Excel does. */
    const write = (data: unknown[][], f: (cell: Cell, v: unknown) => void) => {
      const single = data.length === 1 && data[0]!.length === 1;
      each((cell, r, c) => {
        const v = single ? data[0]![0] : data[r - rect.r1]?.[c - rect.c1];
        if (v !== undefined) f(cell, v);
      });
    };
    const setFormat = (f: (cell: Cell) => void) => each(f);
    const range = {
      address,
      load: () => range,
      get values() {
        return matrix((c) => c.value);
      },
      set values(data: unknown[][]) {
        write(data, (cell, v) => {
          delete cell.formula;
          cell.value = v as CellValue;
        });
      },
      get formulas() {
        return matrix((c) => c.formula ?? c.value);
      },
      set formulas(data: unknown[][]) {
        write(data, (cell, v) => {
          if (typeof v === 'string' && v.startsWith('=')) {
            cell.formula = v;
            cell.value = '';
          } else {
            delete cell.formula;
            cell.value = v as CellValue;
          }
        });
      },
      get numberFormat() {
        return matrix((c) => c.format);
      },
      set numberFormat(data: unknown[][]) {
        write(data, (cell, v) => {
          cell.format = String(v);
        });
      },
      merge: (across?: boolean) => {
        s.merge(rect, across === true);
      },
      unmerge: () => {
        s.unmerge(rect);
      },
      /** Cells go whole (the only `applyTo` the adapter uses); clearing formats unmerges, as in Excel. */
      clear: (applyTo: string = 'All') => {
        for (const [r, c] of [...s.positions(rect)]) s.cells.delete(key(r, c));
        if (applyTo === 'All' || applyTo === 'Formats') s.unmerge(rect);
      },
      select: () => {
        s.selection = address ?? 'A1';
        this.activeId = s.id;
      },
      set columnHidden(v: boolean) {
        for (let c = rect.c1; c <= (rect.c2 ?? rect.c1); c++)
          if (v) s.hiddenColumns.add(c);
          else s.hiddenColumns.delete(c);
      },
      dataValidation: {
        clear: () =>
          each((c) => {
            delete c.validation;
          }),
        ignoreBlanks: true,
        prompt: {},
        /** Only list rules are kept (and enforced by `type`); decimal rules are the scoring sheet's warnings. */
        set rule(r: { list?: { source: string } }) {
          if (r.list)
            each((c) => {
              c.validation = { source: r.list!.source, stop: true };
            });
        },
        set errorAlert(a: { style?: string; message?: string }) {
          each((c) => {
            if (!c.validation) return;
            c.validation.stop = a.style === 'Stop';
            if (a.message) c.validation.message = a.message;
          });
        },
      },
      conditionalFormats: {
        add: (type: string) => {
          if (type !== 'Custom')
            throw new Error(`InvalidArgument: xem thử chỉ hỗ trợ định dạng có điều kiện "Custom"`);
          const rule: PreviewRule = { address: address ?? '', rect, formula: '', fill: null };
          s.rules.push(rule);
          return {
            custom: {
              rule: {
                set formula(v: string) {
                  rule.formula = v;
                },
              },
              format: {
                fill: {
                  set color(v: string) {
                    rule.fill = v;
                  },
                },
                font: {},
              },
            },
          };
        },
        clearAll: () => {
          if (!address) s.rules.length = 0;
          else s.rules.splice(0, s.rules.length, ...s.rules.filter((r) => r.address !== address));
        },
      },
      format: {
        font: {
          set bold(v: boolean) {
            setFormat((c) => {
              c.bold = v;
            });
          },
          set italic(v: boolean) {
            setFormat((c) => {
              c.italic = v;
            });
          },
          set color(v: string) {
            setFormat((c) => {
              c.color = v;
            });
          },
        },
        fill: {
          set color(v: string) {
            setFormat((c) => {
              c.fill = v;
            });
          },
          clear: () =>
            setFormat((c) => {
              delete c.fill;
            }),
        },
        set horizontalAlignment(v: string) {
          setFormat((c) => {
            c.hAlign = v;
          });
        },
        set wrapText(v: boolean) {
          setFormat((c) => {
            c.wrap = v;
          });
        },
        set columnWidth(points: number) {
          for (let c = rect.c1; c <= (rect.c2 ?? rect.c1); c++) s.columnWidths.set(c, points);
        },
        autofitRows: noopFn,
        borders: { getItem: () => ({}) },
        protection: {
          set locked(v: boolean) {
            setFormat((c) => {
              c.locked = v;
            });
          },
        },
      },
    };
    return range;
  }
}

function noopFn(): void {}

/** Column letters of a sheet, for the grid's header row. */
export const columnLetters = (n: number) => Array.from({ length: n }, (_, i) => colLetter(i));
