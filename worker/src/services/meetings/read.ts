/**
 * Reading meetings (`GET …/meetings`, `GET …/meetings/{id}`): the secretariat and the council; a unit gets 403.
 * Also what every write starts from: the campaign, the caller's right, the meeting (404), and running its batch
 * (a failed guard is 409: the meeting moved under the writer).
 */
import { Plan } from '../../../../shared/contract/plan';
import type { Actor } from '../../access/actor';
import { campaignOr404 } from '../../access/scope';
import { findDocument } from '../../db/campaigns';
import * as meetings from '../../db/meetings';
import { isGuardFailure } from '../../db/plans';
import { conflict, forbidden, notFound } from '../../errors';
import { wmsg } from '../../messages';
import { emptyCounts, headView, meetingView } from './view';

export const requireStaffReader = (actor: Actor) => {
  if (actor.role === 'unit') throw forbidden(wmsg.staffOnlyReads);
};

/** The campaign's plan as stored. */
export async function planOf(db: D1Database, campaign: string): Promise<Plan> {
  return Plan.parse(JSON.parse((await findDocument(db, campaign)) ?? '{}'));
}

/** The meeting, or 404 (the campaign first). */
export async function meetingOr404(db: D1Database, campaign: string, id: string) {
  await campaignOr404(db, campaign);
  const row = await meetings.find(db, campaign, id);
  if (!row) throw notFound(wmsg.unknownMeeting(id));
  return row;
}

/** Runs a meeting's batch; a guard that fails means someone changed the meeting meanwhile: 409. */
export async function runBatch(db: D1Database, id: string, statements: D1PreparedStatement[]) {
  try {
    await db.batch(statements);
  } catch (error) {
    if (isGuardFailure(error)) throw conflict(wmsg.meetingConcurrent(id));
    throw error;
  }
}

/** The meeting as it is now. */
export async function currentView(db: D1Database, campaign: string, id: string) {
  const [row, rows] = await Promise.all([meetings.find(db, campaign, id), meetings.proposals(db, id)]);
  if (!row) throw notFound(wmsg.unknownMeeting(id));
  return meetingView(row, rows);
}

export async function getMeeting(db: D1Database, actor: Actor, campaign: string, id: string) {
  await meetingOr404(db, campaign, id);
  requireStaffReader(actor);
  return currentView(db, campaign, id);
}

export async function listMeetings(db: D1Database, actor: Actor, campaign: string) {
  await campaignOr404(db, campaign);
  requireStaffReader(actor);
  const [rows, counts] = await Promise.all([meetings.list(db, campaign), meetings.counts(db, campaign)]);
  const byMeeting = new Map(rows.map((r) => [r.id, emptyCounts()]));
  for (const c of counts) {
    const n = byMeeting.get(c.meeting);
    if (n) n[c.state] = c.n;
  }
  return { meetings: rows.map((r) => headView(r, byMeeting.get(r.id) ?? emptyCounts())) };
}
