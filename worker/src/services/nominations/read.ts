/** GET nominations (filters movement, award, group, unit, status) and GET quotas. */
import { NominationsQuery } from '../../../../shared/contract/nominations';
import type { Actor } from '../../access/actor';
import { requireCampaignReader } from '../../access/guards';
import { reads, responsibleMovements } from '../../access/nominations';
import { requireStaff } from '../../access/roles';
import { campaignOr404 } from '../../access/scope';
import { wmsg } from '../../messages';
import { parseWith } from '../../validation';
import { campaignState, itemView } from './state';

export async function listNominations(
  db: D1Database,
  actor: Actor,
  campaign: string,
  query: Record<string, string>,
  now: number,
) {
  await campaignOr404(db, campaign);
  await requireCampaignReader(db, campaign, actor);
  const q = parseWith(NominationsQuery, query);
  const state = await campaignState(db, campaign, now, { entries: false });
  const responsible = responsibleMovements(state.plan, actor);
  const items = state.rows
    .map((r) => itemView(r, state.byId.get(r.id)))
    .filter(
      (n) =>
        reads(actor, responsible, n) &&
        (!q.movement || n.movement === q.movement) &&
        (!q.award || n.award === q.award) &&
        (!q.group || n.group === q.group) &&
        (!q.unit || n.nominee.unit === q.unit) &&
        (!q.status || n.status === q.status),
    );
  return { items };
}

export async function readQuotas(db: D1Database, actor: Actor, campaign: string, now: number) {
  await campaignOr404(db, campaign);
  requireStaff(actor, wmsg.quotasStaffOnly);
  const state = await campaignState(db, campaign, now, { entries: false });
  return { rules: state.result.rules };
}
