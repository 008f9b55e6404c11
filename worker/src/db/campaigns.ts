/** Repository of campaigns and their normalised plan tables: reads. (Writes: db/plans.ts.) */
import type { CampaignStatus, GroupKind } from '../../../shared/contract/enums';

export interface CampaignRow {
  code: string;
  year: number;
  title: string;
  status: CampaignStatus;
  created_at: number;
}

export interface GroupRow {
  campaign: string;
  code: string;
  position: number;
  kind: GroupKind;
  name: string;
  template: string;
  lead: string;
  deadline: string | null;
  deadline_at: number | null;
  vote_percent: number | null;
  vote_of: string | null;
}

const GROUP_COLUMNS =
  'campaign, code, position, kind, name, template, lead, deadline, deadline_at, vote_percent, vote_of';

export function findCampaign(db: D1Database, code: string): Promise<CampaignRow | null> {
  return db
    .prepare('SELECT code, year, title, status, created_at FROM campaigns WHERE code = ?1')
    .bind(code)
    .first<CampaignRow>();
}

/** The stored plan document (JSON text) of a campaign. */
export async function findDocument(db: D1Database, code: string): Promise<string | null> {
  const row = await db
    .prepare('SELECT document FROM campaigns WHERE code = ?1')
    .bind(code)
    .first<{ document: string }>();
  return row?.document ?? null;
}

/** Every campaign, newest year first. */
export async function listAll(db: D1Database): Promise<CampaignRow[]> {
  const { results } = await db
    .prepare('SELECT code, year, title, status, created_at FROM campaigns ORDER BY year DESC, code')
    .all<CampaignRow>();
  return results;
}

/** The campaigns that list a unit, newest year first. */
export async function listForUnit(db: D1Database, unit: string): Promise<CampaignRow[]> {
  const { results } = await db
    .prepare(
      `SELECT c.code, c.year, c.title, c.status, c.created_at
         FROM campaigns c JOIN campaign_units cu ON cu.campaign = c.code
        WHERE cu.unit = ?1 ORDER BY c.year DESC, c.code`,
    )
    .bind(unit)
    .all<CampaignRow>();
  return results;
}

export function findGroup(db: D1Database, campaign: string, group: string): Promise<GroupRow | null> {
  return db
    .prepare(`SELECT ${GROUP_COLUMNS} FROM plan_groups WHERE campaign = ?1 AND code = ?2`)
    .bind(campaign, group)
    .first<GroupRow>();
}

/** A template's JSON document. */
export async function findTemplate(db: D1Database, campaign: string, code: string): Promise<string | null> {
  const row = await db
    .prepare('SELECT document FROM templates WHERE campaign = ?1 AND code = ?2')
    .bind(campaign, code)
    .first<{ document: string }>();
  return row?.document ?? null;
}

export interface MemberRow {
  unit: string;
  name: string;
  position: number;
}

/** A group's members in plan order, with their names. */
export async function listMembers(db: D1Database, campaign: string, group: string): Promise<MemberRow[]> {
  const { results } = await db
    .prepare(
      `SELECT m.unit, u.name, m.position
         FROM group_members m JOIN campaign_units u ON u.campaign = m.campaign AND u.unit = m.unit
        WHERE m.campaign = ?1 AND m.group_code = ?2 ORDER BY m.position`,
    )
    .bind(campaign, group)
    .all<MemberRow>();
  return results;
}

export interface UnitGroupRow extends GroupRow {
  is_lead: number;
}

/** Every group a unit belongs to, across campaigns (GET /me). */
export async function groupsOfUnit(db: D1Database, unit: string): Promise<GroupRow[]> {
  const { results } = await db
    .prepare(
      `SELECT ${GROUP_COLUMNS.split(', ')
        .map((c) => `g.${c}`)
        .join(', ')}
         FROM group_members m
         JOIN plan_groups g ON g.campaign = m.campaign AND g.code = m.group_code
         JOIN campaigns c ON c.code = g.campaign
        WHERE m.unit = ?1 ORDER BY c.year DESC, g.campaign, g.position`,
    )
    .bind(unit)
    .all<GroupRow>();
  return results;
}

export function unitExists(db: D1Database, unit: string): Promise<{ code: string; name: string } | null> {
  return db.prepare('SELECT code, name FROM units WHERE code = ?1').bind(unit).first();
}
