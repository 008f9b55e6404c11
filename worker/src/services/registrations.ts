/**
 * Registrations (đăng ký thi đua; contract `PUT`/`GET …/units/{unit}/registration`, `GET …/registrations`):
 * the awards a unit registers for itself and for its people at the start of the year. The quota pass reads
 * them for `registered: true` eligibility rules (services/nominations/state.ts). Order of checks: 404
 * (campaign, unit listed in it), 403, body (400/413/415, 422 schema), 422 against the plan, 423 when a
 * milestone closing `registration` has passed and is not reopened.
 */
import { Plan } from '../../../shared/contract/plan';
import { Registration } from '../../../shared/contract/registrations';
import { checkRegistrationRefs } from '../../../shared/nominations';
import { isoVn } from '../../../shared/time';
import type { Actor } from '../access/actor';
import { isUnit } from '../access/guards';
import { requireStaff, requireUnitOrSecretariat } from '../access/roles';
import { campaignOr404 } from '../access/scope';
import * as audit from '../db/audit';
import * as cal from '../db/calendar';
import { forbidden, invalid, notFound } from '../errors';
import { wmsg } from '../messages';
import { parseBody, type RawBody } from '../validation';
import { requireOpen } from './milestones';
import { withStaffFacts } from './staff-facts';

/** A registration as the API shows it; a unit that never registered has empty lists and no time. */
export function registrationView(
  campaign: string,
  unit: string,
  name: string,
  stored: { data: Registration; at: number; by: string } | null,
) {
  return {
    campaign,
    unit,
    name,
    awards: stored?.data.awards ?? [],
    individuals: stored?.data.individuals ?? [],
    updatedAt: isoVn(stored?.at),
    updatedBy: stored?.by ?? null,
  };
}

const viewOf = (campaign: string, r: cal.RegistrationRow) =>
  registrationView(campaign, r.unit, r.name, {
    data: JSON.parse(r.data) as Registration,
    at: r.updated_at,
    by: r.updated_by,
  });

/** The unit listed in the campaign (404 otherwise, the campaign first). */
async function listedOr404(db: D1Database, campaign: string, unit: string) {
  const found = await cal.planAndReopens(db, campaign);
  if (!found) throw notFound(wmsg.unknownCampaign(campaign));
  const listed = await cal.listedUnit(db, campaign, unit);
  if (!listed) throw notFound(wmsg.unitNotInCampaign(unit, campaign));
  return { ...found, name: listed.name };
}

export async function putRegistration(
  db: D1Database,
  actor: Actor,
  key: { campaign: string; unit: string },
  readBody: RawBody,
  now: number,
) {
  const found = await listedOr404(db, key.campaign, key.unit);
  requireUnitOrSecretariat(actor, key.unit, wmsg.registrationWriteForbidden(key.unit));
  const sent = await parseBody(Registration, readBody);
  const plan = Plan.parse(JSON.parse(found.document));
  const facts = await withStaffFacts(
    db,
    plan.campaign.year,
    sent.individuals.map((person, i) => ({
      unit: key.unit,
      person,
      path: `/individuals/${i}`,
      fill: ['position'],
    })),
  );
  const body = { ...sent, individuals: facts.people };
  const problems = [...facts.problems, ...checkRegistrationRefs(plan, key.unit, body)];
  if (problems.length > 0) throw invalid(problems);
  requireOpen(plan, found.reopens, 'registration', now);
  await db.batch([
    cal.upsertRegistration(db, {
      campaign: key.campaign,
      unit: key.unit,
      data: body,
      at: now,
      by: actor.label,
    }),
    audit.record(db, {
      at: now,
      actor,
      action: 'registration.update',
      target: key.unit,
      campaign: key.campaign,
      detail: body,
    }),
  ]);
  return registrationView(key.campaign, key.unit, found.name, { data: body, at: now, by: actor.label });
}

export async function getRegistration(db: D1Database, actor: Actor, key: { campaign: string; unit: string }) {
  const found = await listedOr404(db, key.campaign, key.unit);
  const reads =
    actor.role !== 'unit' ||
    isUnit(actor, key.unit) ||
    (!!actor.unit && (await cal.leadsGroupOf(db, key.campaign, key.unit, actor.unit)));
  if (!reads) throw forbidden(wmsg.registrationReadForbidden(key.unit));
  const row = await cal.findRegistration(db, key.campaign, key.unit);
  return row ? viewOf(key.campaign, row) : registrationView(key.campaign, key.unit, found.name, null);
}

export async function listRegistrations(db: D1Database, actor: Actor, campaign: string) {
  await campaignOr404(db, campaign);
  requireStaff(actor);
  const rows = await cal.listRegistrations(db, campaign);
  return { registrations: rows.map((r) => viewOf(campaign, r)) };
}
