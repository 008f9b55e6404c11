/**
 * `PUT /units/{unit}` (decision 0027): the one way a known unit's name or facts change. It applies from
 * campaign `from` on — that campaign and every later one listing the unit get the new facts, each as an
 * amendment of its plan (its version bumped, the reason kept) — while earlier campaigns and their snapshots
 * keep theirs. One batch, guarded: a campaign amended or created meanwhile fails it (409). Audited as a
 * global event (no campaign), since it may reach several.
 */
import { UnitUpdate } from '../../../../shared/contract/amendments';
import type { Actor } from '../../access/actor';
import { requireSecretariat } from '../../access/roles';
import * as audit from '../../db/audit';
import * as campaigns from '../../db/campaigns';
import { isGuardFailure } from '../../db/plans';
import * as units from '../../db/units';
import { conflict, invalid, notFound } from '../../errors';
import { wmsg } from '../../messages';
import { parseBody, type RawBody } from '../../validation';
import { FACTS } from './facts';

export async function updateUnit(db: D1Database, actor: Actor, code: string, readBody: RawBody, now: number) {
  requireSecretariat(actor);
  const [known] = await units.findUnits(db, [code]);
  if (!known) throw notFound(wmsg.unknownUnitInPath(code));
  const body = await parseBody(UnitUpdate, readBody);
  const problem = (message: string) => invalid([{ path: '/from', code: 'unit_not_in_campaign', message }]);
  if (!(await campaigns.findCampaign(db, body.from))) throw problem(wmsg.unknownCampaign(body.from));
  const before = await units.inCampaign(db, body.from, code);
  if (!before) throw problem(wmsg.unitNotInCampaign(code, body.from));

  const given = FACTS.filter(([field]) => body[field] !== undefined);
  const facts = Object.fromEntries(given.map(([field]) => [field, body[field]]));
  const reached = await units.campaignsFrom(db, code, body.from);
  if (given.every(([field, column]) => body[field] === before[column] && body[field] === known[column]))
    throw invalid([{ path: '/name', code: 'unit_unchanged', message: wmsg.unitUnchanged(code) }]);

  const change = { kind: 'unitUpdate', unit: code, from: body.from, ...facts };
  const reachedList = reached.map((r) => ({ campaign: r.campaign, version: r.plan_version }));
  try {
    await db.batch([
      ...units.updateStatements(db, {
        unit: code,
        from: body.from,
        reached: reachedList,
        reason: body.reason,
        change,
        facts: given.map(([field, column]) => ({ field, column, value: body[field]! })),
        at: now,
        actor,
      }),
      audit.record(db, {
        at: now,
        actor,
        action: 'unit.update',
        target: code,
        campaign: null,
        detail: {
          reason: body.reason,
          from: body.from,
          campaigns: reached.map((r) => ({ campaign: r.campaign, version: r.plan_version + 1 })),
          before: Object.fromEntries(given.map(([field, column]) => [field, before[column]])),
          after: facts,
        },
      }),
    ]);
  } catch (error) {
    if (isGuardFailure(error) || /UNIQUE constraint failed: plan_amendments/i.test(String(error)))
      throw conflict(wmsg.concurrentChange(body.from));
    throw error;
  }
  const [current] = await units.findUnits(db, [code]);
  return {
    unit: units.unitOf(current!),
    from: body.from,
    campaigns: reached.map((r) => ({ campaign: r.campaign, version: r.plan_version + 1 })),
  };
}
