/**
 * The vote round form read as typed: whole numbers, then the shared round checks (shared/votes.ts); and the
 * lines that say a group's rule, the votes a round takes and who reached the threshold.
 */
import type { Group, VoteRule } from '../../../shared/contract/plan';
import { type RoundResult, validateRound } from '../../../shared/votes';
import type { VotePut } from '../api/awards';
import { leadText as L } from '../messages/lead';

/** What the vote form holds, as typed. */
export interface VoteForm {
  members: string;
  present: string;
  /** Unit code → votes as typed; empty means "not a candidate". */
  votes: Record<string, string>;
}

const whole = (s: string): number | null => (/^\s*\d+\s*$/.test(s) ? Number(s) : null);

/**
 * Reads the vote form into a round, or the Vietnamese problems that stop it (numbers, then the shared
 * round checks: present above members, votes above present).
 */
export function readVoteForm(
  form: VoteForm,
  members: readonly string[],
): { round: VotePut; problems: [] } | { round: null; problems: string[] } {
  const problems: string[] = [];
  const m = whole(form.members);
  const p = whole(form.present);
  if (m === null || m < 1) problems.push(L.vote.notNumber(L.vote.members));
  if (p === null) problems.push(L.vote.notNumber(L.vote.present));
  const candidates: Array<{ unit: string; votes: number }> = [];
  for (const unit of members) {
    const typed = (form.votes[unit] ?? '').trim();
    if (typed === '') continue;
    const v = whole(typed);
    if (v === null) problems.push(L.vote.notNumber(`${L.vote.votes} ${unit}`));
    else candidates.push({ unit, votes: v });
  }
  if (!candidates.length) problems.push(L.vote.noCandidates);
  if (problems.length) return { round: null, problems };
  const round: VotePut = { members: m!, present: p!, candidates };
  const shared = validateRound(round, members).map((x) => x.message);
  return shared.length ? { round: null, problems: shared } : { round, problems: [] };
}

/** The line under the form: the group's rule and, for a round, the votes it takes. */
export function thresholdLine(
  rule: VoteRule | undefined,
  result: RoundResult | null,
  kind?: Group['kind'],
): string {
  if (!rule) return L.vote.noRule(kind);
  const base = L.vote.rule(rule.percent, rule.of);
  return result?.threshold != null ? `${base}: ${L.vote.threshold(result.threshold, result.base)}` : base;
}

/** Units of a round that reached the threshold, named. */
export function reachedLine(result: RoundResult, names: ReadonlyMap<string, string>): string {
  const reached = result.candidates.filter((c) => c.reached).map((c) => names.get(c.unit) ?? c.unit);
  return reached.length ? L.vote.reachedList(reached.join(', ')) : L.vote.noneReached;
}
