/**
 * Everything a sheet route needs about its path, in one round trip (one read batch). The template's
 * document (~15 kB for 120 criteria) comes back only when the caller does not hold it already: a template
 * changes only with the plan version, part of its key (decisions 0017, 0027), so the caller passes the keys it has cached
 * and gets NULL for those. The group row — its deadline can move — is always read.
 */
import type { GroupRow } from './campaigns';
import { find, type SheetKey, type SheetRow } from './sheets';

export interface SheetContextRows {
  campaignExists: boolean;
  group: GroupRow | null;
  isMember: boolean;
  unit: { code: string; name: string } | null;
  /**
   * The group's template: its cache key (`[campaign, code, campaign's created_at, plan version]` as JSON text, made by SQL;
   * a campaign code is never reused in one database, but a test database or a restored backup may hold
   * another plan under it) and its document, NULL when the key was among `cachedTemplates`.
   */
  template: { key: string; document: string | null } | null;
  sheet: SheetRow | null;
}

export async function loadSheetContext(
  db: D1Database,
  k: SheetKey,
  cachedTemplates: readonly string[] = [],
): Promise<SheetContextRows> {
  const [campaign, group, member, unit, template, sheet] = await db.batch([
    db.prepare('SELECT 1 AS yes FROM campaigns WHERE code = ?1').bind(k.campaign),
    db
      .prepare(
        `SELECT campaign, code, position, kind, name, template, lead, deadline, deadline_at, vote_percent, vote_of
           FROM plan_groups WHERE campaign = ?1 AND code = ?2`,
      )
      .bind(k.campaign, k.group),
    db
      .prepare('SELECT 1 AS yes FROM group_members WHERE campaign = ?1 AND group_code = ?2 AND unit = ?3')
      .bind(k.campaign, k.group, k.unit),
    db
      .prepare(
        `SELECT u.code, coalesce(cu.name, u.name) AS name FROM units u
           LEFT JOIN campaign_units cu ON cu.campaign = ?2 AND cu.unit = u.code
          WHERE u.code = ?1`,
      )
      .bind(k.unit, k.campaign),
    db
      .prepare(
        `SELECT json_array(t.campaign, t.code, c.created_at, c.plan_version) AS key,
                CASE WHEN json_array(t.campaign, t.code, c.created_at, c.plan_version) IN (SELECT value FROM json_each(?3))
                     THEN NULL ELSE t.document END AS document
           FROM templates t
           JOIN plan_groups g ON g.campaign = t.campaign AND g.template = t.code
           JOIN campaigns c ON c.code = t.campaign
          WHERE g.campaign = ?1 AND g.code = ?2`,
      )
      .bind(k.campaign, k.group, JSON.stringify(cachedTemplates)),
    find(db, k),
  ]);
  const first = <T>(r: D1Result<unknown> | undefined) => (r?.results?.[0] as T | undefined) ?? null;
  return {
    campaignExists: first(campaign) !== null,
    group: first<GroupRow>(group),
    isMember: first(member) !== null,
    unit: first<{ code: string; name: string }>(unit),
    template: first<{ key: string; document: string | null }>(template),
    sheet: first<SheetRow>(sheet),
  };
}
