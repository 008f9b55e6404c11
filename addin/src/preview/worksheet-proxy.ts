/**
 * The `Excel.Worksheet` slice of a preview sheet that the adapter uses: name, protection, activation,
 * frozen rows, page layout and charts (recorded on the sheet), and its ranges (./range-proxy.ts).
 */
import { rangeProxy } from './range-proxy';
import type { PreviewChart, PreviewSheet } from './sheet';

/** What a worksheet proxy changes on its workbook: which sheet is active. */
export interface ActiveSheet {
  activeId: string | null;
  /** The workbook's sheets, in tab order (a deleted sheet leaves it). */
  sheets: PreviewSheet[];
}

export function worksheetProxy(book: ActiveSheet, s: PreviewSheet) {
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
    /** The tab's place (0-based); setting it moves the tab there, as Excel does. */
    get position() {
      return book.sheets.indexOf(s);
    },
    set position(i: number) {
      book.sheets.splice(book.sheets.indexOf(s), 1);
      book.sheets.splice(Math.min(i, book.sheets.length), 0, s);
    },
    protection,
    load: () => ws,
    activate: () => {
      book.activeId = s.id;
    },
    delete: () => {
      book.sheets.splice(book.sheets.indexOf(s), 1);
      if (book.activeId === s.id) book.activeId = null;
    },
    getRange: (address?: string) => rangeProxy(book, s, address),
    freezePanes: {
      freezeRows: (n: number) => {
        s.frozenRows = n;
      },
      // "A1:C6": the top-left block that stays put.
      freezeAt: (a: string) => {
        const m = /^A1:([A-Z]+)(\d+)$/.exec(a);
        if (!m) return;
        s.frozenRows = Number(m[2]);
        s.frozenColumns = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      },
    },
    pageLayout: {
      set orientation(v: string) {
        s.print.orientation = v;
      },
      set paperSize(v: string) {
        s.print.paper = v;
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
      setPrintTitleColumns: (cols: string) => {
        s.print.titleColumns = cols;
      },
      headersFooters: { defaultForAllPages: {} },
    },
    charts: chartsProxy(s),
  };
  return ws;
}

/** A sheet's chart collection: charts are recorded as the adapter describes them, shown as captions. */
function chartsProxy(s: PreviewSheet) {
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
