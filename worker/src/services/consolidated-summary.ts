/**
 * The summary that opens a group's xlsx export (decision 0033): one row per unit in ranking order — rank,
 * code, name, each section's total, total, classification and the ballot result — so the outcome is read
 * before the criterion matrix.
 */
import type { GroupRanking } from '../../../shared/contract/rankings';
import { wmsg } from '../messages';
import type { Cell } from './export/csv';

export function summaryTable(g: GroupRanking): Cell[][] {
  const h = wmsg.consolidatedHeader;
  const s = wmsg.summaryHeader;
  const sections = [...new Set(g.rows.flatMap((r) => Object.keys(r.sections)))];
  const header: Cell[] = [
    h.rank,
    h.unit,
    h.name,
    ...sections.map(s.section),
    h.total,
    h.classification,
    s.votes,
    s.voteShare,
    s.leading,
  ];
  const rows = g.rows.map((r): Cell[] => [
    r.rank,
    r.unit,
    r.name,
    ...sections.map((k) => r.sections[k] ?? null),
    r.total,
    r.classification,
    r.votes,
    r.voteShare,
    r.leading ? s.leadingYes : null,
  ]);
  return [header, ...rows];
}
