/**
 * A group's signed covenant (giao ước thi đua; contract `PUT …/groups/{group}/covenant`): recorded by the
 * lead unit or the secretariat, audited in the same batch. Without a recorded one, the plan's `covenant`
 * stands — as snapshots freeze it (services/snapshots.ts: `{group, documentNo, signedAt, url?}`).
 */
import type { CovenantSource as Source } from '../../../shared/contract/enums';
import { Covenant, Plan } from '../../../shared/contract/plan';
import { isoVn } from '../../../shared/time';
import type { Actor } from '../access/actor';
import { requireCampaignReader } from '../access/guards';
import { requireLeadOrSecretariat } from '../access/roles';
import { groupOr404 } from '../access/scope';
import * as audit from '../db/audit';
import * as cal from '../db/calendar';
import { findDocument } from '../db/campaigns';
import { wmsg } from '../messages';
import { parseBody, type RawBody } from '../validation';

/** The covenant as the API shows it; every field null when the group has none. */
export function covenantView(
  group: string,
  c: { data: Covenant; source: Source; at: number | null; by: string | null } | null,
) {
  return {
    group,
    documentNo: c?.data.documentNo ?? null,
    signedAt: c?.data.signedAt ?? null,
    ...(c?.data.url ? { url: c.data.url } : {}),
    source: c?.source ?? null,
    recordedAt: isoVn(c?.at),
    recordedBy: c?.by ?? null,
  };
}

export async function putCovenant(
  db: D1Database,
  actor: Actor,
  key: { campaign: string; group: string },
  readBody: RawBody,
  now: number,
) {
  const g = await groupOr404(db, key.campaign, key.group);
  requireLeadOrSecretariat(actor, g.lead, wmsg.covenantWriteForbidden(g.code, g.kind));
  const body = await parseBody(Covenant, readBody);
  await db.batch([
    cal.upsertCovenant(db, { campaign: key.campaign, group: g.code, data: body, at: now, by: actor.label }),
    audit.record(db, {
      at: now,
      actor,
      action: 'covenant.record',
      target: g.code,
      campaign: key.campaign,
      detail: body,
    }),
  ]);
  return covenantView(g.code, { data: body, source: 'recorded', at: now, by: actor.label });
}

export async function getCovenant(db: D1Database, actor: Actor, key: { campaign: string; group: string }) {
  const g = await groupOr404(db, key.campaign, key.group);
  await requireCampaignReader(db, key.campaign, actor);
  const row = await cal.findCovenant(db, key.campaign, g.code);
  if (row)
    return covenantView(g.code, {
      data: JSON.parse(row.data) as Covenant,
      source: 'recorded',
      at: row.recorded_at,
      by: row.recorded_by,
    });
  const doc = await findDocument(db, key.campaign);
  const planned = Plan.parse(JSON.parse(doc!)).groups.find((x) => x.code === g.code)?.covenant;
  return covenantView(g.code, planned ? { data: planned, source: 'plan', at: null, by: null } : null);
}
