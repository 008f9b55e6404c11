/**
 * `POST …/meetings` (secretariat): a meeting on a frozen snapshot. Its agenda is the snapshot's nominations
 * within quota, in the snapshot's order, each with the plan's ballot rule for its award as applied now (the base
 * and the votes needed, from the council's size and those present), so a later plan amendment never changes
 * what this meeting needed. One batch: the meeting, its proposals, the audit row.
 */
import { MeetingOpen } from '../../../../shared/contract/meetings';
import type { NominationView } from '../../../../shared/contract/nominations';
import { attendanceProblems, ballotRuleOf, proposalBallot } from '../../../../shared/meetings';
import type { Actor } from '../../access/actor';
import { isSecretariat } from '../../access/actor';
import { campaignOr404 } from '../../access/scope';
import * as audit from '../../db/audit';
import * as meetings from '../../db/meetings';
import * as snaps from '../../db/snapshots';
import { forbidden, invalid } from '../../errors';
import { wmsg } from '../../messages';
import { parseWith } from '../../validation';
import { currentView, planOf, runBatch } from './read';
import type { MeetingData, ProposalData } from './view';

export async function openMeeting(
  db: D1Database,
  actor: Actor,
  campaign: string,
  raw: () => Promise<unknown>,
  now: number,
) {
  await campaignOr404(db, campaign);
  if (!isSecretariat(actor)) throw forbidden(wmsg.onlySecretariat);
  const body = parseWith(MeetingOpen, await raw());
  const [snapshot, plan] = await Promise.all([snaps.find(db, campaign, body.snapshot), planOf(db, campaign)]);
  if (!snapshot)
    throw invalid([
      { path: '/snapshot', code: 'unknown_snapshot', message: wmsg.meetingSnapshotUnknown(body.snapshot) },
    ]);
  const councilSize = body.councilSize ?? plan.council?.members.length;
  if (councilSize === undefined)
    throw invalid([{ path: '/councilSize', code: 'no_council', message: wmsg.meetingNoCouncil }]);
  const present = body.attendance.filter((a) => a.present).length;
  const problems = attendanceProblems(present, councilSize);
  if (problems.length > 0) throw invalid(problems);
  const frozen = (JSON.parse(snapshot.content) as { nominations: NominationView[] }).nominations;
  const agenda = frozen.filter((n) => n.status === 'within_quota');
  if (agenda.length === 0)
    throw invalid([{ path: '/snapshot', code: 'no_proposals', message: wmsg.meetingNoProposals }]);
  const names = new Map(plan.awards.map((a) => [a.code, a.name]));
  const id = `M-${crypto.randomUUID()}`;
  const data: MeetingData = {
    heldAt: body.heldAt,
    place: body.place,
    chair: body.chair,
    secretary: body.secretary,
    tellers: body.tellers,
    agenda: body.agenda ?? [],
    attendance: body.attendance,
  };
  const proposals = agenda.map((n) => {
    const rule = ballotRuleOf(plan.rules, n.award);
    const frozenData: ProposalData = {
      awardName: names.get(n.award) ?? n.award,
      movement: n.movement ?? null,
      nominee: n.nominee,
      summary: n.summary ?? null,
    };
    return {
      nomination: n.id,
      award: n.award,
      data: frozenData,
      ballot: rule ? proposalBallot(rule, councilSize, present) : null,
    };
  });
  const row = {
    ...{ id, campaign, snapshot: body.snapshot, data: JSON.stringify(data) },
    ...{ council_size: councilSize, present, opened_at: now, opened_by: actor.label },
  };
  await runBatch(db, id, [
    meetings.insertMeeting(db, row),
    meetings.insertProposals(db, id, proposals),
    audit.record(db, {
      at: now,
      actor,
      action: 'meeting.open',
      target: id,
      campaign,
      detail: { snapshot: body.snapshot, councilSize, present, proposals: proposals.length },
    }),
  ]);
  return currentView(db, campaign, id);
}
