/** Who holds which right inside a campaign: the lead unit of a group, the responsible unit of a movement. */

/** Whether `unit` is the lead unit of `group` in `campaign`. */
export async function isLeadOf(
  db: D1Database,
  campaign: string,
  group: string,
  unit: string,
): Promise<boolean> {
  const row = await db
    .prepare('SELECT 1 AS yes FROM plan_groups WHERE campaign = ?1 AND code = ?2 AND lead = ?3')
    .bind(campaign, group, unit)
    .first();
  return row !== null;
}

/** Whether `unit` is the responsible unit of `movement` in `campaign`. */
export async function isResponsibleFor(
  db: D1Database,
  campaign: string,
  movement: string,
  unit: string,
): Promise<boolean> {
  const row = await db
    .prepare('SELECT 1 AS yes FROM movements WHERE campaign = ?1 AND code = ?2 AND responsible_unit = ?3')
    .bind(campaign, movement, unit)
    .first();
  return row !== null;
}

/** Whether `unit` is a member of `group` in `campaign`. */
export async function isMemberOf(
  db: D1Database,
  campaign: string,
  group: string,
  unit: string,
): Promise<boolean> {
  const row = await db
    .prepare('SELECT 1 AS yes FROM group_members WHERE campaign = ?1 AND group_code = ?2 AND unit = ?3')
    .bind(campaign, group, unit)
    .first();
  return row !== null;
}

/** Whether the campaign lists `unit` among its units. */
export async function isListedIn(db: D1Database, campaign: string, unit: string): Promise<boolean> {
  const row = await db
    .prepare('SELECT 1 AS yes FROM campaign_units WHERE campaign = ?1 AND unit = ?2')
    .bind(campaign, unit)
    .first();
  return row !== null;
}
