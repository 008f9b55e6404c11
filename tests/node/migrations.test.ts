/**
 * Migrations (issue 16): every file of worker/migrations, in order, applied to a database that holds data
 * of the previous schema. After each file: rows are seeded into every table (hand-written rows for the
 * tables of 0001–0002, rows made from the schema for anything later), then the next file is applied, and
 * every row seeded so far must still be there with the same values in the columns that remain; foreign
 * keys hold (checked on, as D1 does), the integrity check passes, every table and index can be read. A new
 * migration file is picked up without a change here. SQLite through better-sqlite3, foreign keys on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { columnsOf, seedEveryTable, tablesOf } from './migrations/rows';

const DIR = fileURLToPath(new URL('../../worker/migrations/', import.meta.url));
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.sql'))
  .sort();

type Snapshot = Record<string, string[]>;

/** Every row of every table, each as JSON of its columns in name order. */
function snapshotOf(db: Database.Database): Snapshot {
  const out: Snapshot = {};
  for (const t of tablesOf(db)) {
    const names = columnsOf(db, t)
      .map((c) => c.name)
      .sort();
    const rows = db.prepare(`SELECT * FROM "${t}"`).all() as Record<string, unknown>[];
    out[t] = rows.map((r) => JSON.stringify(Object.fromEntries(names.map((n) => [n, r[n]]))));
  }
  return out;
}

/** The rows of `before` missing from the database now (compared on the columns that remain). */
function lostRows(db: Database.Database, before: Snapshot): string[] {
  const lost: string[] = [];
  const tables = new Set(tablesOf(db));
  for (const [t, rows] of Object.entries(before)) {
    if (!tables.has(t)) {
      if (rows.length) lost.push(`${t}: the table is gone with ${rows.length} rows`);
      continue;
    }
    const names = new Set(columnsOf(db, t).map((c) => c.name));
    const project = (json: string) =>
      JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(json)).filter(([k]) => names.has(k))));
    const now = (db.prepare(`SELECT * FROM "${t}"`).all() as Record<string, unknown>[]).map((r) =>
      JSON.stringify(
        Object.fromEntries(
          Object.keys(JSON.parse(rows[0] ?? '{}'))
            .filter((k) => names.has(k))
            .map((k) => [k, r[k]]),
        ),
      ),
    );
    const left = [...now];
    for (const r of rows) {
      const i = left.indexOf(project(r));
      if (i < 0) lost.push(`${t}: ${project(r)}`);
      else left.splice(i, 1);
    }
  }
  return lost;
}

/** Foreign keys hold, the file is sound, every table and index answers a read. */
function queriesWork(db: Database.Database) {
  expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
  expect(db.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
  for (const t of tablesOf(db)) expect(Array.isArray(db.prepare(`SELECT * FROM "${t}"`).all())).toBe(true);
  const indexes = db
    .prepare("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
    .all() as { name: string; tbl_name: string }[];
  for (const i of indexes)
    expect(
      db.prepare(`SELECT count(*) FROM "${i.tbl_name}" INDEXED BY "${i.name}"`).pluck().get(),
    ).toBeGreaterThan(0);
}

describe('every migration applies to the data of the schema before it', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  const apply = (file: string) => db.exec(readFileSync(join(DIR, file), 'utf8'));

  it('finds the migrations, numbered in order', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
    const numbers = files.map((f) => Number(/^(\d{4})_/.exec(f)?.[1]));
    expect(numbers.every((n, i) => Number.isInteger(n) && (i === 0 || n > numbers[i - 1]!))).toBe(true);
  });

  it(`applies ${files[0]} to an empty database and takes a row in every table`, () => {
    apply(files[0]!);
    seedEveryTable(db, '0');
    queriesWork(db);
  });

  files.slice(1).forEach((file, i) => {
    it(`applies ${file} over the rows of ${files[i]} and earlier; the rows survive, new rows fit`, () => {
      const before = snapshotOf(db);
      apply(file);
      expect(lostRows(db, before)).toEqual([]);
      seedEveryTable(db, String(i + 1));
      queriesWork(db);
    });
  });

  it('makes rows for the tables and columns a later migration adds, from the schema alone', () => {
    const probe = new Database(':memory:');
    probe.pragma('foreign_keys = ON');
    for (const f of files) probe.exec(readFileSync(join(DIR, f), 'utf8'));
    probe.exec(`
      CREATE TABLE probe_amendments (
        campaign TEXT NOT NULL REFERENCES campaigns (code),
        version  INTEGER NOT NULL CHECK (version >= 1),
        kind     TEXT NOT NULL CHECK (kind IN ('quota', 'member')),
        group_code TEXT NOT NULL,
        body     TEXT NOT NULL CHECK (json_valid(body)),
        share    REAL NOT NULL,
        PRIMARY KEY (campaign, version),
        FOREIGN KEY (campaign, group_code) REFERENCES plan_groups (campaign, code)
      );
      ALTER TABLE audit_log ADD COLUMN probe_hash TEXT NOT NULL DEFAULT '';`);
    const rows = seedEveryTable(probe, 'q');
    expect(rows.probe_amendments).toMatchObject({
      campaign: 'C-q',
      group_code: 'G1',
      kind: 'quota',
      body: '{}',
    });
    expect(probe.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(1);
    queriesWork(probe);
  });

  it('catches a migration that loses rows or breaks a foreign key', () => {
    const probe = new Database(':memory:');
    probe.pragma('foreign_keys = ON');
    for (const f of files) probe.exec(readFileSync(join(DIR, f), 'utf8'));
    seedEveryTable(probe, 'p');
    const before = snapshotOf(probe);
    // The log is append-only (0005): a migration that lost its rows would have to drop the trigger first.
    probe.exec(
      "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log; UPDATE units SET name = name || '!'",
    );
    expect(lostRows(probe, before).map((l) => l.split(':')[0])).toEqual(['audit_log', 'units']);
    probe.pragma('foreign_keys = OFF');
    probe.exec("UPDATE sheets SET group_code = 'NONE'");
    expect(() => queriesWork(probe)).toThrow();
  });
});
