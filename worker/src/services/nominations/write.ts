/**
 * POST, PATCH, DELETE nominations. Order of checks: 404 (campaign, nomination), 403 (role, then each item's
 * nominee and priority), 400/413/415/422 (body, then references against the plan), 423 (a closing milestone).
 * Each write is one batch with its audit rows; statuses are then re-evaluated over the whole campaign.
 */
import {
  type NominationInput,
  NominationPatch,
  NominationsPost,
} from '../../../../shared/contract/nominations';
import {
  checkNominationRef,
  checkNominationRefs,
  mergeNominationPatch,
} from '../../../../shared/nominations';
import type { Actor } from '../../access/actor';
import { requireCampaignReader } from '../../access/guards';
import { requireFiler, responsibleMovements } from '../../access/nominations';
import { requireNotCouncil } from '../../access/roles';
import { campaignOr404 } from '../../access/scope';
import * as audit from '../../db/audit';
import * as noms from '../../db/nominations';
import { forbidden, invalid, notFound } from '../../errors';
import { wmsg } from '../../messages';
import { parseBody, type RawBody } from '../../validation';
import { requireOpen } from '../milestones';
import { nomineesWithFacts } from '../staff-facts';
import { campaignState, itemView } from './state';

export async function postNominations(
  db: D1Database,
  actor: Actor,
  campaign: string,
  readBody: RawBody,
  now: number,
) {
  const { year } = await campaignOr404(db, campaign);
  await requireCampaignReader(db, campaign, actor);
  requireNotCouncil(actor);
  const body = await parseBody(NominationsPost, readBody);
  const before = await campaignState(db, campaign, now, { entries: false });
  const responsible = responsibleMovements(before.plan, actor);
  for (const item of body.items) requireFiler(actor, responsible, item, item.priority !== undefined);
  const facts = await nomineesWithFacts(db, year, body.items, '/items');
  const items = facts.items;
  const problems = [...facts.problems, ...checkNominationRefs(before.plan, items)];
  if (problems.length > 0) throw invalid(problems);
  requireOpen(before.plan, before.reopens, 'nominations', now);

  const ids = items.map(() => `N-${crypto.randomUUID()}`);
  await db.batch(
    items.flatMap((item, i) => [
      noms.insert(db, campaign, ids[i]!, item, now, actor.label),
      audit.record(db, {
        at: now,
        actor,
        action: 'nomination.create',
        target: ids[i]!,
        campaign,
        detail: item,
      }),
    ]),
  );
  const after = await campaignState(db, campaign, now, { entries: false });
  return {
    items: ids.map((id) => {
      const e = after.byId.get(id);
      return { id, status: e?.status ?? 'ineligible', reasons: e?.reasons ?? [] };
    }),
  };
}

async function existing(db: D1Database, actor: Actor, campaign: string, id: string, now: number) {
  const { year } = await campaignOr404(db, campaign);
  const row = await noms.find(db, campaign, id);
  if (!row) throw notFound(wmsg.unknownNomination(id));
  await requireCampaignReader(db, campaign, actor);
  requireNotCouncil(actor);
  const state = await campaignState(db, campaign, now, { entries: false });
  const responsible = responsibleMovements(state.plan, actor);
  const current = JSON.parse(row.data) as NominationInput;
  try {
    requireFiler(actor, responsible, current, false);
  } catch {
    throw forbidden(wmsg.nominationNotYours(id));
  }
  return { row, current, state, responsible, year };
}

export async function patchNomination(
  db: D1Database,
  actor: Actor,
  campaign: string,
  id: string,
  readBody: RawBody,
  now: number,
) {
  const { current, state, responsible, year } = await existing(db, actor, campaign, id, now);
  const patch = await parseBody(NominationPatch, readBody);
  requireFiler(actor, responsible, mergeNominationPatch(current, patch), patch.priority !== undefined);
  const facts = await nomineesWithFacts(db, year, [mergeNominationPatch(current, patch)], '');
  const merged = facts.items[0]!;
  const problems = [
    ...facts.problems.map((p) => ({ ...p, path: p.path.replace(/^\/0/, '') })),
    ...checkNominationRef(state.plan, merged),
  ];
  if (problems.length > 0) throw invalid(problems);
  requireOpen(state.plan, state.reopens, 'nominations', now);
  await db.batch([
    noms.update(db, campaign, id, merged, now),
    audit.record(db, { at: now, actor, action: 'nomination.update', target: id, campaign, detail: patch }),
  ]);
  const after = await campaignState(db, campaign, now, { entries: false });
  const row = after.rows.find((r) => r.id === id)!;
  return itemView(row, after.byId.get(id));
}

export async function deleteNomination(
  db: D1Database,
  actor: Actor,
  campaign: string,
  id: string,
  now: number,
) {
  const { current, state } = await existing(db, actor, campaign, id, now);
  requireOpen(state.plan, state.reopens, 'nominations', now);
  await db.batch([
    noms.remove(db, campaign, id),
    audit.record(db, {
      at: now,
      actor,
      action: 'nomination.withdraw',
      target: id,
      campaign,
      detail: current,
    }),
  ]);
}
