/**
 * Resolving the campaign, group and unit named in a path: 404 when one does not exist (the contract checks
 * 404 before 403), then the caller's right to read the campaign (403). Every campaign-scoped route starts here.
 */

import * as campaigns from '../db/campaigns';
import { isMemberOf } from '../db/relations';
import { notFound } from '../errors';
import { wmsg } from '../messages';
import type { Actor } from './actor';
import { requireCampaignReader } from './guards';

/** The campaign row, or 404. */
export async function campaignOr404(db: D1Database, code: string): Promise<campaigns.CampaignRow> {
  const row = await campaigns.findCampaign(db, code);
  if (!row) throw notFound(wmsg.unknownCampaign(code));
  return row;
}

/** The group row, or 404 (the campaign first). */
export async function groupOr404(
  db: D1Database,
  campaign: string,
  group: string,
): Promise<campaigns.GroupRow> {
  await campaignOr404(db, campaign);
  const row = await campaigns.findGroup(db, campaign, group);
  if (!row) throw notFound(wmsg.unknownGroup(campaign, group));
  return row;
}

/** 404 unless `unit` is a member of the group (a unit that is not a member → 404, per the contract). */
export async function memberOr404(
  db: D1Database,
  campaign: string,
  group: string,
  unit: string,
): Promise<void> {
  if (!(await isMemberOf(db, campaign, group, unit))) {
    const exists = await campaigns.unitExists(db, unit);
    throw notFound(exists ? wmsg.notMember(unit, group) : wmsg.unknownUnitInPath(unit));
  }
}

/** The campaign (404) that the caller may read (403: a unit it does not list). */
export async function readableCampaign(
  db: D1Database,
  code: string,
  actor: Actor,
): Promise<campaigns.CampaignRow> {
  const row = await campaignOr404(db, code);
  await requireCampaignReader(db, code, actor);
  return row;
}
