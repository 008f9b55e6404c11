/**
 * The council's consolidated sheet of one group, from a snapshot: units × criteria with self, appraised and
 * final scores (three columns per criterion), total, rank and classification; the snapshot's id, date and
 * SHA-256 in the header; every appraised score that differs from the self score filled yellow. The figures are
 * frozen, so the fill is plain (not a conditional format) and the sheet is protected read-only. The rank, code
 * and name columns stay put beside the scores (panes frozen at rows and columns) and the sheet prints on A3
 * landscape at 100 %, page after page across, each repeating the two header rows and the three unit columns
 * (decision 0033: 95 columns squeezed onto one page width could not be read). Under the matrix, every changed
 * score with its author, reason and conflict flag (./consolidated-changes.ts).
 */

import { formatInstantVn } from '../../../shared/time';
import type { Consolidated, SnapshotHead } from '../api/secretariat';
import { tableText } from '../messages/tables';
import { area } from '../sheets/a1';
import type { StyleBlock } from '../sheets/types';
import { Block, CHANGED_FILL, frameStyles, landscapePrint, safeSheetName } from './block';
import { CHANGES_COLS, changesRows, writeChanges } from './consolidated-changes';
import type { TablePlan } from './types';

const T = tableText.consolidated;
/** The criterion row of the two-row header; the self/appraised/final row is the next. */
export const CONSOLIDATED_HEADER_ROW = 5;
const FIRST_CRITERION_COL = 3;

/** Column of a criterion's self (0), appraised (1) or final (2) score. */
export const scoreCol = (criterion: number, which: 0 | 1 | 2) => FIRST_CRITERION_COL + criterion * 3 + which;

export function consolidatedTable(input: {
  campaign: string;
  snapshot: SnapshotHead;
  group: Consolidated;
}): TablePlan {
  const { group: g, snapshot } = input;
  const H = CONSOLIDATED_HEADER_ROW;
  const n = g.criteria.length;
  const totalCol = scoreCol(n, 0);
  const classCol = totalCol + 1;
  const extra = changesRows(g);
  const cols = Math.max(classCol + 1, extra ? CHANGES_COLS : 0);
  const lastCol = classCol;
  const first = H + 2;
  const lastRow = first + Math.max(g.rows.length, 1) - 1;
  const b = new Block(lastRow + extra, cols);
  const h = T.header;
  const groupName = g.name ?? g.group;

  b.set(1, 0, T.title(groupName));
  b.set(2, 0, T.snapshot(snapshot.id, formatInstantVn(snapshot.createdAt)));
  b.set(3, 0, T.sha(snapshot.sha256));
  b.set(4, 0, T.legend);
  const merges: string[] = [];
  for (const [col, text] of [
    [0, h.rank],
    [1, h.unit],
    [2, h.name],
    [totalCol, h.total],
    [classCol, h.classification],
  ] as const) {
    b.set(H, col, text);
    merges.push(area(H, col, H + 1, col));
  }
  g.criteria.forEach((c, i) => {
    b.set(H, scoreCol(i, 0), `${c.code} ${c.title} (${c.max})`);
    merges.push(area(H, scoreCol(i, 0), H, scoreCol(i, 2)));
    b.set(H + 1, scoreCol(i, 0), h.self);
    b.set(H + 1, scoreCol(i, 1), h.appraised);
    b.set(H + 1, scoreCol(i, 2), h.final);
  });

  // Per criterion column, runs of consecutive units whose appraisal changed the score: one fill per run.
  const changed: string[] = [];
  g.rows.forEach((r, k) => {
    const row = first + k;
    b.set(row, 0, r.rank);
    b.set(row, 1, r.unit);
    b.set(row, 2, r.name);
    for (let i = 0; i < n; i++) {
      b.set(row, scoreCol(i, 0), r.self[i]);
      b.set(row, scoreCol(i, 1), r.appraised[i]);
      b.set(row, scoreCol(i, 2), r.final[i]);
    }
    b.set(row, totalCol, r.total);
    b.set(row, classCol, r.classification);
  });
  for (let i = 0; i < n; i++) {
    let start: number | null = null;
    g.rows.forEach((r, k) => {
      const a = r.appraised[i];
      const isChanged = a !== null && a !== undefined && a !== r.self[i];
      if (isChanged && start === null) start = k;
      const endsRun = start !== null && (!isChanged || k === g.rows.length - 1);
      if (endsRun) {
        const end = isChanged ? k : k - 1;
        changed.push(area(first + start!, scoreCol(i, 1), first + end, scoreCol(i, 1)));
        start = null;
      }
    });
  }

  const frame = { subtitleTo: 3, header: H, headerTo: H + 1, lastRow, lastCol };
  const rowOf = new Map(g.rows.map((r, k) => [r.unit, first + k]));
  const critOf = new Map(g.criteria.map((c, i) => [c.code, i]));
  const cellOf = (unit: string, criterion: string) => {
    const row = rowOf.get(unit);
    const i = critOf.get(criterion);
    return row === undefined || i === undefined ? null : area(row, scoreCol(i, 1), row, scoreCol(i, 1));
  };
  const styles: StyleBlock[] = [
    ...frameStyles(frame),
    ...changed.map((address) => ({ address, fill: CHANGED_FILL })),
    // After the yellow fills, so a flagged cell shows the conflict's fill.
    ...writeChanges(b, g, lastRow + 1, cellOf),
  ];
  const widths = Array.from({ length: cols }, () => 9);
  widths[0] = 6;
  widths[1] = 12;
  widths[2] = 30;
  widths[classCol] = 14;

  return {
    name: safeSheetName(T.sheet(g.group)),
    identity: { kind: 'consolidated', campaign: input.campaign, group: g.group },
    source: snapshot.id,
    rows: lastRow + extra,
    cols,
    values: b.values,
    numberFormats: b.formats,
    merges,
    styles,
    widths,
    conditional: [],
    charts: [],
    freezeRows: H + 1,
    freezeColumns: FIRST_CRITERION_COL,
    readOnly: true,
    print: {
      ...landscapePrint({ ...frame, lastRow: lastRow + extra, lastCol: cols - 1 }),
      paper: 'A3',
      titleColumns: '$A:$C',
    },
  };
}
