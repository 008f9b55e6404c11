/** A stored meeting as the API shows it (shared/contract/meetings.ts `MeetingView`, `MeetingHead`). */
import type {
  Attendee,
  MeetingHead,
  MeetingView,
  Proposal,
  ProposalBallot,
} from '../../../../shared/contract/meetings';
import { ProposalState } from '../../../../shared/contract/meetings';
import type { Nominee } from '../../../../shared/contract/nominations';
import { ballotOutcome } from '../../../../shared/meetings';
import { isoVn } from '../../../../shared/time';
import type { MeetingRow, ProposalRow } from '../../db/meetings';

/** What `meetings.data` holds: the meeting as opened. */
export interface MeetingData {
  heldAt: string;
  place: string;
  chair: string;
  secretary: string;
  tellers: string[];
  agenda: string[];
  attendance: Attendee[];
}

/** What `meeting_proposals.data` holds: the nomination as the snapshot froze it. */
export interface ProposalData {
  awardName: string;
  movement: string | null;
  nominee: Nominee;
  summary: string | null;
}

const stamp = (at: number | null, by: string | null) =>
  at === null ? null : { at: isoVn(at), by: by ?? '' };

export function proposalView(p: ProposalRow): Proposal {
  const data = JSON.parse(p.data) as ProposalData;
  const ballot = p.ballot === null ? null : (JSON.parse(p.ballot) as ProposalBallot);
  const result =
    p.issued === null || p.returned === null || p.valid === null || p.in_favour === null
      ? null
      : { issued: p.issued, returned: p.returned, valid: p.valid, inFavour: p.in_favour };
  return {
    id: p.nomination,
    award: p.award,
    awardName: data.awardName,
    movement: data.movement,
    nominee: data.nominee,
    summary: data.summary,
    ballot,
    result,
    share: ballot && result ? ballotOutcome(ballot, result).share : null,
    state: p.state,
    reason: p.reason,
    decision: p.decision === null ? null : (JSON.parse(p.decision) as Proposal['decision']),
  };
}

export function emptyCounts(): Record<ProposalState, number> {
  return Object.fromEntries(ProposalState.options.map((s) => [s, 0])) as Record<ProposalState, number>;
}

export function headView(m: MeetingRow, counts: Record<ProposalState, number>): MeetingHead {
  const data = JSON.parse(m.data) as MeetingData;
  const reopenings = JSON.parse(m.reopenings) as { reason: string; at: number; by: string }[];
  const submitted = stamp(m.submitted_at, m.submitted_by);
  return {
    id: m.id,
    campaign: m.campaign,
    snapshot: m.snapshot,
    snapshotSha256: m.snapshot_sha256 ?? '',
    ...data,
    councilSize: m.council_size,
    present: m.present,
    status: m.status,
    openedAt: isoVn(m.opened_at),
    openedBy: m.opened_by,
    closed: stamp(m.closed_at, m.closed_by),
    reopenings: reopenings.map((r) => ({ reason: r.reason, at: isoVn(r.at), by: r.by })),
    submitted: submitted && { ...submitted, documentNo: m.submitted_no, date: m.submitted_on ?? '' },
    counts,
  };
}

export function meetingView(m: MeetingRow, rows: readonly ProposalRow[]): MeetingView {
  const counts = emptyCounts();
  for (const r of rows) counts[r.state] += 1;
  return { ...headView(m, counts), proposals: rows.map(proposalView) };
}
