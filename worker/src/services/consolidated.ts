/**
 * The council's matrix (contract `GET …/groups/{group}/consolidated`): units × criteria with self, appraised
 * and final scores, the total and the rank, in ranking order, then every changed score with its author and
 * reason, flagged where a candidate of the group's vote changed a rival's sheet. Built from the same ranked
 * rows as the ranking, so the two never disagree; `table` and `changesTable` flatten it for CSV and xlsx.
 */
import {
  type AppraisedSheet,
  type Appraisers,
  appraisalChanges,
  conflictSummary,
  groupCandidates,
} from '../../../shared/appraisal-changes';
import type { Consolidated } from '../../../shared/contract/rankings';
import { criteriaOf } from '../../../shared/plan';
import { finalScore } from '../../../shared/scoring';
import { isoVn } from '../../../shared/time';
import { wmsg } from '../messages';
import type { Cell } from './export/csv';
import type { RankedGroup } from './rankings/compute';
import { entriesOf } from './sheets/state';

export function consolidatedOf(g: RankedGroup): Consolidated {
  const criteria = criteriaOf(g.template).map((c) => ({
    code: c.code,
    title: c.title,
    section: c.section,
    kind: c.kind,
    max: c.max,
  }));
  const sheets: AppraisedSheet[] = [];
  const rows = g.ranking.rows.map((r) => {
    const m = g.members.get(r.unit);
    const entries = entriesOf(g.template, m?.entries ? { entries: m.entries } : null);
    sheets.push({ unit: r.unit, entries, appraisers: JSON.parse(m?.appraisers ?? '{}') as Appraisers });
    const byCode = new Map(entries.map((e) => [e.criterion, e]));
    const pick = (f: (e: (typeof entries)[number]) => number | null) =>
      criteria.map((c) => {
        const e = byCode.get(c.code);
        return e ? f(e) : null;
      });
    return {
      unit: r.unit,
      name: r.name,
      status: r.status,
      self: pick((e) => e.self),
      appraised: pick((e) => e.appraised),
      final: pick((e) => finalScore(e)),
      total: r.total,
      classification: r.classification,
      rank: r.rank,
    };
  });
  const candidates = groupCandidates(
    g.group.lead,
    g.rounds.map((v) => ({ candidates: JSON.parse(v.candidates) as { unit: string }[] })),
  );
  const found = appraisalChanges(sheets, candidates);
  const changes = found.map((c) => ({ ...c, appraisedAt: isoVn(c.appraisedAt) }));
  const conflicts = conflictSummary(found, candidates);
  return { group: g.group.code, name: g.group.name, criteria, rows, changes, conflicts };
}

/** Header row and one row per unit: rank, code, name, per criterion self/appraised/final, total, class. */
export function table(c: Consolidated): Cell[][] {
  const h = wmsg.consolidatedHeader;
  const header: Cell[] = [h.rank, h.unit, h.name];
  for (const k of c.criteria)
    header.push(`${k.code} ${h.self}`, `${k.code} ${h.appraised}`, `${k.code} ${h.final}`);
  header.push(h.total, h.classification);
  const rows = c.rows.map((r) => {
    const row: Cell[] = [r.rank, r.unit, r.name];
    c.criteria.forEach((_, i) => {
      row.push(r.self[i] ?? null, r.appraised[i] ?? null, r.final[i] ?? null);
    });
    row.push(r.total, r.classification);
    return row;
  });
  return [header, ...rows];
}

/**
 * The changed scores as a table under the matrix (CSV) or on a sheet of their own (xlsx): the sheet's unit,
 * the criterion, self, appraised, the difference, the reason, who appraised, and the conflict flag.
 */
export function changesTable(c: Consolidated): Cell[][] {
  const h = wmsg.changesHeader;
  const header: Cell[] = [
    h.unit,
    h.criterion,
    h.self,
    h.appraised,
    h.delta,
    h.reason,
    h.by,
    h.byUnit,
    h.at,
    h.conflict,
  ];
  const rows = (c.changes ?? []).map((x): Cell[] => [
    x.unit,
    x.criterion,
    x.self,
    x.appraised,
    x.delta,
    x.reason,
    x.appraiser?.label ?? null,
    x.appraiser?.unit ?? null,
    x.appraisedAt,
    x.conflict ? h.conflictYes : null,
  ]);
  return [[wmsg.changesTitle(c.conflicts?.changes ?? 0)], header, ...rows];
}
