/**
 * Under the council's consolidated matrix: every score an appraisal changed, with its author and reason, and
 * the conflict flag where a candidate of the group's vote changed a rival's sheet (the Worker's `changes` and
 * `conflicts`, shared/appraisal-changes.ts), headed by the group's summary so the council sees it at a glance.
 * In the matrix the flagged appraised cells get their own fill over the yellow of a changed score.
 */
import { formatInstantVn } from '../../../shared/time';
import type { Consolidated } from '../api/secretariat';
import { tableText } from '../messages/tables';
import { area } from '../sheets/a1';
import type { StyleBlock } from '../sheets/types';
import type { Block } from './block';

const T = tableText.consolidatedChanges;
/** Fill of an appraised score changed by a candidate on a rival's sheet. */
export const CONFLICT_FILL = '#FFC7CE';
/** Columns the list takes: unit, criterion, self, appraised, difference, reason, appraiser, flag. */
export const CHANGES_COLS = 8;

/** Rows the list takes under the matrix (a blank row, the summary, the header, one per change); 0 if none. */
export function changesRows(g: Consolidated): number {
  const n = g.changes?.length ?? 0;
  return n === 0 ? 0 : 3 + n;
}

/**
 * Writes the list from row `start` (the blank row before it) and returns its styles; `cellOf` gives the
 * matrix address of a unit's appraised score of a criterion, for the flagged fills.
 */
export function writeChanges(
  b: Block,
  g: Consolidated,
  start: number,
  cellOf: (unit: string, criterion: string) => string | null,
): StyleBlock[] {
  const changes = g.changes ?? [];
  if (changes.length === 0) return [];
  const summary = start + 1;
  const header = start + 2;
  const c = g.conflicts;
  const by = (c?.byAppraiser ?? []).map((x) => T.byCandidate(x.unit, x.changes, x.sheets.length, x.delta));
  b.set(summary, 0, c && c.changes > 0 ? T.summary(c.changes, by.join('; ')) : T.noConflict(changes.length));
  T.columns.forEach((label, col) => {
    b.set(header, col, label);
  });
  const flagged: StyleBlock[] = [];
  changes.forEach((x, k) => {
    const row = header + 1 + k;
    const who = x.appraiser
      ? `${x.appraiser.label}${x.appraiser.unit ? ` (${x.appraiser.unit})` : ''}`
      : T.unknown;
    const when = x.appraisedAt ? ` · ${formatInstantVn(x.appraisedAt)}` : '';
    b.set(row, 0, x.unit);
    b.set(row, 1, x.criterion);
    b.set(row, 2, x.self);
    b.set(row, 3, x.appraised);
    b.set(row, 4, x.delta);
    b.set(row, 5, x.reason);
    b.set(row, 6, `${who}${when}`);
    b.set(row, 7, x.conflict ? T.conflict : '');
    if (!x.conflict) return;
    flagged.push({ address: area(row, 0, row, CHANGES_COLS - 1), fill: CONFLICT_FILL });
    const cell = cellOf(x.unit, x.criterion);
    if (cell) flagged.push({ address: cell, fill: CONFLICT_FILL, bold: true });
  });
  const last = header + changes.length;
  return [
    {
      address: area(summary, 0, summary, CHANGES_COLS - 1),
      bold: true,
      ...(c?.changes ? { color: '#9C0006' } : {}),
    },
    { address: area(header, 0, header, CHANGES_COLS - 1), bold: true, wrap: true },
    { address: area(header, 0, last, CHANGES_COLS - 1), grid: true },
    ...flagged,
  ];
}
