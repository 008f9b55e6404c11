/**
 * The council's meeting (decision 0039; contract shared/contract/meetings.ts): the ballot rule that applies to a
 * proposal, the votes it needs, its outcome, and the checks of the figures a teller types. Both the Worker
 * (services/meetings) and the pane's meeting sheet call these, so a figure the pane accepts is one the Worker
 * accepts, and the outcome shown is the one recorded.
 */
import type { BallotFigures, ListItem, ProposalBallot } from './contract/meetings';
import type { BallotRule, Rule } from './contract/plan';
import { msg } from './messages';
import type { Problem } from './problems';
import { hasVisibleText } from './text';
import { voteThreshold } from './votes';

/** The ballot rule of an award (a plan holds at most one, shared/plan-rules.ts; the strictest otherwise); undefined when it has none. */
export function ballotRuleOf(rules: readonly Rule[], award: string): BallotRule | undefined {
  let found: BallotRule | undefined;
  for (const r of rules)
    if (r.kind === 'ballot' && r.award === award && (!found || r.percent > found.percent)) found = r;
  return found;
}

/** The rule as applied at this meeting: its base (the council's size or those present) and the votes needed. */
export function proposalBallot(rule: BallotRule, councilSize: number, present: number): ProposalBallot {
  const base = rule.of === 'present' ? present : councilSize;
  return {
    percent: rule.percent,
    of: rule.of,
    source: rule.source ?? null,
    base,
    required: voteThreshold(rule.percent, base),
  };
}

export interface BallotOutcome {
  /** inFavour / base in percent, 2 decimals, for reading; the decision compares integers. */
  share: number;
  proposed: boolean;
  /** Why not proposed, naming the figures and the rule's source; null when proposed. */
  reason: string | null;
}

/** Proposed when the votes in favour reach ⌈percent × base / 100⌉ (exact integers, shared/votes.ts). */
export function ballotOutcome(ballot: ProposalBallot, f: BallotFigures): BallotOutcome {
  const share = ballot.base > 0 ? Math.round((f.inFavour * 10_000) / ballot.base) / 100 : 0;
  const proposed = f.inFavour >= ballot.required;
  return {
    share,
    proposed,
    reason: proposed
      ? null
      : msg.meetingNotProposed(
          f.inFavour,
          ballot.base,
          share,
          ballot.percent,
          ballot.required,
          ballot.of,
          ballot.source,
        ),
  };
}

/** The checks of one ballot's figures: valid ≤ returned ≤ issued ≤ council size, in favour ≤ valid. */
export function figureProblems(f: BallotFigures, councilSize: number, at = ''): Problem[] {
  const problems: Problem[] = [];
  if (f.issued > councilSize)
    problems.push({
      path: `${at}/issued`,
      code: 'issued_above_council',
      message: msg.meetingIssuedAboveCouncil(f.issued, councilSize),
    });
  if (f.returned > f.issued)
    problems.push({
      path: `${at}/returned`,
      code: 'returned_above_issued',
      message: msg.meetingReturnedAboveIssued(f.returned, f.issued),
    });
  if (f.valid > f.returned)
    problems.push({
      path: `${at}/valid`,
      code: 'valid_above_returned',
      message: msg.meetingValidAboveReturned(f.valid, f.returned),
    });
  if (f.inFavour > f.valid)
    problems.push({
      path: `${at}/inFavour`,
      code: 'in_favour_above_valid',
      message: msg.meetingInFavourAboveValid(f.inFavour, f.valid),
    });
  return problems;
}

/** What the checks need to know of a proposal: its award and whether a ballot decides it. */
export interface AgendaEntry {
  award: string;
  ballot: boolean;
}

/** A proposal named by a body: on the agenda, decided the way it is sent, named once. */
function entryProblems(
  id: string,
  at: string,
  agenda: ReadonlyMap<string, AgendaEntry>,
  seen: Set<string>,
  wantBallot: boolean,
): Problem[] {
  const entry = agenda.get(id);
  if (!entry) return [{ path: at, code: 'unknown_proposal', message: msg.meetingUnknownProposal(id) }];
  if (seen.has(id))
    return [{ path: at, code: 'duplicate_proposal', message: msg.meetingDuplicateProposal(id) }];
  seen.add(id);
  if (entry.ballot !== wantBallot)
    return [
      wantBallot
        ? { path: at, code: 'no_ballot_rule', message: msg.meetingNoBallotRule(entry.award) }
        : { path: at, code: 'needs_ballot', message: msg.meetingNeedsBallot(entry.award) },
    ];
  return [];
}

/** The checks of `PUT …/ballots` (`/results/i/…`); every problem is listed. */
export function ballotProblems(
  results: readonly (BallotFigures & { nomination: string })[],
  agenda: ReadonlyMap<string, AgendaEntry>,
  councilSize: number,
): Problem[] {
  const seen = new Set<string>();
  return results.flatMap((r, i) => [
    ...entryProblems(r.nomination, `/results/${i}/nomination`, agenda, seen, true),
    ...figureProblems(r, councilSize, `/results/${i}`),
  ]);
}

/** The checks of `PUT …/list` (`/items/i/…`): no ballot title, a reason when not proposed. */
export function listProblems(
  items: readonly ListItem[],
  agenda: ReadonlyMap<string, AgendaEntry>,
): Problem[] {
  const seen = new Set<string>();
  return items.flatMap((item, i) => {
    const problems = entryProblems(item.nomination, `/items/${i}/nomination`, agenda, seen, false);
    if (!item.propose && !hasVisibleText(item.reason ?? ''))
      problems.push({ path: `/items/${i}/reason`, code: 'reason_required', message: msg.meetingListReason });
    return problems;
  });
}

/** The members present, checked against the council's size (`/attendance`). */
export function attendanceProblems(present: number, councilSize: number): Problem[] {
  return present > councilSize
    ? [
        {
          path: '/attendance',
          code: 'present_above_council',
          message: msg.meetingPresentAboveSize(present, councilSize),
        },
      ]
    : [];
}
