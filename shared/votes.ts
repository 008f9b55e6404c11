/**
 * The group's secret ballot on its leading unit (domain.md, "Votes"; contract `PUT …/votes/{round}`): a
 * candidate reaches the threshold when its votes are at least the group's `vote.percent` of the members (or
 * of those present, as the plan says). Exact: the percent is taken in hundredths, the threshold is an integer.
 */

import type { VoteRule } from './contract/plan';
import { msg } from './messages';
import { toHundredths } from './points';
import type { Problem } from './problems';

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
 * Which round may be recorded, given the rounds already recorded: round 1 always (recording it again corrects
 * it); round 2 only once round 1 is there, since a second round follows a first that did not decide.
 */
export function roundOrderProblem(round: VoteRoundNumber, recorded: readonly number[]): Problem | null {
  const before = round - 1;
  if (before < 1 || recorded.includes(before)) return null;
  return { path: '', code: 'round_skipped', message: msg.voteRoundSkipped(round, before) };
}
