/**
 * Draws the preview workbook as an HTML grid: sheet tabs, a formula bar for the selected cell, and the active
 * sheet's cells with their values, bold, alignment, fills (the marks, and conditional formats where their rule
 * holds), merged areas as one cell (./grid-model.ts) and the selection; under it, captions for the sheet's protection, print setup and charts. Clicking a cell selects it;
 * typing in the bar and pressing Enter writes it as a person would in Excel (locked cells refuse).
 */

import { previewText } from '../messages/preview';
import { colLetter } from '../sheets/a1';
import { h } from '../taskpane/dom';
import { parseAddress } from './address';
import { gridModel } from './grid-model';
import type { PreviewSheet } from './sheet';
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
  const tabs = h('nav', { id: 'preview-tabs', class: 'tabs' });
  const grid = h('div', { id: 'preview-grid', class: 'grid' });
  const extras = h('div', { id: 'preview-extras', class: 'extras' });
  const form = h('form', { id: 'preview-bar', class: 'bar' }, address, input, options);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const ws = book.active;
    if (!ws?.selection) return;
    const r = book.type(ws.id, ws.selection, input.value);
    note.textContent = r.ok ? '' : r.message;
  });
  root.replaceChildren(h('h2', {}, previewText.heading), tabs, form, note, grid, extras);

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
    if (ws.selection && document.activeElement !== input) input.value = String(ws.get(ws.selection).value);
    grid.replaceChildren(
      table(ws, (addr) => {
        book.select(ws.id, addr);
        options.replaceChildren(...(book.listOf(ws.id, addr) ?? []).map((v) => h('option', { value: v })));
        input.value = String(ws.get(addr).value);
        input.focus();
        input.select();
      }),
    );
    extras.replaceChildren(...captions(ws));
  };
  render();
  return { render };
}

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
          overflow ? h('span', { class: 'overflow' }, String(cell!.value)) : cell ? String(cell.value) : '',
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
            h(
              'li',
              {},
              `${ws.cells.get(`${r},${rect.c1}`)?.value ?? ''}: ${ws.cells.get(`${r},${rect.c2 ?? rect.c1}`)?.value ?? ''}`,
            ),
          ),
        ),
      ),
    );
  }
  return out;
}
