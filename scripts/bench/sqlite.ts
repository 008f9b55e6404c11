/**
 * Raw SQLite (better-sqlite3) for the benchmarks: a D1-shaped adapter so the Worker's own repositories and
 * services run unchanged in this Node process (the baseline: same schema, same data, same queries, same
 * core), and direct seeding of the local D1 file for what would be slow through HTTP (the ministry's sheets,
 * the copies for the quota campaigns, 111,000 nominations).
 */
import Database from 'better-sqlite3';
import {
  entriesOf,
  groupsByUnit,
  membersOf,
  nominationOf,
  type Shape,
  TEMPLATE,
} from '../../shared/demo/bench';
import { mergeEntries } from '../../shared/scoring';
import { totalsColumns } from '../../worker/src/services/sheets/state';

type Db = Database.Database;
type Row = Record<string, unknown>;

const value = (v: unknown) => (v === undefined ? null : typeof v === 'boolean' ? (v ? 1 : 0) : v);

/** A D1PreparedStatement over better-sqlite3 (numbered ?N parameters bound by number). */
class Statement {
  constructor(
    private readonly shim: D1Shim,
    readonly sql: string,
    private readonly args: unknown[] = [],
  ) {}
  bind(...args: unknown[]) {
    return new Statement(this.shim, this.sql, args);
  }
  private get params() {
    return Object.fromEntries(this.args.map((v, i) => [i + 1, value(v)]));
  }
  private get st() {
    return this.shim.compiled(this.sql);
  }
  async first<T>(column?: string): Promise<T | null> {
    const row = (this.st.reader ? this.st.get(this.params) : undefined) as Row | undefined;
    if (!row) return null;
    return (column ? row[column] : row) as T;
  }
  all<T>(): Promise<D1Result<T>> {
    return Promise.resolve(this.result<T>());
  }
  run<T>(): Promise<D1Result<T>> {
    return Promise.resolve(this.result<T>());
  }
  async raw<T>(): Promise<T[]> {
    return this.st.raw(true).all(this.params) as T[];
  }
  result<T>(): D1Result<T> {
    if (this.st.reader)
      return {
        results: this.st.all(this.params) as T[],
        success: true,
        meta: { changes: 0 },
      } as unknown as D1Result<T>;
    const info = this.st.run(this.params);
    return {
      results: [],
      success: true,
      meta: { changes: info.changes, last_row_id: Number(info.lastInsertRowid) },
    } as unknown as D1Result<T>;
  }
}

export class D1Shim {
  private readonly cache = new Map<string, Database.Statement>();
  constructor(readonly db: Db) {}
  compiled(sql: string) {
    let st = this.cache.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      this.cache.set(sql, st);
    }
    return st;
  }
  prepare(sql: string) {
    return new Statement(this, sql);
  }
  async batch<T>(list: Statement[]): Promise<D1Result<T>[]> {
    return this.db.transaction(() => list.map((s) => s.result<T>()))();
  }
  async exec(sql: string) {
    this.db.exec(sql);
    return { count: 0, duration: 0 };
  }
  /** Typed as the binding, for the Worker's code. */
  get d1(): D1Database {
    return this as unknown as D1Database;
  }
}

export function open(file: string, readonly = false): Db {
  const db = new Database(file, { readonly });
  if (!readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('foreign_keys = ON');
  return db;
}

/** Submitted sheets for every member of a shape, totals by the shared core, as the Worker would store them. */
export function seedSheets(db: Db, s: Shape, unitIndex: (code: string) => number): number {
  const insert = db.prepare(
    `INSERT INTO sheets (campaign, group_code, unit, revision, status, entries, total_self, total_final, sections,
                         standard, bonus, deduction, classification, submitted_at, updated_at, updated_by, updated_role)
     VALUES (?, ?, ?, 1, 'submitted', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', 'unit')`,
  );
  const now = Date.now();
  let n = 0;
  db.transaction(() => {
    for (const { group, units } of membersOf(s))
      for (const unit of units) {
        const entries = mergeEntries([], entriesOf(unitIndex(unit)), TEMPLATE);
        const t = totalsColumns(TEMPLATE, entries);
        insert.run(
          s.campaign,
          group,
          unit,
          JSON.stringify(entries),
          t.total_self,
          t.total_final,
          t.sections,
          t.standard,
          t.bonus,
          t.deduction,
          t.classification,
          now,
          now,
        );
        n++;
      }
  })();
  return n;
}

/** Copies one campaign's sheets into another campaign with the same groups and members. */
export function copySheets(db: Db, from: string, to: string): number {
  return db
    .prepare(
      `INSERT INTO sheets (campaign, group_code, unit, revision, status, entries, total_self, total_final, sections,
                           standard, bonus, deduction, classification, submitted_at, updated_at, updated_by, updated_role)
       SELECT ?, group_code, unit, revision, status, entries, total_self, total_final, sections, standard, bonus,
              deduction, classification, submitted_at, updated_at, updated_by, updated_role
         FROM sheets WHERE campaign = ?`,
    )
    .run(to, from).changes;
}

/** `count` nominations filed in a campaign of shape `s`, one a second. */
export function seedNominations(db: Db, s: Shape, campaign: string, count: number): void {
  const insert = db.prepare(
    `INSERT INTO nominations (id, campaign, award, movement, group_code, nominee_unit, data, filed_at, filed_by, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'bench', ?)`,
  );
  const groupOf = groupsByUnit(s);
  const t0 = Date.UTC(2025, 5, 1);
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const n = nominationOf(s, groupOf, i);
      insert.run(
        `nom-${campaign}-${i}`,
        campaign,
        n.award,
        n.movement ?? null,
        n.group ?? null,
        n.nominee.unit,
        JSON.stringify(n),
        t0 + i * 1000,
        t0 + i * 1000,
      );
    }
  })();
}
