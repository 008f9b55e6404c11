/** Renders the outcomes of the sheet session: banners, cell message lists that select the cell, the 409 diff. */

import { formatInstantVn } from '../../../shared/time';
import type { SheetView } from '../api/types';
import { num } from '../messages/numbers';
import { paneText as P } from '../messages/pane';
import { sheetText } from '../messages/sheet';
import type { ServerChange } from '../sheets/conflict';
import type { CellMessage } from '../sheets/read-back';
import { h } from './dom';

export type Tone = 'info' | 'ok' | 'warn' | 'error';

export function banner(tone: Tone, text: string): HTMLElement {
  return h('p', { class: `banner ${tone}`, role: tone === 'error' ? 'alert' : 'status' }, text);
}

/** A list of cell messages; clicking one selects its cell in the worksheet. */
export function cellList(
  title: string,
  items: readonly CellMessage[],
  tone: Tone,
  select: (address: string) => void,
): HTMLElement | null {
  if (!items.length) return null;
  return h(
    'section',
    { class: `cells ${tone}` },
    h('h3', {}, title),
    h(
      'ul',
      {},
      ...items.map((m) =>
        h(
          'li',
          {},
          h(
            'button',
            { type: 'button', class: 'link', onclick: () => select(m.address) },
            `${m.address}: ${m.message}`,
          ),
        ),
      ),
    ),
  );
}

/** The sheet's facts; `appraisal` for the lead unit's view, where an appraised sheet stays open to appraise. */
export function sheetSummary(sheet: SheetView, mode: 'unit' | 'appraisal' = 'unit'): HTMLElement {
  const status = sheetText.status[sheet.status] ?? sheet.status;
  const appraised = sheet.entries.some((e) => e.appraised !== null) || sheet.status === 'appraised';
  return h(
    'div',
    { class: 'summary' },
    h('p', {}, P.sheet.status(status, sheet.revision)),
    h('p', {}, P.sheet.totals(num(sheet.totals.self), num(sheet.totals.final))),
    sheet.classification ? h('p', {}, P.sheet.classification(sheet.classification)) : null,
    sheet.locksAt ? h('p', {}, P.groups.deadline(formatInstantVn(sheet.locksAt))) : null,
    appraised ? banner('info', P.sheet.appraisedNote) : null,
    mode === 'unit' && (sheet.lockedAt || sheet.status === 'appraised')
      ? banner('warn', P.sheet.locked)
      : null,
  );
}

const show = (v: number | string | null | undefined) =>
  v === null || v === undefined ? '—' : typeof v === 'number' ? num(v) : v;

/** The 409 panel: what changed on the server, and the way forward. */
export function conflictPanel(
  server: SheetView,
  changes: readonly ServerChange[],
  submit: boolean | undefined,
  actions: { resubmit: () => void; reload: () => void },
): HTMLElement {
  return h(
    'section',
    { class: 'conflict' },
    h('h3', {}, P.conflict.heading),
    h('p', {}, P.conflict.intro(server.revision)),
    changes.length
      ? h(
          'table',
          {},
          h('thead', {}, h('tr', {}, ...P.conflict.columns.map((c) => h('th', {}, c)))),
          h(
            'tbody',
            {},
            ...changes.map((c) =>
              h(
                'tr',
                { class: c.conflict ? 'clash' : '' },
                h('td', {}, c.criterion),
                h('td', {}, P.conflict.fields[c.field] ?? c.field),
                h('td', {}, show(c.server)),
                h('td', {}, show(c.mine)),
              ),
            ),
          ),
        )
      : h('p', {}, P.conflict.none),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'button', class: 'primary', onclick: actions.resubmit },
        submit ? P.conflict.resubmit : P.conflict.resave,
      ),
      h('button', { type: 'button', onclick: actions.reload }, P.conflict.reload),
    ),
  );
}
