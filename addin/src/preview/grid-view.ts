/**
 * Draws the preview workbook as an HTML grid: sheet tabs, a formula bar for the selected cell, and the active
 * sheet's cells with their values, bold, alignment, fills (the marks, and conditional formats where their rule
 * holds), merged areas as one cell (./grid-model.ts), values under their number formats in the Vietnamese
 * locale (./number-format.ts) and the selection; under it, captions for the sheet's protection, print setup
 * and charts. As in Excel: a click selects the cell under the pointer (a text running over it does not take
 * the click), typing in the bar and Enter/Tab commits and moves, Escape restores, the arrows move when
 * nothing is being edited; locked cells refuse, and an entry its validation forbids shows Excel's alert
 * (./grid-alert.ts).
 */

import { previewText } from '../messages/preview';
import { colLetter } from '../sheets/a1';
import { h } from '../taskpane/dom';
import { parseAddress } from './address';
import { closeAlert, showAlert } from './grid-alert';
import { gridModel, moveFrom } from './grid-model';
import { editText, formatValue } from './number-format';
import type { Cell, PreviewSheet } from './sheet';
import type { PreviewWorkbook } from './workbook';

export function mountGrid(root: HTMLElement, book: PreviewWorkbook): { render: () => void } {
  const address = h('span', { id: 'preview-address', class: 'address' });
  const input = h('input', {
    id: 'preview-input',
    type: 'text',
    'aria-label': previewText.cellInput,
    autocomplete: 'off',
    list: 'preview-options',
  });
  // A drop-down list's values (list validation), offered while typing into such a cell.
  const options = h('datalist', { id: 'preview-options' });
  const note = h('p', { id: 'preview-note', class: 'note', 'aria-live': 'polite' });
  const alertBox = h('div', {
    id: 'preview-alert',
    class: 'alert',
    role: 'alertdialog',
    'aria-labelledby': 'preview-alert-title',
    hidden: true,
  });
  const tabs = h('nav', { id: 'preview-tabs', class: 'tabs' });
  const grid = h('div', { id: 'preview-grid', class: 'grid' });
  const extras = h('div', { id: 'preview-extras', class: 'extras' });
  const form = h('form', { id: 'preview-bar', class: 'bar' }, address, input, options);
  root.replaceChildren(h('h2', {}, previewText.heading), tabs, form, note, alertBox, grid, extras);

  // The bar's text when the cell was selected: a different text is an edit (Enter/Tab commit it, Escape
  // restores it, arrows move the caret); without one the arrows move the selection, as in Excel.
  let original = '';
  const load = (ws: PreviewSheet, addr: string) => {
    options.replaceChildren(...(book.listOf(ws.id, addr) ?? []).map((v) => h('option', { value: v })));
    const cell = ws.get(addr);
    original = editText(cell.value, cell.format);
    input.value = original;
    input.focus();
    input.select();
  };
  const go = (addr: string) => {
    const ws = book.active;
    if (!ws) return;
    closeAlert(alertBox);
    book.select(ws.id, addr);
    load(ws, ws.selection!);
  };
  /** Commits the bar's edit, then moves by (dRow, dCol); a refusal shows its alert and stays. */
  const commit = (dRow: number, dCol: number) => {
    const ws = book.active;
    const at = ws?.selection;
    if (!ws || !at) return;
    const moveOn = () => go(moveFrom(ws, at, dRow, dCol));
    const r = input.value === original ? ({ ok: true } as const) : book.type(ws.id, at, input.value);
    note.textContent = r.ok ? '' : r.message;
    if (r.ok) return moveOn();
    if (!r.alert) return;
    showAlert(alertBox, r.alert, (choice) => {
      note.textContent = '';
      if (choice === 'keep' && book.type(ws.id, at, input.value, true).ok) return moveOn();
      if (choice === 'cancel') input.value = original;
      input.focus();
      input.select();
    });
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    commit(1, 0);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      closeAlert(alertBox);
      note.textContent = '';
      input.value = original;
      input.select();
      return;
    }
    const step = keyStep(e, input.value !== original);
    if (!step) return;
    e.preventDefault();
    commit(...step);
  });

  const render = () => {
    const ws = book.active;
    tabs.replaceChildren(
      ...book.sheets.map((s) =>
        h(
          'button',
          {
            type: 'button',
            class: s === ws ? 'tab active' : 'tab',
            onclick: () => {
              book.activeId = s.id;
              render();
            },
          },
          s.name,
        ),
      ),
    );
    if (!ws) {
      grid.replaceChildren(h('p', { class: 'muted' }, previewText.empty));
      address.textContent = '';
      extras.replaceChildren();
      return;
    }
    address.textContent = ws.selection ?? '';
    if (ws.selection && document.activeElement !== input) {
      const cell = ws.get(ws.selection);
      original = editText(cell.value, cell.format);
      input.value = original;
    }
    grid.replaceChildren(table(ws, go));
    extras.replaceChildren(...captions(ws));
  };
  render();
  return { render };
}

/** The move a key asks for: Enter down (Shift up), Tab right (Shift left), arrows when not editing. */
function keyStep(e: KeyboardEvent, editing: boolean): [number, number] | null {
  const back = e.shiftKey ? -1 : 1;
  if (e.key === 'Enter') return [back, 0];
  if (e.key === 'Tab') return [0, back];
  if (editing) return null;
  const arrows: Record<string, [number, number]> = {
    ArrowDown: [1, 0],
    ArrowUp: [-1, 0],
    ArrowRight: [0, 1],
    ArrowLeft: [0, -1],
  };
  return arrows[e.key] ?? null;
}

const shown = (cell: Cell) => formatValue(cell.value, cell.format);
const shownAt = (ws: PreviewSheet, r: number, c: number) => {
  const cell = ws.cells.get(`${r},${c}`);
  return cell ? shown(cell) : '';
};

const ALIGN: Record<string, string> = { Left: 'left', Center: 'center', Right: 'right', Justify: 'justify' };

function table(ws: PreviewSheet, select: (address: string) => void): HTMLTableElement {
  const model = gridModel(ws);
  const head = h(
    'tr',
    {},
    h('th', {}),
    ...model.cols.map((c) => {
      const th = h('th', { scope: 'col' }, colLetter(c));
      const width = ws.columnWidths.get(c);
      if (width) th.style.minWidth = `${Math.min(width, 320)}px`;
      return th;
    }),
  );
  const rows = model.rows.map(({ row, cells }) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, String(row)),
      ...cells.map(({ address: addr, cell, rowSpan, colSpan, fill: fillColour, overflow }) => {
        const classes = [
          cell?.bold ? 'bold' : '',
          cell?.italic ? 'italic' : '',
          cell && !cell.locked ? 'input' : '',
          cell?.formula ? 'formula' : '',
          ws.selection === addr ? 'selected' : '',
          typeof cell?.value === 'number' ? 'number' : '',
          rowSpan > 1 || colSpan > 1 ? 'merged' : '',
        ].filter(Boolean);
        const td = h(
          'td',
          {
            'data-address': addr,
            class: classes.join(' '),
            ...(cell?.formula ? { title: cell.formula } : {}),
            ...(rowSpan > 1 ? { rowspan: String(rowSpan) } : {}),
            ...(colSpan > 1 ? { colspan: String(colSpan) } : {}),
            onclick: () => select(addr),
          },
          overflow ? h('span', { class: 'overflow' }, shown(cell!)) : cell ? shown(cell) : '',
        );
        if (fillColour) td.style.background = fillColour;
        if (fillColour) td.dataset.fill = fillColour;
        const align = cell?.hAlign && ALIGN[cell.hAlign];
        if (align) td.style.textAlign = align;
        return td;
      }),
    ),
  );
  return h('table', {}, h('thead', {}, head), h('tbody', {}, ...rows));
}

/** What the grid cannot draw, said in words: protection, print setup, and each chart with its data. */
function captions(ws: PreviewSheet): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (ws.protected) out.push(h('p', { class: 'caption protected' }, previewText.protectedSheet));
  const p = ws.print;
  if (p.orientation || p.titleRows)
    out.push(
      h(
        'p',
        { class: 'caption print' },
        previewText.print(p.orientation === 'Landscape', p.fitToWidth === true, p.titleRows),
      ),
    );
  for (const chart of ws.charts) {
    const rect = parseAddress(chart.source);
    const rows = Array.from({ length: (rect.r2 ?? rect.r1) - rect.r1 + 1 }, (_, i) => rect.r1 + i);
    out.push(
      h(
        'figure',
        { class: 'chart', 'data-chart': chart.name },
        h('figcaption', {}, previewText.chart(chart.title, chart.source)),
        h(
          'ul',
          {},
          ...rows.map((r) =>
            h('li', {}, `${shownAt(ws, r, rect.c1)}: ${shownAt(ws, r, rect.c2 ?? rect.c1)}`),
          ),
        ),
      ),
    );
  }
  return out;
}
