/**
 * The group's secret ballot on its leading unit (domain.md, "Votes"; contract `PUT …/votes/{round}`): a
 * candidate reaches the threshold when its votes are at least the group's `vote.percent` of the members (or
 * of those present, as the plan says). Exact: the percent is taken in hundredths, the threshold is an integer.
 */

import type { VoteRule } from './contract/plan';
import { msg } from './messages';
import { toHundredths } from './points';
import type { Problem } from './problems';

/** One recorded round, as `VotePut` (shared/sheet.ts) carries it. */
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

/**
 * The checks of a round the schema cannot make: present above members (`/present`), a candidate's votes above
 * those present (`/candidates/i/votes`), a candidate that is not a member of the group or is listed twice
 * (`/candidates/i/unit`). Every problem is listed.
 */
export function validateRound(round: VoteRound, groupMembers: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  if (round.present > round.members)
    problems.push({
      path: '/present',
      code: 'present_above_members',
      message: msg.votePresentAboveMembers(round.present, round.members),
    });
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
