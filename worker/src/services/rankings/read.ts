/**
 * GET …/groups/{group}/ranking and GET …/rankings: who may read (a unit only its own groups, once their
 * deadline has passed), then one batch of reads and the shared core. See docs/decisions/0005-rankings.md.
 */

import { isoVn } from '../../../../shared/time';
import type { Actor } from '../../access/actor';
import { requireCampaignReader } from '../../access/guards';
import { rankingRefusal } from '../../access/rankings';
import { requireStaff } from '../../access/roles';
import { groupOr404, readableCampaign } from '../../access/scope';
import { rankingData } from '../../db/rankings';
import { forbidden } from '../../errors';
import { type RankedGroup, rankAll } from './compute';

/**
 * Every group of the campaign ranked (constant number of queries). `entries: false` when the caller needs no
 * sheet scores (rankings, quota standings): the read is then the stored totals only.
 */
export async function rankCampaign(
  db: D1Database,
  campaign: string,
  now: number,
  options: { entries?: boolean } = {},
): Promise<RankedGroup[]> {
  return rankAll(await rankingData(db, campaign, null, options), isoVn(now)!);
}

/** One group ranked, after the 404 and 403 checks. */
export async function groupRanking(
  db: D1Database,
  actor: Actor,
  campaign: string,
  group: string,
  now: number,
) {
  const g = await groupOr404(db, campaign, group);
  await requireCampaignReader(db, campaign, actor);
  const data = await rankingData(db, campaign, g.code, { entries: false });
  const refusal = rankingRefusal(actor, g, (unit) => data.members.some((m) => m.unit === unit), now);
  if (refusal) throw forbidden(refusal);
  return rankAll(data, isoVn(now)!)[0]!;
}

/** Every group's ranking a caller may read: all for staff, for a unit its own groups past their deadline. */
export async function campaignRankings(db: D1Database, actor: Actor, campaign: string, now: number) {
  await readableCampaign(db, campaign, actor);
  const ranked = await rankCampaign(db, campaign, now, { entries: false });
  const visible = ranked.filter(
    (r) => rankingRefusal(actor, r.group, (unit) => r.members.has(unit), now) === null,
  );
  return { groups: visible.map((r) => r.ranking) };
}

/** One group ranked, for staff only (consolidated sheets): 404, then 403 for any unit token. */
export async function readStaffGroup(
  db: D1Database,
  actor: Actor,
  campaign: string,
  group: string,
  now: number,
) {
  const g = await groupOr404(db, campaign, group);
  requireStaff(actor);
  return rankAll(await rankingData(db, campaign, g.code), isoVn(now)!)[0]!;
}
