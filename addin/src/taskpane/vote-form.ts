/**
 * The vote round form read as typed: whole numbers, then the round rules the Worker applies too
 * (shared/votes.ts: round number and order, the ballot); and the lines that say a group's rule, the votes a
 * round takes and who reached the threshold.
 */
import type { Group, VoteRule } from '../../../shared/contract/plan';
import type { VotePut } from '../../../shared/contract/votes';
import { msg } from '../../../shared/messages';
import {
  type RoundResult,
  roundOrderProblem,
  VOTE_ROUNDS,
  type VoteRoundNumber,
  validateRound,
  voteRoundOf,
  withMembers,
} from '../../../shared/votes';
import { leadText as L } from '../messages/lead';

/** What the vote form holds, as typed. */
export interface VoteForm {
  /** The round chosen ("1", "2"). */
  round: string;
  /** Empty means the group's member count from the plan. */
  members: string;
  present: string;
  /** Unit code → votes as typed; empty means "not a candidate". */
  votes: Record<string, string>;
}

const whole = (s: string): number | null => (/^\s*\d+\s*$/.test(s) ? Number(s) : null);

export type ReadVote =
  | { number: VoteRoundNumber; round: VotePut & { members: number }; problems: [] }
  | { number: null; round: null; problems: string[] };

/**
 * Reads the vote form into a round, or the Vietnamese problems that stop it: what is not a whole number,
 * then the shared rules (the round `recorded` so far allow, members, present, candidates, votes).
 */
export function readVoteForm(
  form: VoteForm,
  group: Pick<Group, 'members' | 'kind'>,
  recorded: readonly number[] = [],
): ReadVote {
  const problems: string[] = [];
  const number = voteRoundOf(form.round);
  const m = form.members.trim() === '' ? undefined : whole(form.members);
  const p = whole(form.present);
  if (number === null) problems.push(msg.voteUnknownRound(form.round, VOTE_ROUNDS));
  if (m === null) problems.push(L.vote.notNumber(L.vote.members));
  if (p === null) problems.push(L.vote.notNumber(L.vote.present));
  const candidates: Array<{ unit: string; votes: number }> = [];
  for (const unit of group.members) {
    const typed = (form.votes[unit] ?? '').trim();
    if (typed === '') continue;
    const v = whole(typed);
    if (v === null) problems.push(L.vote.notNumber(`${L.vote.votes} ${unit}`));
    else candidates.push({ unit, votes: v });
  }
  if (problems.length || number === null || m === null || p === null)
    return { number: null, round: null, problems };
  const round = withMembers({ members: m, present: p, candidates }, group.members);
  const order = roundOrderProblem(number, recorded);
  const shared = [...(order ? [order] : []), ...validateRound(round, group.members, group.kind)];
  return shared.length
    ? { number: null, round: null, problems: shared.map((x) => x.message) }
    : { number, round, problems: [] };
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
