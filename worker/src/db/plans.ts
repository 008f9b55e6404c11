/**
 * Writing a whole campaign from a validated plan document: ONE batch (one transaction). Lists are passed as
 * one JSON parameter each and expanded with `json_each`, so a plan of any size stays within D1's 100 bound
 * parameters per statement. A campaign code that exists makes the first INSERT fail and the batch with it.
 */
import type { Plan } from '../../../shared/contract/plan';
import { instantMs } from '../../../shared/time';
import { insertCampaignUnits, insertNewUnits } from './units';

/** D1's limit on one value (a string or blob bound to a statement, or stored in a row): 2 MB. */
export const MAX_VALUE_BYTES = 2_000_000;

/**
 * Bytes of the largest value the plan's statements bind: the whole document, stored as the campaign's
 * `document` (every list bound for `json_each` is a part of it, so smaller).
 */
export function largestValueBytes(plan: Plan): number {
  return new TextEncoder().encode(JSON.stringify(plan)).length;
}

/** Whether a D1 error says a value or row passed its size limit (SQLITE_TOOBIG). */
export function isTooBig(error: unknown): boolean {
  const text = String((error as { message?: unknown })?.message ?? error);
  return /SQLITE_TOOBIG|string or blob too big|too big/i.test(text);
}

export interface PlanWrite {
  plan: Plan;
  now: number;
  createdBy: string;
}

/** The statements that create the campaign; the caller appends its audit row and runs them as one batch. */
export function createStatements(db: D1Database, { plan, now, createdBy }: PlanWrite): D1PreparedStatement[] {
  const c = plan.campaign.code;
  const units = plan.units.map((u, position) => ({
    code: u.code,
    name: u.name,
    kind: u.kind ?? null,
    parent: u.parent ?? null,
    womenShare: u.womenShare ?? null,
    position,
  }));
  const templates = plan.templates.map((t) => ({ code: t.code, document: JSON.stringify(t) }));
  const groups = plan.groups.map((g, position) => ({
    code: g.code,
    position,
    kind: g.kind,
    name: g.name,
    template: g.template,
    lead: g.lead,
    deadline: g.deadline ?? null,
    deadlineAt: g.deadline ? instantMs(g.deadline) : null,
    votePercent: g.vote?.percent ?? null,
    voteOf: g.vote?.of ?? null,
  }));
  const members = plan.groups.flatMap((g) =>
    g.members.map((unit, position) => ({ group: g.code, unit, position })),
  );
  const movements = plan.movements.map((m, position) => ({
    code: m.code,
    position,
    name: m.name,
    responsibleUnit: m.responsibleUnit ?? null,
  }));
  const j = (v: unknown) => JSON.stringify(v);

  return [
    db
      .prepare(
        `INSERT INTO campaigns (code, year, title, status, document, created_at, created_by)
         VALUES (?1, ?2, ?3, 'open', ?4, ?5, ?6)`,
      )
      .bind(c, plan.campaign.year, plan.campaign.title, j(plan), now, createdBy),
    // Units are global: a new one is added; a known one is never changed here (the service refused a plan
    // giving other facts, and the guard below fails the batch if they moved meanwhile). Decision 0027.
    insertNewUnits(db, j(units), now),
    unitsUnchangedGuard(db, j(units)),
    insertCampaignUnits(db, c, j(units)),
    db
      .prepare(
        `INSERT INTO templates (campaign, code, document)
         SELECT ?1, value ->> '$.code', value ->> '$.document' FROM json_each(?2)`,
      )
      .bind(c, j(templates)),
    db
      .prepare(
        `INSERT INTO plan_groups (campaign, code, position, kind, name, template, lead, deadline, deadline_at,
                                  vote_percent, vote_of)
         SELECT ?1, value ->> '$.code', value ->> '$.position', value ->> '$.kind', value ->> '$.name',
                value ->> '$.template', value ->> '$.lead', value ->> '$.deadline', value ->> '$.deadlineAt',
                value ->> '$.votePercent', value ->> '$.voteOf'
           FROM json_each(?2)`,
      )
      .bind(c, j(groups)),
    db
      .prepare(
        `INSERT INTO group_members (campaign, group_code, unit, position)
         SELECT ?1, value ->> '$.group', value ->> '$.unit', value ->> '$.position' FROM json_each(?2)`,
      )
      .bind(c, j(members)),
    db
      .prepare(
        `INSERT INTO movements (campaign, code, position, name, responsible_unit)
         SELECT ?1, value ->> '$.code', value ->> '$.position', value ->> '$.name', value ->> '$.responsibleUnit'
           FROM json_each(?2)`,
      )
      .bind(c, j(movements)),
  ];
}

/**
 * Fails the batch (a NULL into write_guards) when a listed unit's global facts differ from the list's (JSON
 * of {code, name, kind, parent, womenShare}, every fact completed from the unit beforehand).
 */
export function unitsUnchangedGuard(db: D1Database, unitsJson: string): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO write_guards (guard)
       SELECT NULL WHERE EXISTS (
         SELECT 1 FROM json_each(?1) j JOIN units u ON u.code = j.value ->> '$.code'
          WHERE u.name IS NOT j.value ->> '$.name' OR u.kind IS NOT j.value ->> '$.kind'
             OR u.parent IS NOT j.value ->> '$.parent' OR u.women_share IS NOT j.value ->> '$.womenShare')`,
    )
    .bind(unitsJson);
}

/** Whether a D1 error is a write guard failing: the state the write was checked against moved meanwhile. */
export function isGuardFailure(error: unknown): boolean {
  const text = String((error as { message?: unknown })?.message ?? error);
  return /write_guards/i.test(text);
}

/** Whether a D1 error is the campaign's primary key colliding (the code exists). */
export function isDuplicateCampaign(error: unknown): boolean {
  const text = String((error as { message?: unknown })?.message ?? error);
  return /UNIQUE constraint failed: campaigns\.code/i.test(text);
}

/**
 * Moves a group's deadline: the normalised row and the stored document, in the statements the caller batches
 * with its audit row. `deadline` null removes it.
 */
export function setDeadlineStatements(
  db: D1Database,
  campaign: string,
  group: { code: string; position: number },
  deadline: string | null,
): D1PreparedStatement[] {
  const at = deadline === null ? null : instantMs(deadline);
  const path = `$.groups[${group.position}].deadline`;
  return [
    db
      .prepare('UPDATE plan_groups SET deadline = ?3, deadline_at = ?4 WHERE campaign = ?1 AND code = ?2')
      .bind(campaign, group.code, deadline, at),
    db
      .prepare(
        `UPDATE campaigns
            SET document = CASE WHEN ?3 IS NULL THEN json_remove(document, ?2) ELSE json_set(document, ?2, ?3) END
          WHERE code = ?1`,
      )
      .bind(campaign, path, deadline),
  ];
}
