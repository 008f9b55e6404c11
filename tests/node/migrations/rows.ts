/**
 * Representative rows for the migration test: one hand-written row per table of 0001 and 0002 (realistic
 * values: JSON documents, Vietnamese text, hundredths), and for anything else — a table or a column a later
 * migration adds — a value made from the schema: the referenced row's key for a foreign key, the first
 * literal of a `col IN (…)` check, '{}' for a JSON column, else a value of the declared type. `tag` keeps
 * each step's rows apart.
 */
import type Database from 'better-sqlite3';
import { peopleRows } from './people-rows';

export type Row = Record<string, string | number | null>;

const T = 1_700_000_000_000;

/** Hand-written rows by table, for the seed numbered `tag`. */
export function fixtureRows(tag: string): Record<string, Row> {
  const c = `C-${tag}`;
  const u = `U1-${tag}`;
  return {
    ...peopleRows(tag, u),
    units: {
      code: u,
      name: 'Bệnh viện Đa khoa tỉnh',
      kind: 'hospital',
      parent: null,
      women_share: 0.62,
      updated_at: T,
    },
    tokens: {
      id: `tok-${tag}`,
      hash: `hash-${tag}`,
      role: 'unit',
      unit: u,
      label: `Đơn vị một ${tag}`,
      created_at: T,
      created_by: 'admin',
      last_used_at: null,
      revoked_at: null,
    },
    campaigns: {
      code: c,
      year: 2023,
      title: 'Kế hoạch thi đua năm 2023',
      status: 'open',
      document: JSON.stringify({ campaign: { code: c, year: 2023 } }),
      created_at: T,
      created_by: 'admin',
    },
    campaign_units: { campaign: c, unit: u, position: 0 },
    templates: { campaign: c, code: 'TPL', document: '{"code":"TPL","sections":[]}' },
    plan_groups: {
      campaign: c,
      code: 'G1',
      position: 0,
      kind: 'khoi',
      name: 'Khối bệnh viện',
      template: 'TPL',
      lead: u,
      deadline: '2023-11-30',
      deadline_at: T + 1,
      vote_percent: 50,
      vote_of: 'members',
    },
    group_members: { campaign: c, group_code: 'G1', unit: u, position: 0 },
    movements: { campaign: c, code: 'M1', position: 0, name: 'Phong trào thi đua', responsible_unit: u },
    sheets: {
      campaign: c,
      group_code: 'G1',
      unit: u,
      revision: 2,
      status: 'submitted',
      entries: '[{"criterion":"1.1","self":6.5}]',
      total_self: 650,
      total_final: 650,
      sections: '{"I":650}',
      standard: 650,
      bonus: 0,
      deduction: 0,
      classification: 'Tốt',
      submitted_at: T + 2,
      appraised_at: null,
      reopened_at: null,
      reopen_until: null,
      reopen_reason: null,
      updated_at: T + 2,
      updated_by: 'Đơn vị một',
      updated_role: 'unit',
    },
    sheet_versions: {
      campaign: c,
      group_code: 'G1',
      unit: u,
      revision: 1,
      status: 'draft',
      entries: '[]',
      total_self: 0,
      total_final: 0,
      sections: '{}',
      classification: null,
      submitted_at: null,
      written_at: T + 1,
      written_by: 'Đơn vị một',
      written_role: 'unit',
    },
    audit_log: {
      at: T + 2,
      actor: 'Đơn vị một',
      role: 'unit',
      token_id: `tok-${tag}`,
      action: 'sheet.submit',
      target: `G1/${u}`,
      campaign: c,
      revision_before: 1,
      revision_after: 2,
      detail: '{"status":"submitted"}',
      // From 0005 a row needs its chain (its campaign's) and seq (a trigger refuses it otherwise).
      chain: c,
      seq: 1,
    },
    votes: {
      campaign: c,
      group_code: 'G1',
      round: 1,
      members: 3,
      present: 3,
      candidates: `[{"unit":"${u}","votes":2}]`,
      recorded_at: T + 3,
      recorded_by: 'Thường trực',
    },
    nominations: {
      id: `N-${tag}`,
      campaign: c,
      award: 'CO',
      movement: null,
      group_code: 'G1',
      nominee_unit: u,
      data: '{"award":"CO","nominee":{"kind":"collective"}}',
      filed_at: T + 4,
      filed_by: 'Thường trực',
      updated_at: T + 4,
    },
    snapshots: {
      id: `S-${tag}`,
      campaign: c,
      created_at: T + 5,
      created_by: 'Thường trực',
      sha256: '0'.repeat(64),
      chunks: 1,
      bytes: 2,
    },
    snapshot_chunks: { snapshot: `S-${tag}`, idx: 0, data: '{}' },
    registrations: {
      campaign: c,
      unit: u,
      data: '{"awards":["CO"]}',
      updated_at: T,
      updated_by: 'Đơn vị một',
    },
    covenants: {
      campaign: c,
      group_code: 'G1',
      data: '{"documentNo":"01/GƯTĐ","signedAt":"2023-03-10"}',
      recorded_at: T,
      recorded_by: 'Bệnh viện',
    },
    milestone_reopens: {
      campaign: c,
      milestone: 'DK',
      until_at: T + 9,
      reason: 'Gia hạn đăng ký',
      reopened_at: T,
      reopened_by: 'Thường trực',
    },
  };
}

interface Column {
  name: string;
  type: string;
  notnull: number;
  dflt_value: unknown;
  pk: number;
}
interface ForeignKey {
  id: number;
  table: string;
  from: string;
  to: string | null;
}

export const tablesOf = (db: Database.Database): string[] =>
  (
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { name: string }[]
  ).map((r) => r.name);

export const columnsOf = (db: Database.Database, table: string) =>
  db.prepare(`PRAGMA table_info("${table}")`).all() as Column[];

const foreignKeysOf = (db: Database.Database, table: string) =>
  db.prepare(`PRAGMA foreign_key_list("${table}")`).all() as ForeignKey[];

/** Tables with every parent before its children. */
export function parentsFirst(db: Database.Database): string[] {
  const tables = tablesOf(db);
  const done: string[] = [];
  const visit = (t: string, path: string[]) => {
    if (done.includes(t) || path.includes(t)) return;
    for (const fk of foreignKeysOf(db, t)) if (fk.table !== t) visit(fk.table, [...path, t]);
    done.push(t);
  };
  for (const t of tables) visit(t, []);
  return done;
}

/** A value for a column the fixture does not give, from the table's schema. */
function madeValue(sql: string, table: string, col: Column, tag: string): string | number {
  const check = new RegExp(`\\b${col.name}\\s+IN\\s*\\(\\s*('([^']*)'|-?\\d+)`, 'i').exec(sql);
  if (check) return check[2] ?? Number(check[1]);
  if (new RegExp(`json_valid\\(\\s*${col.name}\\s*\\)`, 'i').test(sql)) return '{}';
  const type = col.type.toUpperCase();
  if (type.includes('INT')) return 1;
  if (type.includes('REAL') || type.includes('FLOA') || type.includes('DOUB')) return 0.5;
  return `${table}.${col.name}.${tag}`;
}

/** Inserts one representative row into every table (parents first); returns them by table. */
export function seedEveryTable(db: Database.Database, tag: string): Record<string, Row> {
  const fixtures = fixtureRows(tag);
  const seeded: Record<string, Row> = {};
  for (const table of parentsFirst(db)) {
    const cols = columnsOf(db, table);
    const sql = (db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(table) as { sql: string })
      .sql;
    const names = new Set(cols.map((c) => c.name));
    const row: Row = Object.fromEntries(Object.entries(fixtures[table] ?? {}).filter(([k]) => names.has(k)));
    // Foreign keys the fixture leaves open: the columns of the parent's seeded row, all of one key together.
    const fks = foreignKeysOf(db, table);
    for (const id of new Set(fks.map((f) => f.id))) {
      const parts = fks.filter((f) => f.id === id);
      const parent = seeded[parts[0]!.table];
      if (!parent || parts.every((f) => f.from in row)) continue;
      for (const f of parts) row[f.from] = parent[f.to ?? 'rowid'] ?? null;
    }
    for (const c of cols) {
      const autoKey = c.pk === 1 && c.type.toUpperCase() === 'INTEGER';
      if (c.name in row || autoKey || !c.notnull || c.dflt_value !== null) continue;
      row[c.name] = madeValue(sql, table, c, tag);
    }
    const keys = Object.keys(row);
    const insert = keys.length
      ? `INSERT INTO "${table}" (${keys.map((k) => `"${k}"`).join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`
      : `INSERT INTO "${table}" DEFAULT VALUES`;
    try {
      db.prepare(insert).run(...keys.map((k) => row[k]));
    } catch (error) {
      throw new Error(
        `seeding ${table} (${tag}): ${String(error)} — add a row for it to tests/node/migrations/rows.ts`,
      );
    }
    seeded[table] = row;
  }
  return seeded;
}
