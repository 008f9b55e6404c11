/**
 * The unit panel's logic, apart from the DOM so it runs under Node: whether a group's ranking can be read yet
 * (the Worker's rule, access/rankings.ts: a member, once the deadline has passed), the unit's own line of it,
 * the history in words, and the withdrawal, which first reads the stored state so it never withdraws a draft
 * or an appraised sheet and always says what the stored sheet now is.
 */
import { instantMs } from '../../../shared/time';
import type { Api, SheetPath } from '../api/client';
import { type GroupRanking, type SheetHistory, unitReadsApi } from '../api/unit-reads';
import { mySheetText as T } from '../messages/my-sheet';

export type RankingAccess = { kind: 'open' } | { kind: 'no-deadline' } | { kind: 'before'; deadline: string };

export function rankingAccess(deadline: string | null, now: number): RankingAccess {
  if (deadline === null) return { kind: 'no-deadline' };
  const at = instantMs(deadline);
  return Number.isNaN(at) || now < at ? { kind: 'before', deadline } : { kind: 'open' };
}

/** The unit's rank (of how many), total and classification in a group's ranking. */
export function myRankLines(ranking: GroupRanking, unit: string): string[] {
  const row = ranking.rows.find((r) => r.unit === unit);
  if (!row) return [T.notListed];
  return [
    row.rank === null ? T.unranked : T.rank(row.rank, ranking.rows.length),
    T.total(row.total),
    T.classification(row.classification),
  ];
}

/** Each version in two lines, as the server orders them (newest first). */
export function historyLines(history: SheetHistory, when: (iso: string) => string): string[][] {
  return history.versions.map((v) => [
    T.version(v.revision, when(v.at), v.actor, T.status[v.status] ?? v.status),
    T.versionTotals(v.totals.self, v.totals.final, v.classification),
  ]);
}

export type Withdrawal = { done: true; revision: number } | { done: false; status: string };

/** Withdraws a submitted sheet to draft; anything else is left as it is and said. */
export async function withdrawSubmission(api: Api, path: SheetPath): Promise<Withdrawal> {
  const stored = await api.sheet(path);
  if (stored.status !== 'submitted') return { done: false, status: T.status[stored.status] ?? stored.status };
  const after = await unitReadsApi(api).withdraw(path, stored.revision);
  return { done: true, revision: after.revision };
}
