/**
 * "Bảng xếp hạng": every group's ranking in ONE worksheet, one row per unit with the group in the first
 * columns (decision 0014: filter and sort across groups, one identity to replace in place), rows coloured
 * by classification through conditional formats, and a bar chart of totals for groups small enough to read.
 */

import { formatInstantVn } from '../../../shared/time';
import type { GroupRanking } from '../api/secretariat';
import { tableText } from '../messages/tables';
import { area, cell } from '../sheets/a1';
import {
  Block,
  classFill,
  classificationOrder,
  formulaText,
  frameStyles,
  landscapePrint,
  safeSheetName,
} from './block';
import type { ChartSpec, ConditionalRule, TablePlan } from './types';

const T = tableText.rankings;
export const RANKINGS_HEADER_ROW = 4;
/** A chart is drawn for a group with at least 2 and at most this many ranked units. */
export const CHART_MAX_UNITS = 40;
const CHART_ROWS = 18;

export interface RankingsInput {
  campaign: string;
  /** The campaign's title, for the sheet's heading. */
  title: string;
  groups: readonly GroupRanking[];
  /** Classification labels best first (from the templates); by default in order of first appearance. */
  classifications?: readonly string[];
}

/** Column indexes of the ranking sheet; sections follow `classification`, the vote columns follow them. */
export function rankingColumns(sections: readonly string[]) {
  const base = { groupCode: 0, group: 1, rank: 2, unit: 3, name: 4, total: 5, classification: 6 };
  const first = 7;
  const votes = first + sections.length;
  return {
    ...base,
    section: (i: number) => first + i,
    votes,
    voteShare: votes + 1,
    leading: votes + 2,
    status: votes + 3,
    count: votes + 4,
  };
}

const unique = (xs: Iterable<string>) => [...new Set(xs)];

export function rankingsTable(input: RankingsInput): TablePlan {
  const sections = unique(input.groups.flatMap((g) => g.rows.flatMap((r) => Object.keys(r.sections))));
  const C = rankingColumns(sections);
  const H = RANKINGS_HEADER_ROW;
  const count = input.groups.reduce((s, g) => s + g.rows.length, 0);
  const lastRow = H + Math.max(count, 1);
  const b = new Block(lastRow, C.count);
  const lastCol = C.count - 1;
  const generatedAt = input.groups[0]?.generatedAt;

  b.set(1, 0, T.title(input.title));
  b.set(2, 0, T.subtitle(generatedAt ? formatInstantVn(generatedAt) : '—', input.groups.length, count));
  const header: Array<[number, string]> = [
    [C.groupCode, T.header.groupCode],
    [C.group, T.header.group],
    [C.rank, T.header.rank],
    [C.unit, T.header.unit],
    [C.name, T.header.name],
    [C.total, T.header.total],
    [C.classification, T.header.classification],
    ...sections.map((s, i): [number, string] => [C.section(i), T.header.section(s)]),
    [C.votes, T.header.votes],
    [C.voteShare, T.header.voteShare],
    [C.leading, T.header.leading],
    [C.status, T.header.status],
  ];
  for (const [col, text] of header) b.set(H, col, text);

  const charts: ChartSpec[] = [];
  let row = H + 1;
  for (const g of input.groups) {
    const first = row;
    for (const r of g.rows) {
      b.set(row, C.groupCode, g.group);
      b.set(row, C.group, g.name ?? g.group);
      b.set(row, C.rank, r.rank);
      b.set(row, C.unit, r.unit);
      b.set(row, C.name, r.name);
      b.set(row, C.total, r.total);
      b.set(row, C.classification, r.classification);
      sections.forEach((s, i) => {
        b.set(row, C.section(i), r.sections[s]);
      });
      b.set(row, C.votes, r.votes);
      b.set(row, C.voteShare, r.voteShare, '0.0%');
      if (r.leading) b.set(row, C.leading, T.leading);
      b.set(row, C.status, tableText.status[r.status] ?? r.status);
      row++;
    }
    // Ranked rows come first (unranked units last, total null): the chart covers exactly those.
    const ranked = g.rows.filter((r) => r.total !== null).length;
    if (ranked >= 2 && ranked <= CHART_MAX_UNITS) {
      const top = H + 1 + charts.length * (CHART_ROWS + 2);
      charts.push({
        name: `thidua-chart-${g.group}`,
        title: T.chart(g.name ?? g.group),
        source: area(first, C.name, first + ranked - 1, C.total),
        type: 'BarClustered',
        from: cell(top, lastCol + 2),
        to: cell(top + CHART_ROWS, lastCol + 9),
      });
    }
  }
  if (!count) b.set(H + 1, 0, T.empty);

  const frame = { subtitleTo: 2, header: H, headerTo: H, lastRow, lastCol };
  const widths = Array.from({ length: C.count }, () => 10);
  widths[C.group] = 24;
  widths[C.name] = 32;
  widths[C.classification] = 14;
  widths[C.status] = 14;

  return {
    name: safeSheetName(T.sheet),
    identity: { kind: 'rankings', campaign: input.campaign },
    source: generatedAt ?? '',
    rows: lastRow,
    cols: C.count,
    values: b.values,
    numberFormats: b.formats,
    merges: [],
    styles: frameStyles(frame),
    widths,
    conditional: count ? classificationRules(input, b, C.classification, lastRow, lastCol) : [],
    charts,
    freezeRows: H,
    readOnly: false,
    print: landscapePrint(frame),
  };
}

/** One rule per classification label: the whole row filled with that label's colour. */
function classificationRules(
  input: RankingsInput,
  b: Block,
  col: number,
  lastRow: number,
  lastCol: number,
): ConditionalRule[] {
  const seen = unique(input.groups.flatMap((g) => g.rows.map((r) => r.classification ?? '')).filter(Boolean));
  const order = classificationOrder(input.classifications, seen);
  const first = RANKINGS_HEADER_ROW + 1;
  const letter = cell(first, col).replace(/\d+$/, '');
  return order.map((label, i) => ({
    address: area(first, 0, lastRow, lastCol),
    formula: `=$${letter}${first}=${formulaText(label)}`,
    fill: classFill(i),
    matches: b.values
      .map((r, k) => (k + 1 >= first && r[col] === label ? area(k + 1, 0, k + 1, lastCol) : null))
      .filter((a): a is string => a !== null),
  }));
}
