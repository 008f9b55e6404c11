/**
 * The registry of what a campaign backup holds (docs/decisions/0030): each campaign-scoped table, how its
 * rows belong to the campaign and the key that orders them, in the order a restore inserts them (parents
 * before children: D1 enforces foreign keys statement by statement). Only names and keys are declared; the
 * columns are read from the schema at run time (`PRAGMA table_info`), so a column a migration adds travels
 * without a change here. A new table with a `campaign` column (or a foreign key to a registered table) must
 * be added below or to NOT_CAMPAIGN_SCOPED: worker/test/backup.test.ts fails until it is.
 */

/** How a table's rows belong to a campaign. */
export type Scope =
  /** Its `column` holds the campaign code. */
  | { column: string }
  /** Its `column` holds a key (`parentKey`) of a row of `parent`, itself registered. */
  | { column: string; parent: string; parentKey: string };

export interface ScopedTable {
  name: string;
  scope: Scope;
  /** The columns that order its rows (its primary key): a backup is the same text for the same rows. */
  key: string[];
  /** Rows are never deleted (a trigger refuses): a restore writes them last and never takes them back. */
  appendOnly?: true;
}

const byCampaign = (name: string, ...key: string[]): ScopedTable => ({
  name,
  scope: { column: 'campaign' },
  key,
});

/** In insertion order; a restore deletes in the reverse order. */
export const CAMPAIGN_TABLES: readonly ScopedTable[] = [
  { name: 'campaigns', scope: { column: 'code' }, key: ['code'] },
  // The unit facts as this campaign knows them (decision 0027): its reads use these, not `units`' current.
  byCampaign('campaign_units', 'unit'),
  byCampaign('plan_amendments', 'version'),
  byCampaign('templates', 'code'),
  byCampaign('plan_groups', 'code'),
  byCampaign('group_members', 'group_code', 'unit'),
  byCampaign('movements', 'code'),
  byCampaign('sheets', 'group_code', 'unit'),
  byCampaign('sheet_versions', 'group_code', 'unit', 'revision'),
  byCampaign('votes', 'group_code', 'round'),
  byCampaign('registrations', 'unit'),
  byCampaign('covenants', 'group_code'),
  byCampaign('milestone_reopens', 'milestone'),
  byCampaign('nominations', 'seq'),
  byCampaign('snapshots', 'id'),
  {
    name: 'snapshot_chunks',
    scope: { column: 'snapshot', parent: 'snapshots', parentKey: 'id' },
    key: ['snapshot', 'idx'],
  },
  // The council's meetings on a snapshot and their proposals (decision 0039).
  byCampaign('meetings', 'id'),
  {
    name: 'meeting_proposals',
    scope: { column: 'meeting', parent: 'meetings', parentKey: 'id' },
    key: ['meeting', 'nomination'],
  },
  // Last, and written only once every other row is in place and verified: the log is append-only (decision
  // 0028), so a restore never has to take an audit row back (services/backup/restore.ts).
  { ...byCampaign('audit_log', 'id'), appendOnly: true },
];

/**
 * Global tables a campaign refers to: the rows its tables name travel with it (units, as they were when it
 * was made) and a restore adds those missing, never changing one that exists (units are shared by campaigns).
 */
export const REFERENCED_GLOBALS: readonly { name: string; key: string }[] = [{ name: 'units', key: 'code' }];

/**
 * Global tables keyed by year and unit (staff lists, issue 14): the rows of the campaign's year for its units
 * travel with it in `globals`, parents first, after the units they name. A restore adds the lists missing
 * here and leaves a list that exists as it is, whole (services/backup/year-globals.ts).
 */
export const YEAR_GLOBALS: readonly { name: string; key: string[] }[] = [
  { name: 'staff_lists', key: ['year', 'unit'] },
  { name: 'staff', key: ['year', 'unit', 'idx'] },
];

/**
 * Tables that never travel in a campaign's backup, and why: secrets (token hashes are the bearer's identity
 * here; a restored database issues new tokens), bookkeeping of the runtime.
 */
export const NOT_CAMPAIGN_SCOPED: Readonly<Record<string, string>> = {
  tokens: 'secrets: token hashes; a restored database issues new tokens',
  units: 'global: the referenced rows travel in `globals`',
  auth_failures: 'global: the throttling counter of failed sign-ins, by client, not by campaign',
  staff_lists: "global by unit and year: the campaign year's lists travel in `globals` (YEAR_GLOBALS)",
  staff: "global by unit and year: the campaign year's people travel in `globals` (YEAR_GLOBALS)",
  register_decisions:
    "global: the department's register of awards across years; `campaign` only names the proposal answered",
  register_recipients: "global: the recipients of the register's decisions",
  write_guards: 'never holds a row: a write guard inserts NULL there to fail its batch',
  d1_migrations: 'bookkeeping of `wrangler d1 migrations`',
  sqlite_sequence: 'SQLite bookkeeping (AUTOINCREMENT)',
  _cf_KV: 'D1 bookkeeping',
  _cf_METADATA: 'D1 bookkeeping',
};

/** The condition selecting a table's rows of the campaign (bound as ?1). */
export function scopeWhere(t: ScopedTable): string {
  const s = t.scope;
  if (!('parent' in s)) return `"${s.column}" = ?1`;
  const parent = CAMPAIGN_TABLES.find((p) => p.name === s.parent)!;
  return `"${s.column}" IN (SELECT "${s.parentKey}" FROM "${parent.name}" WHERE ${scopeWhere(parent)})`;
}

/** A quoted SQLite identifier. */
export const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * `PRAGMA table_info` of a table: its columns in schema order (new columns included); no rows when the table
 * does not exist. D1 refuses the `pragma_table_info()` function form, and a PRAGMA takes no parameter.
 */
export const tableInfo = (db: D1Database, table: string) => db.prepare(`PRAGMA table_info(${ident(table)})`);

/** `PRAGMA foreign_key_list` of a table: `from` (its column), `table` and `to` (the referenced ones). */
export const foreignKeyList = (db: D1Database, table: string) =>
  db.prepare(`PRAGMA foreign_key_list(${ident(table)})`);

/** A table's columns in schema order, or [] when the table does not exist. */
export async function columnsOf(db: D1Database, table: string): Promise<string[]> {
  const { results } = await tableInfo(db, table).all<{ name: string }>();
  return results.map((r) => r.name);
}

/** The tables of the database but D1's own (`_cf_*`, which it refuses to describe). */
export async function tablesOf(db: D1Database): Promise<string[]> {
  const { results } = await db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND substr(name, 1, 4) <> '_cf_' ORDER BY name",
    )
    .all<{ name: string }>();
  return results.map((r) => r.name);
}

/** The migrations applied (file names in order); [] when the table of wrangler is absent. */
export async function migrationsOf(db: D1Database): Promise<string[]> {
  if (!(await tablesOf(db)).includes('d1_migrations')) return [];
  const { results } = await db.prepare('SELECT name FROM d1_migrations ORDER BY id').all<{ name: string }>();
  return results.map((r) => r.name);
}
