/**
 * Where a paper comes from (decision 0038): the meeting named (`?meeting=`, closed), the snapshot named
 * (`?snapshot=`), or by default the latest closed meeting, else the latest snapshot; 409 when there is none.
 * The figures are the stored meeting's and the frozen snapshot's, never the live campaign's; the plan
 * document gives the names of awards and units and the council.
 */
import { Plan } from '../../../../shared/contract/plan';
import type { SnapshotContent } from '../../../../shared/contract/snapshots';
import { isoVn } from '../../../../shared/time';
import type { Actor } from '../../access/actor';
import { campaignOr404 } from '../../access/scope';
import { findDocument } from '../../db/campaigns';
import * as meetings from '../../db/meetings';
import * as snaps from '../../db/snapshots';
import { conflict, forbidden, notFound } from '../../errors';
import { wmsg } from '../../messages';
import { currentView } from '../meetings/read';
import type { PaperData } from './data';
import { fromMeeting } from './from-meeting';
import { fromSnapshot } from './from-snapshot';

export interface SourceQuery {
  meeting?: string | undefined;
  snapshot?: string | undefined;
}

export interface PaperSource {
  data: PaperData;
  meeting?: string;
  snapshot: string;
}

async function frozen(db: D1Database, campaign: string, id: string) {
  const found = await snaps.find(db, campaign, id);
  if (!found) throw notFound(wmsg.unknownSnapshot(id));
  const head = { id, sha256: found.row.sha256, createdAt: isoVn(found.row.created_at) };
  return { head, content: JSON.parse(found.content) as SnapshotContent };
}

/** The meeting to use: the one named (closed, or 409), else the latest closed one, else none. */
async function meetingRow(db: D1Database, campaign: string, named: string | undefined) {
  if (named) {
    const row = await meetings.find(db, campaign, named);
    if (!row) throw notFound(wmsg.unknownMeeting(named));
    if (row.status !== 'closed') throw conflict(wmsg.paper.meetingNotClosed(named));
    return row;
  }
  return (await meetings.list(db, campaign)).filter((m) => m.status === 'closed').at(-1) ?? null;
}

/**
 * The source of the papers, or null when the campaign has no snapshot yet. With `?snapshot=` alone the
 * papers come from that snapshot without a meeting.
 */
export async function paperSource(
  db: D1Database,
  actor: Actor,
  campaign: string,
  q: SourceQuery,
): Promise<PaperSource | null> {
  await campaignOr404(db, campaign);
  if (actor.role === 'unit') throw forbidden(wmsg.staffOnlyReads);
  const plan = Plan.parse(JSON.parse((await findDocument(db, campaign)) ?? '{}'));
  const row = q.snapshot && !q.meeting ? null : await meetingRow(db, campaign, q.meeting);
  if (row) {
    if (q.snapshot && row.snapshot !== q.snapshot)
      throw conflict(wmsg.paper.meetingOtherSnapshot(row.id, q.snapshot));
    const [{ head, content }, view] = await Promise.all([
      frozen(db, campaign, row.snapshot),
      currentView(db, campaign, row.id),
    ]);
    return { data: fromMeeting(plan, head, content, view), meeting: row.id, snapshot: row.snapshot };
  }
  const id = q.snapshot ?? (await snaps.list(db, campaign)).at(-1)?.id;
  if (!id) return null;
  const { head, content } = await frozen(db, campaign, id);
  return { data: fromSnapshot(plan, head, content), snapshot: id };
}
