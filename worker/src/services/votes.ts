/**
 * Votes (bình xét; contract `PUT`/`GET …/votes/{round}`): the lead unit or the secretariat records a round,
 * checked by the rules the pane's form applies too (shared/votes.ts: round number and order, round 2 only
 * after an undecided round 1 and among the units it allows, the ballot). A recorded round is never replaced
 * by a plain PUT (409): a correction carries a reason and is audited as `vote.correct` with what it replaced.
 * Each write and its audit row go in one batch, the audit row only when the guarded write changed the row.
 */
import { VotePut } from '../../../shared/contract/votes';
import { msg } from '../../../shared/messages';
import { isoVn } from '../../../shared/time';
import {
  needsCorrection,
  type RecordedRound,
  recordProblems,
  VOTE_ROUNDS,
  type VoteRoundNumber,
  validateRound,
  voteRoundOf,
  withMembers,
} from '../../../shared/votes';
import type { Actor } from '../access/actor';
import { isSecretariat } from '../access/actor';
import { requireCampaignReader } from '../access/guards';
import { groupOr404 } from '../access/scope';
import * as audit from '../db/audit';
import type { GroupRow } from '../db/campaigns';
import { listMembers } from '../db/campaigns';
import type { VoteRow } from '../db/rankings';
import * as votes from '../db/votes';
import { conflict, forbidden, invalid, notFound } from '../errors';
import { wmsg } from '../messages';
import { parseWith } from '../validation';
import { roundResult, voteRuleOf } from './rankings/compute';

/** The round number in the path (one the group may hold), or 404. */
export function roundOr404(raw: string): VoteRoundNumber {
  const round = voteRoundOf(raw);
  if (round === null) throw notFound(msg.voteUnknownRound(raw, VOTE_ROUNDS));
  return round;
}

/** A stored round as the API shows it: the ballot plus the threshold and who reached it. */
export function roundView(g: GroupRow, v: VoteRow) {
  const r = roundResult(g, v);
  return {
    round: v.round,
    members: v.members,
    present: v.present,
    threshold: r.threshold,
    base: r.base,
    candidates: r.candidates.map((c) => ({
      unit: c.unit,
      votes: c.votes,
      voteShare: c.share,
      reached: c.reached,
    })),
    recordedAt: isoVn(v.recorded_at),
    recordedBy: v.recorded_by,
    correction: correctionView(v.correction),
  };
}

function correctionView(raw: string | null) {
  if (raw === null) return null;
  const c = JSON.parse(raw) as { reason: string; at: number; by: string };
  return { reason: c.reason, at: isoVn(c.at), by: c.by };
}

const asRecorded = (v: VoteRow): RecordedRound => ({
  round: v.round,
  members: v.members,
  present: v.present,
  candidates: JSON.parse(v.candidates) as RecordedRound['candidates'],
});

export async function putVotes(
  db: D1Database,
  actor: Actor,
  key: { campaign: string; group: string; round: string },
  raw: () => Promise<unknown>,
  now: number,
) {
  const g = await groupOr404(db, key.campaign, key.group);
  const round = roundOr404(key.round);
  const isLead = actor.role === 'unit' && actor.unit === g.lead;
  if (!isSecretariat(actor) && !isLead) throw forbidden(wmsg.onlyLeadVotes(g.code));
  const put = parseWith(VotePut, await raw());
  const [members, recorded] = await Promise.all([
    listMembers(db, key.campaign, g.code).then((ms) => ms.map((m) => m.unit)),
    votes.list(db, key.campaign, g.code),
  ]);
  const { correction, ...ballot } = put;
  const body = withMembers(ballot, members);
  const problems = [
    ...recordProblems(voteRuleOf(g), round, body, recorded.map(asRecorded), correction),
    ...validateRound(body, members, g.kind),
  ];
  if (problems.length > 0) throw invalid(problems);
  if (needsCorrection(round, recorded, correction)) throw conflict(msg.voteAlreadyRecorded(round));
  const row = { campaign: key.campaign, group: g.code, round, ...body, at: now, by: actor.label };
  const before = recorded.find((v) => v.round === round);
  const fix = correction && before ? { reason: correction.reason, at: now, by: actor.label } : null;
  const target = `${g.code}/${round}`;
  const results = await db.batch([
    fix && before ? votes.correct(db, row, before.recorded_at, fix) : votes.insert(db, row),
    audit.record(
      db,
      fix && before
        ? {
            at: now,
            actor,
            action: 'vote.correct',
            target,
            campaign: key.campaign,
            detail: { reason: fix.reason, before: asRecorded(before), after: body },
          }
        : { at: now, actor, action: 'vote.record', target, campaign: key.campaign, detail: body },
      { afterChange: true },
    ),
  ]);
  // Another writer recorded (or corrected) this round between our read and our write.
  if (results[0]?.meta.changes !== 1) throw conflict(msg.voteAlreadyRecorded(round));
  return roundView(g, {
    group_code: g.code,
    round,
    members: body.members,
    present: body.present,
    candidates: JSON.stringify(body.candidates),
    recorded_at: now,
    recorded_by: actor.label,
    correction: fix ? JSON.stringify(fix) : (before?.correction ?? null),
  });
}

export async function getVotes(db: D1Database, actor: Actor, campaign: string, group: string) {
  const g = await groupOr404(db, campaign, group);
  await requireCampaignReader(db, campaign, actor);
  if (actor.role === 'unit') {
    const members = await listMembers(db, campaign, g.code);
    if (!members.some((m) => m.unit === actor.unit)) throw forbidden(wmsg.cannotReadVotes(g.code));
  }
  const rows = await votes.list(db, campaign, g.code);
  return { rounds: rows.map((v) => roundView(g, v)) };
}
