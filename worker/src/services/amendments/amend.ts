/**
 * Plan amendments (decision 0027): `POST /campaigns/{campaign}/amendments` changes the plan during the year
 * by a versioned amendment with its reason — validated like a new plan, refused (422 naming what) when it
 * would undo what was already scored — and `GET /campaigns/{campaign}/plan` shows the plan now, its version
 * and every amendment. One batch per amendment, led by its guards; 409 when another got there first.
 */
import { AmendmentInput, type PlanChange } from '../../../../shared/contract/amendments';
import { Plan } from '../../../../shared/contract/plan';
import { type Problem, pointer } from '../../../../shared/problems';
import { isoVn } from '../../../../shared/time';
import type { Actor } from '../../access/actor';
import { requireSecretariat } from '../../access/roles';
import { campaignOr404, readableCampaign } from '../../access/scope';
import * as amendments from '../../db/amendments';
import * as audit from '../../db/audit';
import * as plans from '../../db/plans';
import * as units from '../../db/units';
import { apiError, conflict, invalid } from '../../errors';
import { wmsg } from '../../messages';
import { parseBody, type RawBody } from '../../validation';
import { applyChanges } from './apply';

/** The plan now, its version and its amendments, oldest first. */
export async function planView(db: D1Database, actor: Actor, campaign: string) {
  await readableCampaign(db, campaign, actor);
  const [cur, rows] = await Promise.all([amendments.current(db, campaign), amendments.list(db, campaign)]);
  return {
    campaign,
    version: cur!.plan_version,
    plan: JSON.parse(cur!.document) as Record<string, unknown>,
    amendments: rows.map((r) => ({
      version: r.version,
      reason: r.reason,
      changes: JSON.parse(r.changes) as Record<string, unknown>[],
      at: isoVn(r.at),
      by: r.by_label,
      role: r.by_role,
    })),
  };
}

export async function amendPlan(
  db: D1Database,
  actor: Actor,
  campaign: string,
  readBody: RawBody,
  now: number,
) {
  await campaignOr404(db, campaign);
  requireSecretariat(actor);
  const body = await parseBody(AmendmentInput, readBody);
  const cur = (await amendments.current(db, campaign))!;
  const stale = () =>
    conflict(wmsg.staleVersion(campaign, body.version, cur.plan_version), {
      currentVersion: cur.plan_version,
    });
  if (cur.plan_version !== body.version) throw stale();

  const before = Plan.parse(JSON.parse(cur.document));
  const added = body.changes.flatMap((c) => (c.kind === 'addUnit' ? [c.unit.code] : []));
  const known = added.length ? await units.findUnits(db, added) : [];
  const applied = applyChanges(before, body.changes, known);
  if (!applied.ok) throw invalid(applied.problems);
  const { plan, effects } = applied;

  // What was scored stays: no member with a sheet, ballot or nomination leaves its group; no template a
  // group has scored with is replaced.
  const scoredGroups = plan.groups.filter((g) => effects.templates.some((t) => t.code === g.template));
  const touched = [
    ...new Set([...effects.removedMembers.map((r) => r.group), ...scoredGroups.map((g) => g.code)]),
  ];
  const records = touched.length ? await amendments.recordsOfGroups(db, campaign, touched) : null;
  if (records) {
    const problems = scoredProblems(body.changes, effects, scoredGroups, records);
    if (problems.length) throw invalid(problems);
  }

  const document = JSON.stringify(plan);
  const bytes = new TextEncoder().encode(document).length;
  if (bytes > plans.MAX_VALUE_BYTES) throw apiError(413, wmsg.planTooBig(bytes, plans.MAX_VALUE_BYTES));
  const guardPairs = [
    ...effects.removedMembers.map((r) => ({ group: r.group, unit: r.unit })),
    ...scoredGroups.map((g) => ({ group: g.code, unit: null })),
  ];
  const addedUnits = effects.addedUnits.map(({ unit: u }) => ({
    code: u.code,
    name: u.name,
    kind: u.kind ?? null,
    parent: u.parent ?? null,
    womenShare: u.womenShare ?? null,
  }));
  const write = { campaign, version: body.version, reason: body.reason, changes: body.changes, document };
  try {
    await db.batch([
      amendments.versionGuard(db, campaign, body.version),
      amendments.noSheetsGuard(db, campaign, guardPairs),
      ...amendments.amendStatements(db, { ...write, effects, at: now, actor }),
      plans.unitsUnchangedGuard(db, JSON.stringify(addedUnits)),
      audit.record(db, {
        at: now,
        actor,
        action: 'plan.amend',
        target: campaign,
        campaign,
        revisionBefore: body.version,
        revisionAfter: body.version + 1,
        detail: { reason: body.reason, changes: body.changes.map((c) => c.kind) },
      }),
    ]);
  } catch (error) {
    if (plans.isGuardFailure(error) || /UNIQUE constraint failed: plan_amendments/i.test(String(error)))
      throw conflict(wmsg.concurrentChange(campaign));
    if (plans.isTooBig(error)) throw apiError(413, wmsg.planTooBig(bytes, plans.MAX_VALUE_BYTES));
    throw error;
  }
  return planView(db, actor, campaign);
}

/** The changes that would undo something recorded, each named at its change. */
function scoredProblems(
  changes: readonly PlanChange[],
  effects: amendments.Effects,
  scoredGroups: readonly { code: string; template: string }[],
  records: amendments.GroupRecords,
): Problem[] {
  const problems: Problem[] = [];
  const at = (test: (c: PlanChange) => boolean) => {
    const i = changes.findIndex(test);
    return pointer(i < 0 ? ['changes'] : ['changes', i]);
  };
  const voted = (group: string, unit: string) =>
    records.votes.some(
      (v) =>
        v.group_code === group &&
        (JSON.parse(v.candidates) as { unit: string }[]).some((c) => c.unit === unit),
    );
  for (const { group, unit } of effects.removedMembers) {
    const path = at((c) => c.kind === 'removeMember' && c.group === group && c.unit === unit);
    if (records.sheets.some((s) => s.group_code === group && s.unit === unit))
      problems.push({ path, code: 'member_has_sheet', message: wmsg.memberHasSheet(unit, group) });
    else if (
      voted(group, unit) ||
      records.nominations.some((n) => n.group_code === group && n.nominee_unit === unit)
    )
      problems.push({ path, code: 'member_has_records', message: wmsg.memberHasRecords(unit, group) });
  }
  for (const t of effects.templates) {
    const groups = scoredGroups
      .filter((g) => g.template === t.code && records.sheets.some((s) => s.group_code === g.code))
      .map((g) => g.code);
    if (groups.length)
      problems.push({
        path: at((c) => c.kind === 'replaceTemplate' && c.template.code === t.code),
        code: 'template_has_sheets',
        message: wmsg.templateHasSheets(t.code, groups),
      });
  }
  return problems;
}
