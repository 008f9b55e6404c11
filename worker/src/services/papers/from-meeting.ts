/**
 * PaperData from a stored meeting and the snapshot it was held on (decision 0038): the meeting's proposals
 * (nominee facts as the snapshot froze them), each with its ballot, share and outcome; who attended. Pure.
 */
import type { MeetingView, Proposal } from '../../../../shared/contract/meetings';
import type { NominationView } from '../../../../shared/contract/nominations';
import type { Plan } from '../../../../shared/contract/plan';
import type { SnapshotContent } from '../../../../shared/contract/snapshots';
import { wmsg } from '../../messages';
import type { PaperData, PaperMeeting, PaperNominee } from './data';
import { shareOf } from './format';
import { fromSnapshot, nomineeOf, proposalsOf, type SnapshotHeadInput } from './from-snapshot';

/** "2025-12-05T14:00:00+07:00" → "14 giờ 00"; a bare date has no time. */
function clockOf(heldAt: string): string | undefined {
  const t = /T(\d{2}):(\d{2})/.exec(heldAt);
  return t ? wmsg.paper.clock(t[1]!, t[2]!) : undefined;
}

function meetingOf(m: MeetingView): PaperMeeting {
  const time = clockOf(m.heldAt);
  return {
    id: m.id,
    date: m.heldAt.slice(0, 10),
    ...(time ? { time } : {}),
    place: m.place,
    chair: m.chair,
    secretary: m.secretary,
    tellers: m.tellers,
    size: m.councilSize,
    present: m.attendance
      .filter((a) => a.present)
      .map((a) => ({ name: a.name, ...(a.position ? { position: a.position } : {}) })),
    absent: m.attendance
      .filter((a) => !a.present)
      .map((a) => ({
        name: a.name,
        ...(a.position ? { position: a.position } : {}),
        writtenOpinion: a.writtenOpinion ?? false,
      })),
  };
}

function withDecision(base: PaperNominee, p: Proposal): PaperNominee {
  const proposed = p.state === 'proposed' || p.state === 'submitted' || p.state === 'awarded';
  const reason = p.reason ?? (p.state === 'pending' ? wmsg.paper.pendingReason : undefined);
  return {
    ...base,
    ...(p.ballot && p.result
      ? {
          ballot: {
            ...p.result,
            // The meeting's own share (2 decimals) when it gives one, so the papers print what it shows.
            share: p.share === null ? shareOf(p.result.inFavour, p.ballot.base) : Math.round(p.share * 100),
            threshold: {
              percent: p.ballot.percent,
              of: p.ballot.of,
              ...(p.ballot.source ? { source: p.ballot.source } : {}),
            },
          },
        }
      : {}),
    outcome: { proposed, ...(reason && !proposed ? { reason } : {}) },
  };
}

export function fromMeeting(
  plan: Plan,
  head: SnapshotHeadInput,
  content: SnapshotContent,
  meeting: MeetingView,
): PaperData {
  const frozen = new Map(content.nominations.map((n) => [n.id, n]));
  const byId = new Map(meeting.proposals.map((p) => [p.id, p]));
  // The meeting's agenda in the snapshot's order; facts from the snapshot where it holds the nomination.
  const agenda: NominationView[] = meeting.proposals.map(
    (p) =>
      frozen.get(p.id) ?? {
        id: p.id,
        award: p.award,
        nominee: p.nominee,
        ...(p.summary ? { summary: p.summary } : {}),
        status: 'within_quota',
        reasons: [],
        rules: [],
        filedAt: meeting.openedAt,
        filedBy: meeting.openedBy,
      },
  );
  const proposals = proposalsOf(plan, agenda, (n) => withDecision(nomineeOf(plan, n), byId.get(n.id)!));
  return { ...fromSnapshot(plan, head, content), proposals, meeting: meetingOf(meeting) };
}
