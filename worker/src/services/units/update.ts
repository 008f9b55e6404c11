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
  const list = JSON.stringify(reached.map((r) => ({ campaign: r.campaign, version: r.plan_version })));
  // The fact columns and JSON paths come from FACTS, never from the request; values are bound.
  const values = given.map(([field]) => body[field]);
  const setColumns = given.map(([, column], k) => `${column} = ?${k + 3}`).join(', ');
  const jsonPaths = given
    .map(([field], k) => `'$.units[' || cu.position || '].${field}', ?${k + 3}`)
    .join(', ');
  try {
    await db.batch([
      // Every campaign from `from` on, at the version read; none created since.
      db
        .prepare(
          `INSERT INTO write_guards (guard)
           SELECT NULL WHERE EXISTS (
             SELECT 1 FROM json_each(?2) j JOIN campaigns c ON c.code = j.value ->> '$.campaign'
              WHERE c.plan_version IS NOT j.value ->> '$.version')
              OR (SELECT count(*) FROM campaigns c JOIN campaign_units cu ON cu.campaign = c.code AND cu.unit = ?1
                    JOIN campaigns f ON f.code = ?3
                   WHERE (c.year, c.created_at, c.code) >= (f.year, f.created_at, f.code)) IS NOT json_array_length(?2)`,
        )
        .bind(code, list, body.from),
      db
        .prepare(
          `INSERT INTO plan_amendments (campaign, version, reason, changes, at, by_label, by_role)
           SELECT value ->> '$.campaign', (value ->> '$.version') + 1, ?2, ?3, ?4, ?5, ?6 FROM json_each(?1)`,
        )
        .bind(list, body.reason, JSON.stringify([change]), now, actor.label, actor.role),
      db
        .prepare(
          `UPDATE campaigns SET plan_version = plan_version + 1,
                  document = (SELECT json_set(campaigns.document, ${jsonPaths}) FROM campaign_units cu
                               WHERE cu.campaign = campaigns.code AND cu.unit = ?1)
            WHERE code IN (SELECT value ->> '$.campaign' FROM json_each(?2))`,
        )
        .bind(code, list, ...values),
      db
        .prepare(
          `UPDATE campaign_units SET ${setColumns}
            WHERE unit = ?1 AND campaign IN (SELECT value ->> '$.campaign' FROM json_each(?2))`,
        )
        .bind(code, list, ...values),
      db
        .prepare(`UPDATE units SET ${setColumns}, updated_at = ?2 WHERE code = ?1`)
        .bind(code, now, ...values),
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
  const [now_] = await units.findUnits(db, [code]);
  return {
    unit: units.unitOf(now_!),
    from: body.from,
    campaigns: reached.map((r) => ({ campaign: r.campaign, version: r.plan_version + 1 })),
  };
}
