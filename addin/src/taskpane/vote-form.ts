/**
 * The vote round form read as typed: whole numbers, then the round rules the Worker applies too
 * (shared/votes.ts: round number and order, round 2 only after an undecided round 1 and among the units it
 * allows, a recorded round corrected only with a reason, the ballot); what the form shows for a round (its
 * own recorded numbers, never another round's); and the lines that say a group's rule, the votes a round
 * takes and who reached the threshold.
 */
import type { Group, VoteRule } from '../../../shared/contract/plan';
import { VotePut } from '../../../shared/contract/votes';
import { msg } from '../../../shared/messages';
import { zodProblems } from '../../../shared/plan';
import {
  evaluateRound,
  needsCorrection,
  type RecordedRound,
  type RoundResult,
  recordProblems,
  roundDecided,
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
  /** Why a recorded round is corrected; empty when the round is recorded for the first time. */
  correction?: string;
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
  recorded: readonly RecordedRound[] = [],
  rule: VoteRule | undefined = undefined,
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
  const typed = form.correction?.trim() ? { reason: form.correction } : undefined;
  // The body as the Worker parses it first (the text policy on the reason included): its refusals, in its words.
  const body = VotePut.safeParse({
    ...(m === undefined ? {} : { members: m }),
    present: p,
    candidates,
    ...(typed ? { correction: typed } : {}),
  });
  if (!body.success)
    return { number: null, round: null, problems: zodProblems(body.error).map((x) => x.message) };
  const reason = body.data.correction;
  const round = withMembers({ members: m, present: p, candidates }, group.members);
  const shared = [
    ...recordProblems(rule, number, round, recorded, reason),
    ...validateRound(round, group.members, group.kind),
  ].map((x) => x.message);
  if (shared.length === 0 && needsCorrection(number, recorded, reason))
    shared.push(msg.voteAlreadyRecorded(number));
  return shared.length
    ? { number: null, round: null, problems: shared }
    : { number, round: reason ? { ...round, correction: reason } : round, problems: [] };
}

/**
 * The round the form opens on: round 2 once round 1 is recorded and did not decide, as long as round 2 is
 * not recorded yet; otherwise the latest recorded round (to correct it), or round 1.
 */
export function openingRound(
  rule: VoteRule | undefined,
  recorded: readonly RecordedRound[],
): VoteRoundNumber {
  const first = recorded.find((r) => r.round === 1);
  if (!first) return 1;
  const second = recorded.some((r) => r.round === 2);
  return second || !roundDecided(evaluateRound(rule, first)) ? 2 : 1;
}

/**
 * What the form shows for `round`: that round's own recorded figures when it is recorded (a correction starts
 * from them), else empty fields (the members from the plan) — never another round's figures.
 */
export function formFor(
  round: VoteRoundNumber,
  recorded: readonly RecordedRound[],
  group: Pick<Group, 'members'>,
): VoteForm {
  const r = recorded.find((x) => x.round === round);
  const votes = new Map(r?.candidates.map((c) => [c.unit, String(c.votes)]));
  return {
    round: String(round),
    members: String(r?.members ?? group.members.length),
    present: r ? String(r.present) : '',
    votes: Object.fromEntries(group.members.map((u) => [u, votes.get(u) ?? ''])),
    correction: '',
  };
}

/** Whether `round` is already recorded, so that writing it is a correction that needs a reason. */
export const isCorrection = (round: string, recorded: readonly Pick<RecordedRound, 'round'>[]) =>
  recorded.some((r) => String(r.round) === round.trim());

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
