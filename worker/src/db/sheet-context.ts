/** Everything a sheet route needs about its path, in one round trip (one read batch). */
import type { GroupRow } from './campaigns';
import { find, type SheetKey, type SheetRow } from './sheets';

export interface SheetContextRows {
  campaignExists: boolean;
  group: GroupRow | null;
  isMember: boolean;
  unit: { code: string; name: string } | null;
  template: string | null;
  sheet: SheetRow | null;
}

export async function loadSheetContext(db: D1Database, k: SheetKey): Promise<SheetContextRows> {
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
    db.prepare('SELECT code, name FROM units WHERE code = ?1').bind(k.unit),
    db
      .prepare(
        `SELECT t.document FROM templates t
           JOIN plan_groups g ON g.campaign = t.campaign AND g.template = t.code
          WHERE g.campaign = ?1 AND g.code = ?2`,
      )
      .bind(k.campaign, k.group),
    find(db, k),
  ]);
  const first = <T>(r: D1Result<unknown> | undefined) => (r?.results?.[0] as T | undefined) ?? null;
  return {
    campaignExists: first(campaign) !== null,
    group: first<GroupRow>(group),
    isMember: first(member) !== null,
    unit: first<{ code: string; name: string }>(unit),
    template: first<{ document: string }>(template)?.document ?? null,
    sheet: first<SheetRow>(sheet),
  };
}
