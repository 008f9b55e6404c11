/**
 * Campaigns from plan documents (contract: "The plan document"): create one atomically from a validated
 * document, list and read them by role, move a group's deadline. Audited in the same batch.
 */
import { GroupPatch } from '../../../shared/contract/campaigns';
import { validatePlan } from '../../../shared/plan';
import { isoVn } from '../../../shared/time';
import type { Actor } from '../access/actor';
import { requireRole } from '../access/guards';
import { groupOr404, readableCampaign } from '../access/scope';
import * as audit from '../db/audit';
import * as campaigns from '../db/campaigns';
import * as plans from '../db/plans';
import * as units from '../db/units';
import { apiError, conflict, invalid } from '../errors';
import { wmsg } from '../messages';
import { parseBody, type RawBody } from '../validation';
import { checkUnits } from './units/facts';

export async function createPlan(db: D1Database, actor: Actor, readBody: RawBody, now: number) {
  const result = validatePlan(await readBody());
  if (!result.ok) throw invalid(result.problems);
  const code = result.plan.campaign.code;
  const bytes = plans.largestValueBytes(result.plan);
  if (bytes > plans.MAX_VALUE_BYTES) throw apiError(413, wmsg.planTooBig(bytes, plans.MAX_VALUE_BYTES));
  if (await campaigns.findCampaign(db, code)) throw conflict(wmsg.campaignExists(code));
  // A known unit only with the facts it has (decision 0027): other facts are a unit update, never a plan.
  const known = await units.findUnits(
    db,
    result.plan.units.map((u) => u.code),
  );
  const checked = checkUnits(result.plan.units, known, (i) => ['units', i]);
  if (checked.problems.length) throw invalid(checked.problems);
  const plan = { ...result.plan, units: checked.units };
  const statements = plans.createStatements(db, { plan, now, createdBy: actor.label });
  const entry = {
    at: now,
    actor,
    action: 'plan.create',
    target: code,
    campaign: code,
    detail: { units: plan.units.length, groups: plan.groups.length, templates: plan.templates.length },
  };
  try {
    await db.batch([...statements, audit.record(db, entry)]);
  } catch (error) {
    if (plans.isDuplicateCampaign(error)) throw conflict(wmsg.campaignExists(code));
    if (plans.isGuardFailure(error)) throw conflict(wmsg.concurrentChange(code));
    if (plans.isTooBig(error)) throw apiError(413, wmsg.planTooBig(bytes, plans.MAX_VALUE_BYTES));
    throw error;
  }
  return { ...plan, status: 'open' as const };
}

export async function listCampaigns(db: D1Database, actor: Actor) {
  const rows =
    actor.role === 'unit' ? await campaigns.listForUnit(db, actor.unit ?? '') : await campaigns.listAll(db);
  return { campaigns: rows.map((r) => ({ code: r.code, year: r.year, title: r.title, status: r.status })) };
}

export async function getCampaign(db: D1Database, actor: Actor, code: string) {
  const row = await readableCampaign(db, code, actor);
  const document = JSON.parse((await campaigns.findDocument(db, code))!) as Record<string, unknown>;
  return { ...document, status: row.status };
}

/** PATCH …/groups/{group} {deadline, reason?}: secretariat and admin; recorded in the audit log. */
export async function patchGroup(
  db: D1Database,
  actor: Actor,
  campaign: string,
  groupCode: string,
  readBody: RawBody,
  now: number,
) {
  const group = await groupOr404(db, campaign, groupCode);
  requireRole(actor, 'admin', 'secretariat');
  const body = await parseBody(GroupPatch, readBody);
  await db.batch([
    ...plans.setDeadlineStatements(db, campaign, group, body.deadline),
    audit.record(db, {
      at: now,
      actor,
      action: 'group.deadline',
      target: group.code,
      campaign,
      detail: {
        from: group.deadline,
        to: body.deadline,
        ...(body.reason === undefined ? {} : { reason: body.reason }),
      },
    }),
  ]);
  const updated = (await campaigns.findGroup(db, campaign, group.code))!;
  return {
    campaign,
    group: updated.code,
    name: updated.name,
    lead: updated.lead,
    deadline: updated.deadline,
    deadlineAt: isoVn(updated.deadline_at),
  };
}
