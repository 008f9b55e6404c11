/**
 * Rankings and quotas flattened for CSV (`?format=csv`): one header row, then one row per unit (every group's
 * ranking one after another, the group named on each row) or per quota rule. Section totals follow the
 * ranking's own columns, one column per section code in the order they first appear.
 */
import type { QuotaList } from '../../../../shared/contract/nominations';
import type { GroupRanking } from '../../../../shared/contract/rankings';
import { wmsg } from '../../messages';
import type { Cell } from './csv';

export function rankingsTable(groups: readonly GroupRanking[]): Cell[][] {
  const sections: string[] = [];
  for (const g of groups)
    for (const r of g.rows)
      for (const s of Object.keys(r.sections)) if (!sections.includes(s)) sections.push(s);
  const h = wmsg.rankingsHeader;
  const header: Cell[] = [h.group, h.groupName, h.rank, h.unit, h.name, h.status, ...sections];
  header.push(h.totalSelf, h.total, h.classification, h.votes, h.voteShare);
  const rows = groups.flatMap((g) =>
    g.rows.map((r): Cell[] => [
      g.group,
      g.name,
      r.rank,
      r.unit,
      r.name,
      wmsg.sheetStatus[r.status] ?? r.status,
      ...sections.map((s) => r.sections[s] ?? null),
      r.totalSelf,
      r.total,
      r.classification,
      r.votes,
      r.voteShare,
    ]),
  );
  return [header, ...rows];
}

export function quotasTable(q: QuotaList): Cell[][] {
  const h = wmsg.quotasHeader;
  return [
    [h.rule, h.label, h.scope, h.limit, h.used, h.over],
    ...q.rules.map((r): Cell[] => [
      r.rule,
      r.label,
      wmsg.quotaScope[r.scope] ?? r.scope,
      r.limit,
      r.used,
      r.over,
    ]),
  ];
}
