/**
 * Repository of plan amendments (decision 0027): the versioned history of a campaign's plan, and the
 * statements of one amendment. The caller runs them as ONE batch led by `versionGuard`: a campaign no longer
 * at the version amended fails the batch, so two amendments of one version never both land.
 */

import type { Unit } from '../../../shared/contract/plan';
import type { Template } from '../../../shared/contract/template';
import type { Actor } from '../access/actor';
import { insertCampaignUnits, insertNewUnits } from './units';

export interface AmendmentRow {
  version: number;
  reason: string;
  changes: string;
  at: number;
  by_label: string;
  by_role: string;
}

export async function list(db: D1Database, campaign: string): Promise<AmendmentRow[]> {
  const { results } = await db
    .prepare(
      `SELECT version, reason, changes, at, by_label, by_role FROM plan_amendments
        WHERE campaign = ?1 ORDER BY version`,
    )
    .bind(campaign)
    .all<AmendmentRow>();
  return results;
}

/** The stored document and its version, read together. */
export function current(
  db: D1Database,
  campaign: string,
): Promise<{ document: string; plan_version: number } | null> {
  return db.prepare('SELECT document, plan_version FROM campaigns WHERE code = ?1').bind(campaign).first();
}

/** Fails the batch (a NULL into write_guards) unless the campaign is at `version`. */
export function versionGuard(db: D1Database, campaign: string, version: number): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO write_guards (guard)
       SELECT NULL WHERE (SELECT plan_version FROM campaigns WHERE code = ?1) IS NOT ?2`,
    )
    .bind(campaign, version);
}

/** Fails the batch when any (group, unit) — or any unit of a group, `unit` null — has a sheet. */
export function noSheetsGuard(
  db: D1Database,
  campaign: string,
  pairs: { group: string; unit: string | null }[],
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO write_guards (guard)
       SELECT NULL WHERE EXISTS (
         SELECT 1 FROM json_each(?2) j JOIN sheets s
           ON s.campaign = ?1 AND s.group_code = j.value ->> '$.group'
          AND (j.value ->> '$.unit' IS NULL OR s.unit = j.value ->> '$.unit'))`,
    )
    .bind(campaign, JSON.stringify(pairs));
}

/** What an amendment writes besides the document: derived from its changes by services/amendments/apply. */
export interface Effects {
  addedUnits: { unit: Unit; position: number }[];
  removedMembers: { group: string; unit: string }[];
  addedMembers: { group: string; unit: string }[];
  leads: { group: string; lead: string }[];
  templates: Template[];
}

export interface AmendmentWrite {
  campaign: string;
  version: number;
  reason: string;
  changes: unknown[];
  document: string;
  effects: Effects;
  at: number;
  actor: Actor;
}

/** The statements after the guards: the amendment row, the document and version, the normalised tables. */
export function amendStatements(db: D1Database, w: AmendmentWrite): D1PreparedStatement[] {
  const c = w.campaign;
  const e = w.effects;
  const j = (v: unknown) => JSON.stringify(v);
  const units = e.addedUnits.map(({ unit: u, position }) => ({
    code: u.code,
    name: u.name,
    kind: u.kind ?? null,
    parent: u.parent ?? null,
    womenShare: u.womenShare ?? null,
    position,
  }));
  return [
    db
      .prepare(
        `INSERT INTO plan_amendments (campaign, version, reason, changes, at, by_label, by_role)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)`,
      )
      .bind(c, w.version + 1, w.reason, j(w.changes), w.at, w.actor.label, w.actor.role),
    db
      .prepare(
        'UPDATE campaigns SET plan_version = ?2 + 1, document = ?3 WHERE code = ?1 AND plan_version = ?2',
      )
      .bind(c, w.version, w.document),
    insertNewUnits(db, j(units), w.at),
    insertCampaignUnits(db, c, j(units)),
    db
      .prepare(
        `DELETE FROM group_members WHERE campaign = ?1 AND EXISTS (
           SELECT 1 FROM json_each(?2) j
            WHERE j.value ->> '$.group' = group_members.group_code AND j.value ->> '$.unit' = group_members.unit)`,
      )
      .bind(c, j(e.removedMembers)),
    // Appended after the group's last member, in the order given.
    db
      .prepare(
        `INSERT INTO group_members (campaign, group_code, unit, position)
         SELECT ?1, j.value ->> '$.group', j.value ->> '$.unit',
                (SELECT coalesce(max(m.position), -1) FROM group_members m
                  WHERE m.campaign = ?1 AND m.group_code = j.value ->> '$.group') + 1 + j.key
           FROM json_each(?2) j`,
      )
      .bind(c, j(e.addedMembers)),
    db
      .prepare(
        `UPDATE plan_groups SET lead = (
           SELECT j.value ->> '$.lead' FROM json_each(?2) j WHERE j.value ->> '$.group' = plan_groups.code)
          WHERE campaign = ?1 AND code IN (SELECT value ->> '$.group' FROM json_each(?2))`,
      )
      .bind(c, j(e.leads)),
    db
      .prepare(
        `UPDATE templates SET document = (
           SELECT j.value ->> '$.document' FROM json_each(?2) j WHERE j.value ->> '$.code' = templates.code)
          WHERE campaign = ?1 AND code IN (SELECT value ->> '$.code' FROM json_each(?2))`,
      )
      .bind(c, j(e.templates.map((t) => ({ code: t.code, document: j(t) })))),
  ];
}

export interface GroupRecords {
  sheets: { group_code: string; unit: string }[];
  nominations: { group_code: string; nominee_unit: string }[];
  votes: { group_code: string; candidates: string }[];
}

/** What is already recorded in the listed groups: the sheets, nominations and ballots (one read batch). */
export async function recordsOfGroups(
  db: D1Database,
  campaign: string,
  groups: readonly string[],
): Promise<GroupRecords> {
  const g = JSON.stringify(groups);
  const inGroups = 'campaign = ?1 AND group_code IN (SELECT value FROM json_each(?2))';
  const [sheets, nominations, votes] = await db.batch([
    db.prepare(`SELECT group_code, unit FROM sheets WHERE ${inGroups}`).bind(campaign, g),
    db.prepare(`SELECT group_code, nominee_unit FROM nominations WHERE ${inGroups}`).bind(campaign, g),
    db.prepare(`SELECT group_code, candidates FROM votes WHERE ${inGroups}`).bind(campaign, g),
  ]);
  return {
    sheets: sheets!.results as GroupRecords['sheets'],
    nominations: nominations!.results as GroupRecords['nominations'],
    votes: votes!.results as GroupRecords['votes'],
  };
}
