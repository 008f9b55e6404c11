/**
 * scripts/verify-audit.ts over a SQLite copy of the schema (every migration applied, better-sqlite3): sealed
 * chains verify; an edited, inserted or deleted entry, or a cut after a snapshot's head, exits 1 naming the
 * first broken link. The hashes here are computed apart (node:crypto) from the decision's definition.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import { ANCHOR_SQL, AUDIT_SQL, type Io, main } from '../../scripts/verify-audit';

const DIR = new URL('../../worker/migrations/', import.meta.url);
const migrations = readdirSync(DIR)
  .filter((f) => f.endsWith('.sql'))
  .sort()
  .map((f) => readFileSync(new URL(f, DIR), 'utf8'));

type Db = InstanceType<typeof Database>;

function fresh(): Db {
  const db = new Database(':memory:');
  for (const sql of migrations) db.exec(sql);
  return db;
}

/** Appends an entry as the Worker's batch does (next seq of its chain, no hash). */
function write(
  db: Db,
  campaign: string | null,
  action: string,
  detail: unknown = null,
  at = 1_700_000_000_000,
) {
  db.prepare(
    `INSERT INTO audit_log (chain, seq, at, actor, role, token_id, action, target, campaign, detail)
     SELECT ?, COALESCE((SELECT MAX(seq) FROM audit_log WHERE chain = ?), 0) + 1, ?, 'Văn phòng', 'secretariat',
            'tok_abc', ?, 'G1/U1', ?, ?`,
  ).run(
    campaign ?? '',
    campaign ?? '',
    at,
    action,
    campaign,
    detail === null ? null : JSON.stringify(detail),
  );
}

type Row = Record<string, unknown> & { id: number; chain: string; seq: number; hash: string | null };

/** Seals every chain with an independent SHA-256: hash = sha256(prev ‖ canonical row without id). */
function seal(db: Db) {
  const rows = db.prepare('SELECT * FROM audit_log ORDER BY chain, seq').all() as Row[];
  const prev = new Map<string, string>();
  for (const r of rows) {
    const text = canonicalize({
      chain: r.chain,
      seq: r.seq,
      at: r.at,
      actor: r.actor,
      role: r.role,
      tokenId: r.token_id,
      action: r.action,
      target: r.target,
      campaign: r.campaign,
      revisionBefore: r.revision_before,
      revisionAfter: r.revision_after,
      detail: r.detail,
    });
    const hash = createHash('sha256')
      .update((prev.get(r.chain) ?? '0'.repeat(64)) + text)
      .digest('hex');
    if (r.hash === null) db.prepare('UPDATE audit_log SET hash = ? WHERE id = ?').run(hash, r.id);
    prev.set(r.chain, hash);
  }
}

/** The operator's way around the append-only triggers. */
function tamper(db: Db, sql: string, ...args: unknown[]) {
  const triggers = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'")
    .all() as {
    name: string;
    sql: string;
  }[];
  for (const t of triggers) db.exec(`DROP TRIGGER ${t.name}`);
  db.prepare(sql).run(...args);
  for (const t of triggers) db.exec(t.sql);
}

async function run(db: Db, args: string[] = ['--sqlite', 'x.sqlite'], files: Record<string, string> = {}) {
  const lines: string[] = [];
  const io: Io = {
    openSqlite: (file) => {
      const target = file === ':memory:' ? new Database(':memory:') : db;
      return { query: (sql) => target.prepare(sql).all(), exec: (sql) => target.exec(sql) };
    },
    readText: (file) => files[file] ?? '',
    wrangler: () =>
      JSON.stringify([{ results: db.prepare(AUDIT_SQL).all() }, { results: db.prepare(ANCHOR_SQL).all() }]),
    print: (line) => lines.push(line),
  };
  const code = await main(args, io);
  return { code, out: lines.join('\n') };
}

/** Two campaigns and the global chain, 5 entries each, sealed. */
function populated(): Db {
  const db = fresh();
  for (let i = 0; i < 5; i++) {
    write(db, 'C-A', 'sheet.save', { total: i });
    write(db, null, 'token.create', { label: `T${i}` });
    write(db, 'C-B', 'vote.record');
  }
  seal(db);
  return db;
}

const idAt = (db: Db, chain: string, seq: number) =>
  (db.prepare('SELECT id FROM audit_log WHERE chain = ? AND seq = ?').get(chain, seq) as { id: number }).id;

describe('scripts/verify-audit.ts', () => {
  it('verifies every chain of an intact database (and of the JSON wrangler prints); unsealed tails too', async () => {
    const db = populated();
    write(db, 'C-A', 'sheet.submit'); // not sealed yet: hashed on the fly
    const r = await run(db);
    expect(r.code).toBe(0);
    expect(r.out).toContain('C-A: 6 mục');
    expect(r.out.split('\n').filter((l) => l.startsWith('✓'))).toHaveLength(3);
    expect((await run(db, ['--local'])).code).toBe(0);
    const json = JSON.stringify([{ results: db.prepare(AUDIT_SQL).all() }, { results: [] }]);
    expect((await run(db, ['--json', 'e.json'], { 'e.json': json })).code).toBe(0);
    expect((await run(db, ['--bogus'])).code).toBe(2);
  });

  it('names an edited entry', async () => {
    const db = populated();
    tamper(db, "UPDATE audit_log SET detail = '{\"total\":99}' WHERE chain = 'C-A' AND seq = 3");
    const r = await run(db);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`sửa tại mục số 3 (id ${idAt(db, 'C-A', 3)})`);
    expect(r.out).toMatch(/✓ .*C-B/);
  });

  it('names a deleted entry and an inserted one', async () => {
    const db = populated();
    const next = idAt(db, 'C-B', 3);
    tamper(db, "DELETE FROM audit_log WHERE chain = 'C-B' AND seq = 2");
    const deleted = await run(db);
    expect(deleted.code).toBe(1);
    expect(deleted.out).toContain(`mất mục số 2 (id ${next})`);

    const other = populated();
    tamper(other, "UPDATE audit_log SET seq = seq + 100 WHERE chain = '' AND seq >= 4");
    tamper(other, "UPDATE audit_log SET seq = seq - 99 WHERE chain = '' AND seq >= 100");
    write(other, null, 'token.revoke'); // takes MAX + 1, unsealed: moved into the gap at seq 4
    const newest = (other.prepare('SELECT MAX(id) AS id FROM audit_log').get() as { id: number }).id;
    tamper(other, 'UPDATE audit_log SET seq = 4 WHERE id = ?', newest);
    const inserted = await run(other);
    expect(inserted.code).toBe(1);
    expect(inserted.out).toContain(`mục số 4 (id ${newest}) được chèn vào`);
  });

  it('reads a SQL dump, and breaks at a snapshot head the chain no longer reaches', async () => {
    const db = populated();
    const head = db.prepare("SELECT seq, hash FROM audit_log WHERE chain = 'C-A' AND seq = 5").get() as {
      seq: number;
      hash: string;
    };
    const inserts = (db.prepare('SELECT * FROM audit_log ORDER BY id').all() as Row[]).map(
      (r) =>
        `INSERT INTO audit_log (${Object.keys(r).join(', ')}) VALUES (${Object.values(r)
          .map((v) =>
            v === null ? 'NULL' : typeof v === 'number' ? String(v) : `'${String(v).replaceAll("'", "''")}'`,
          )
          .join(', ')});`,
    );
    const dump = [...migrations, ...inserts].join('\n');
    expect((await run(db, ['--dump', 'd.sql'], { 'd.sql': dump })).code).toBe(0);

    db.prepare(
      "INSERT INTO campaigns (code, year, title, document, created_at, created_by) VALUES ('C-A', 2023, 'A', '{}', 0, 'x')",
    ).run();
    db.prepare(
      "INSERT INTO snapshots (id, campaign, created_at, created_by, sha256, chunks, bytes, audit_seq, audit_hash) VALUES ('S-1', 'C-A', 0, 'x', 'h', 0, 0, ?, ?)",
    ).run(head.seq, head.hash);
    expect((await run(db)).code).toBe(0);
    tamper(db, "DELETE FROM audit_log WHERE chain = 'C-A' AND seq >= 4");
    const cut = await run(db);
    expect(cut.code).toBe(1);
    expect(cut.out).toContain('bản chốt S-1 đã ghi tại mục số 5');
  });
});
