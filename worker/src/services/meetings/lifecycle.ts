/**
 * Closing, reopening and submitting a meeting (secretariat). Close needs every proposal decided; a closed
 * meeting is read-only. Reopening is an audited correction with a reason (`meeting.reopen`), refused once the
 * results went up. Submitting (the Tờ trình) moves the proposals the meeting approved to "trình cấp có thẩm
 * quyền". Each: one batch led by its guard in SQL, the update, the audit row only when the update changed it.
 */
import { MeetingReopen, MeetingSubmit } from '../../../../shared/contract/meetings';
import { hasVisibleText } from '../../../../shared/text';
import type { Actor } from '../../access/actor';
import { isSecretariat } from '../../access/actor';
import * as audit from '../../db/audit';
import * as meetings from '../../db/meetings';
import { conflict, forbidden, invalid } from '../../errors';
import { wmsg } from '../../messages';
import { parseWith } from '../../validation';
import { currentView, meetingOr404, runBatch } from './read';

interface Key {
  campaign: string;
  id: string;
}

async function secretariatMeeting(db: D1Database, actor: Actor, key: Key) {
  const m = await meetingOr404(db, key.campaign, key.id);
  if (!isSecretariat(actor)) throw forbidden(wmsg.onlySecretariat);
  return m;
}

export async function closeMeeting(db: D1Database, actor: Actor, key: Key, now: number) {
  const m = await secretariatMeeting(db, actor, key);
  if (m.status !== 'open') throw conflict(wmsg.meetingClosed(key.id));
  const pending = (await meetings.proposals(db, key.id)).filter((p) => p.state === 'pending').length;
  if (pending > 0) throw conflict(wmsg.meetingPending(pending));
  await runBatch(db, key.id, [
    meetings.stateGuard(db, key.id, 'closable'),
    meetings.close(db, key.id, now, actor.label),
    audit.record(
      db,
      { at: now, actor, action: 'meeting.close', target: key.id, campaign: key.campaign },
      { afterChange: true },
    ),
  ]);
  return currentView(db, key.campaign, key.id);
}

export async function reopenMeeting(
  db: D1Database,
  actor: Actor,
  key: Key,
  raw: () => Promise<unknown>,
  now: number,
) {
  const m = await secretariatMeeting(db, actor, key);
  const body = parseWith(MeetingReopen, await raw());
  if (!hasVisibleText(body.reason))
    throw invalid([{ path: '/reason', code: 'reason_required', message: wmsg.meetingReopenReason }]);
  if (m.submitted_at !== null) throw conflict(wmsg.meetingAlreadySubmitted(key.id));
  if (m.status !== 'closed') throw conflict(wmsg.meetingNotReopenable(key.id));
  await runBatch(db, key.id, [
    meetings.stateGuard(db, key.id, 'reopenable'),
    meetings.reopen(db, key.id, { reason: body.reason, at: now, by: actor.label }),
    audit.record(
      db,
      {
        at: now,
        actor,
        action: 'meeting.reopen',
        target: key.id,
        campaign: key.campaign,
        detail: { reason: body.reason, closedAt: m.closed_at, closedBy: m.closed_by },
      },
      { afterChange: true },
    ),
  ]);
  return currentView(db, key.campaign, key.id);
}

export async function submitMeeting(
  db: D1Database,
  actor: Actor,
  key: Key,
  raw: () => Promise<unknown>,
  now: number,
) {
  const m = await secretariatMeeting(db, actor, key);
  const body = parseWith(MeetingSubmit, await raw());
  if (m.submitted_at !== null) throw conflict(wmsg.meetingAlreadySubmitted(key.id));
  if (m.status !== 'closed') throw conflict(wmsg.meetingNotClosed(key.id));
  const proposed = (await meetings.proposals(db, key.id)).filter((p) => p.state === 'proposed');
  if (proposed.length === 0) throw conflict(wmsg.meetingNothingProposed);
  await runBatch(db, key.id, [
    meetings.stateGuard(db, key.id, 'submittable'),
    ...meetings.submit(db, key.id, { at: now, by: actor.label, no: body.documentNo ?? null, on: body.date }),
    audit.record(db, {
      at: now,
      actor,
      action: 'meeting.submit',
      target: key.id,
      campaign: key.campaign,
      detail: {
        documentNo: body.documentNo ?? null,
        date: body.date,
        proposals: proposed.map((p) => p.nomination),
      },
    }),
  ]);
  return currentView(db, key.campaign, key.id);
}
