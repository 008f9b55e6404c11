/**
 * The group's secret ballot on its leading unit (domain.md, "Votes"; contract `PUT …/votes/{round}`): a
 * candidate reaches the threshold when its votes are at least the group's `vote.percent` of the members (or
 * of those present, as the plan says). Exact: the percent is taken in hundredths, the threshold is an integer.
 */

import type { VoteRule } from './contract/plan';
import { msg } from './messages';
import { toHundredths } from './points';
import type { Problem } from './problems';
import { hasVisibleText } from './text';

/** The rounds a group may hold (domain.md, "Votes": at most two). */
export const VOTE_ROUNDS = [1, 2] as const;
export type VoteRoundNumber = (typeof VOTE_ROUNDS)[number];

/** The round a path or a form names ("1", 2) when it is one the group may hold; null otherwise. */
export function voteRoundOf(raw: string | number): VoteRoundNumber | null {
  return VOTE_ROUNDS.find((n) => String(n) === String(raw).trim()) ?? null;
}

/** One round with its member count known, as `VotePut` (shared/contract/votes.ts) carries it once filled in. */
export interface VoteRound {
  members: number;
  present: number;
  candidates: readonly { unit: string; votes: number }[];
}

export interface CandidateResult {
  unit: string;
  votes: number;
  /** votes / base, rounded to 4 decimals (0.7778); 0 when the base is 0. */
  share: number;
  reached: boolean;
}

export interface RoundResult {
  /** Votes needed to reach the threshold; null when the group has no vote rule. */
  threshold: number | null;
  /** What the percent is taken of: `members` or `present` (members when there is no rule). */
  base: number;
  candidates: CandidateResult[];
}

/**
 * Votes needed: ⌈percent × base / 100⌉, computed in integers (80 % of 9 = 7,2 → 8), and at least 1 so that
 * no candidate reaches a threshold with no vote at all (a base of 0 present, or a tiny percent).
 */
export function voteThreshold(percent: number, base: number): number {
  const p = toHundredths(percent) ?? Math.round(percent * 100);
  const scaled = p * base; // percent × 100 × base; the threshold is scaled / 10 000, rounded up
  const whole = (scaled - (scaled % 10_000)) / 10_000;
  return Math.max(1, scaled % 10_000 === 0 ? whole : whole + 1);
}

/**
 * Evaluates one round under the group's rule. Without a rule the votes and shares are still reported but
 * nobody reaches anything (`threshold: null`, `reached: false`): the plan sets thresholds, the code never
 * invents one.
 */
export function evaluateRound(rule: VoteRule | undefined, round: VoteRound): RoundResult {
  const base = rule?.of === 'present' ? round.present : round.members;
  const threshold = rule ? voteThreshold(rule.percent, base) : null;
  return {
    threshold,
    base,
    candidates: round.candidates.map((c) => ({
      unit: c.unit,
      votes: c.votes,
      share: base > 0 ? Math.round((c.votes / base) * 10_000) / 10_000 : 0,
      reached: threshold !== null && c.votes >= threshold,
    })),
  };
}

/** A ballot as sent: `members` may be left out, since it is the group's member count from the plan. */
export function withMembers<T extends Omit<VoteRound, 'members'> & { members?: number | undefined }>(
  put: T,
  groupMembers: readonly string[],
): T & { members: number } {
  return { ...put, members: put.members ?? groupMembers.length };
}

/**
 * The checks of a round the schema cannot make: members other than the group's member count (`/members`),
 * present above members (`/present`), no candidate at all (`/candidates`), a candidate's votes above those
 * present (`/candidates/i/votes`), a candidate that is not a member of the group or is listed twice
 * (`/candidates/i/unit`). Every problem is listed; `kind` names the group a "khối" or a "cụm".
 */
export function validateRound(
  round: VoteRound,
  groupMembers: readonly string[],
  kind?: string | null,
): Problem[] {
  const problems: Problem[] = [];
  if (round.members !== groupMembers.length)
    problems.push({
      path: '/members',
      code: 'members_mismatch',
      message: msg.voteMembersMismatch(round.members, groupMembers.length, kind),
    });
  if (round.present > round.members)
    problems.push({
      path: '/present',
      code: 'present_above_members',
      message: msg.votePresentAboveMembers(round.present, round.members),
    });
  if (round.candidates.length === 0)
    problems.push({ path: '/candidates', code: 'no_candidates', message: msg.voteNoCandidates });
  const members = new Set(groupMembers);
  const seen = new Set<string>();
  round.candidates.forEach((c, i) => {
    const at = `/candidates/${i}`;
    if (!members.has(c.unit))
      problems.push({ path: `${at}/unit`, code: 'unknown_unit', message: msg.voteUnknownCandidate(c.unit) });
    else if (seen.has(c.unit))
      problems.push({
        path: `${at}/unit`,
        code: 'duplicate_candidate',
        message: msg.voteDuplicateCandidate(c.unit),
      });
    seen.add(c.unit);
    if (c.votes > round.present)
      problems.push({
        path: `${at}/votes`,
        code: 'votes_above_present',
        message: msg.voteAbovePresent(c.unit, c.votes, round.present),
      });
  });
  return problems;
}

/** The round that counts: the highest round number (round 2 beats round 1); undefined when there is none. */
export function latestRound<T extends { round: number }>(rounds: readonly T[]): T | undefined {
  let latest: T | undefined;
  for (const r of rounds) if (!latest || r.round > latest.round) latest = r;
  return latest;
}

/**
 * Which round may follow the rounds already recorded: round 1 always; round 2 only once round 1 is there. That
 * round 1 did not decide, and a correction's reason, are recordProblems' and needsCorrection's to check.
 */
export function roundOrderProblem(round: VoteRoundNumber, recorded: readonly number[]): Problem | null {
  const before = round - 1;
  if (before < 1 || recorded.includes(before)) return null;
  return { path: '', code: 'round_skipped', message: msg.voteRoundSkipped(round, before) };
}

/**
 * How many units a group's ballot elects: one, its leading unit (domain.md, "Votes": the group votes on "its
 * leading unit"; decision 0026). The plan sets no other number of places for a group's ballot.
 */
export const VOTE_PLACES = 1;

/** A round already recorded, as the rules read it. */
export interface RecordedRound extends VoteRound {
  round: number;
}

/** Why a recorded round is written again: a correction is its own audited action and says why. */
export interface VoteCorrection {
  reason: string;
}

/** The units of a round that reached the threshold, in the round's order. */
const reachedUnits = (r: RoundResult) => r.candidates.filter((c) => c.reached).map((c) => c.unit);

/**
 * Whether a round decided (contract: "no candidate reached the threshold, or more reached it than the places
 * allow" does not): at least one candidate reached it and no more than `places`. Without a vote rule nobody
 * reaches anything, so nothing is decided.
 */
export function roundDecided(result: RoundResult, places = VOTE_PLACES): boolean {
  const n = reachedUnits(result).length;
  return n >= 1 && n <= places;
}

/**
 * Who round 2 may name after an undecided round 1: when more reached the threshold than the places allow,
 * those who reached it (a run-off among them); when nobody reached it, round 1's candidates. Never a unit
 * that round 1 did not put forward.
 */
export function roundTwoCandidates(result: RoundResult): string[] {
  const reached = reachedUnits(result);
  return reached.length > 0 ? reached : result.candidates.map((c) => c.unit);
}

/** Round 2's own rules against round 1: a decided round 1 (`round_decided`), a unit not allowed. */
export function roundTwoProblems(
  rule: VoteRule | undefined,
  first: VoteRound,
  second: Pick<VoteRound, 'candidates'>,
): Problem[] {
  const result = evaluateRound(rule, first);
  if (roundDecided(result))
    return [
      { path: '', code: 'round_decided', message: msg.voteRoundDecided(reachedUnits(result).join(', ')) },
    ];
  const allowed = roundTwoCandidates(result);
  const problems: Problem[] = [];
  second.candidates.forEach((c, i) => {
    if (!allowed.includes(c.unit))
      problems.push({
        path: `/candidates/${i}/unit`,
        code: 'not_in_round_two',
        message: msg.voteNotInRoundTwo(c.unit, allowed.join(', ')),
      });
  });
  return problems;
}

/**
 * The rules of recording `round` as `ballot`, given the rounds recorded so far (422 problems; the ballot's
 * own checks are validateRound's): the order, round 2 against round 1, a correction of a round never
 * recorded (`/correction`) or without visible text in its reason (`/correction/reason`), and a correction
 * of round 1 that would leave a recorded round 2 without ground (`round_two_stands`).
 */
export function recordProblems(
  rule: VoteRule | undefined,
  round: VoteRoundNumber,
  ballot: VoteRound,
  recorded: readonly RecordedRound[],
  correction?: VoteCorrection,
): Problem[] {
  const problems: Problem[] = [];
  const order = roundOrderProblem(
    round,
    recorded.map((r) => r.round),
  );
  if (order) problems.push(order);
  const first = recorded.find((r) => r.round === 1);
  if (round === 2 && first) problems.push(...roundTwoProblems(rule, first, ballot));
  if (correction) {
    if (!recorded.some((r) => r.round === round))
      problems.push({
        path: '/correction',
        code: 'nothing_to_correct',
        message: msg.voteNothingToCorrect(round),
      });
    if (!hasVisibleText(correction.reason))
      problems.push({
        path: '/correction/reason',
        code: 'reason_required',
        message: msg.voteCorrectionReason,
      });
  }
  const second = recorded.find((r) => r.round === 2);
  if (round === 1 && second && roundTwoProblems(rule, ballot, second).length > 0)
    problems.push({ path: '', code: 'round_two_stands', message: msg.voteRoundTwoStands });
  return problems;
}

/** A recorded round sent again without a correction: refused (409), never silently replaced. */
export function needsCorrection(
  round: VoteRoundNumber,
  recorded: readonly Pick<RecordedRound, 'round'>[],
  correction?: VoteCorrection,
): boolean {
  return !correction && recorded.some((r) => r.round === round);
}
