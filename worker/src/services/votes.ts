/**
 * Votes (bình xét; contract `PUT`/`GET …/votes/{round}`): the lead unit or the secretariat records a round,
 * checked by the rules the pane's form applies too (shared/votes.ts: round number, round order, the ballot),
 * upserted with its audit row in one batch.
 */
import { VotePut } from '../../../shared/contract/votes';
import { msg } from '../../../shared/messages';
import { isoVn } from '../../../shared/time';
import {
  roundOrderProblem,
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
import { forbidden, invalid, notFound } from '../errors';
import { wmsg } from '../messages';
import { parseWith } from '../validation';
import { roundResult } from './rankings/compute';

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
  };
}

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
  const body = withMembers(put, members);
  const order = roundOrderProblem(
    round,
    recorded.map((v) => v.round),
  );
  const problems = [...(order ? [order] : []), ...validateRound(body, members, g.kind)];
  if (problems.length > 0) throw invalid(problems);
  const row = { campaign: key.campaign, group: g.code, round, ...body, at: now, by: actor.label };
  await db.batch([
    votes.upsert(db, row),
    audit.record(db, {
      at: now,
      actor,
      action: 'vote.record',
      target: `${g.code}/${round}`,
      campaign: key.campaign,
      detail: body,
    }),
  ]);
  return roundView(g, {
    group_code: g.code,
    round,
    members: body.members,
    present: body.present,
    candidates: JSON.stringify(body.candidates),
    recorded_at: now,
    recorded_by: actor.label,
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
