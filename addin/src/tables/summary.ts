/**
 * "Tổng hợp", the first sheet of the council's workbook (decision 0033): one row per unit of every group of a
 * snapshot — group, rank, code, name, the section totals, total, classification, the group's ballot result
 * (votes, share, threshold reached) and the unit's nominations with their status — so the council reads the
 * outcome on one page before the criterion matrices. Rows are filled by classification (plain fills: the
 * figures are frozen); the group and unit columns and the header stay put while scrolling.
 */
import type { NominationView } from '../../../shared/contract/nominations';
import type { GroupRanking } from '../api/secretariat';
import { councilTableText } from '../messages/council-tables';
import { nominationSheetText } from '../messages/nominations';
import { area } from '../sheets/a1';
import type { StyleBlock } from '../sheets/types';
import { Block, classFill, classificationOrder, frameStyles, landscapePrint, safeSheetName } from './block';
import { SNAPSHOT_HEADER_ROW, writeSnapshotHead } from './snapshot-head';
import type { SnapshotTablesInput } from './snapshot-tables';
import type { TablePlan } from './types';

const T = councilTableText.summary;
/** Group, rank, code, name: frozen at the left. */
export const SUMMARY_FROZEN_COLS = 4;

/** Column indexes: the sections follow the name, then total, classification, votes and nominations. */
export function summaryColumns(sections: readonly string[]) {
  const first = SUMMARY_FROZEN_COLS;
  const total = first + sections.length;
  return {
    group: 0,
    rank: 1,
    unit: 2,
    name: 3,
    section: (i: number) => first + i,
    total,
    classification: total + 1,
    votes: total + 2,
    voteShare: total + 3,
    leading: total + 4,
    nominations: total + 5,
    count: total + 6,
  };
}

/** A unit's nominations as lines "award · nominee: status" (collective ones name the kind). */
export function nominationLines(items: readonly NominationView[], unit: string): string {
  const kinds = nominationSheetText.kind as Record<string, string>;
  return items
    .filter((n) => n.nominee.unit === unit)
    .map((n) =>
      T.nomination(
        n.award,
        n.nominee.name ?? kinds[n.nominee.kind] ?? n.nominee.kind,
        nominationSheetText.status[n.status] ?? n.status,
      ),
    )
    .join('\n');
}

const unique = (xs: Iterable<string>) => [...new Set(xs)];

export function summaryTable(input: SnapshotTablesInput): TablePlan {
  const groups: readonly GroupRanking[] = input.snapshot.rankings;
  const sections = unique(groups.flatMap((g) => g.rows.flatMap((r) => Object.keys(r.sections))));
  const C = summaryColumns(sections);
  const H = SNAPSHOT_HEADER_ROW;
  const count = groups.reduce((s, g) => s + g.rows.length, 0);
  const lastRow = H + Math.max(count, 1);
  const lastCol = C.count - 1;
  const b = new Block(lastRow, C.count);
  writeSnapshotHead(b, T.title(input.title), input.snapshot);
  b.set(4, 0, T.legend);
  const h = T.header;
  const header: Array<[number, string]> = [
    [C.group, h.group],
    [C.rank, h.rank],
    [C.unit, h.unit],
    [C.name, h.name],
    ...sections.map((s, i): [number, string] => [C.section(i), h.section(s)]),
    [C.total, h.total],
    [C.classification, h.classification],
    [C.votes, h.votes],
    [C.voteShare, h.voteShare],
    [C.leading, h.leading],
    [C.nominations, h.nominations],
  ];
  for (const [col, text] of header) b.set(H, col, text);

  const labels = classificationOrder(
    input.classifications,
    groups.flatMap((g) => g.rows.flatMap((r) => (r.classification ? [r.classification] : []))),
  );
  const styles: StyleBlock[] = [];
  let row = H + 1;
  for (const g of groups) {
    for (const r of g.rows) {
      b.set(row, C.group, g.name || g.group);
      b.set(row, C.rank, r.rank);
      b.set(row, C.unit, r.unit);
      b.set(row, C.name, r.name);
      sections.forEach((s, i) => {
        b.set(row, C.section(i), r.sections[s]);
      });
      b.set(row, C.total, r.total);
      b.set(row, C.classification, r.classification);
      b.set(row, C.votes, r.votes);
      b.set(row, C.voteShare, r.voteShare, '0.0%');
      if (r.leading) b.set(row, C.leading, T.leading);
      const lines = nominationLines(input.snapshot.nominations, r.unit);
      if (lines) b.set(row, C.nominations, lines);
      if (r.classification) {
        styles.push({
          address: area(row, 0, row, lastCol),
          fill: classFill(labels.indexOf(r.classification)),
        });
      }
      row++;
    }
  }
  if (!count) b.set(H + 1, 0, T.empty);

  const frame = { subtitleTo: 4, header: H, headerTo: H, lastRow, lastCol };
  const widths = Array.from({ length: C.count }, () => 9);
  widths[C.group] = 20;
  widths[C.rank] = 6;
  widths[C.unit] = 12;
  widths[C.name] = 32;
  widths[C.classification] = 14;
  widths[C.nominations] = 44;
  return {
    name: safeSheetName(T.sheet),
    identity: { kind: 'summary', campaign: input.campaign },
    source: input.snapshot.id,
    rows: lastRow,
    cols: C.count,
    values: b.values,
    numberFormats: b.formats,
    merges: [],
    styles: [
      ...frameStyles(frame),
      ...styles,
      { address: area(H + 1, C.nominations, lastRow, C.nominations), wrap: true },
    ],
    widths,
    conditional: [],
    charts: [],
    freezeRows: H,
    freezeColumns: SUMMARY_FROZEN_COLS,
    readOnly: true,
    // Narrow enough to read one page wide on A4 landscape.
    print: landscapePrint(frame),
  };
}
