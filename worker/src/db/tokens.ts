/** Repository of access tokens. Only hashes are stored; a revoked token keeps its row for the record. */
import type { Role } from '../access/actor';

export interface TokenRow {
  id: string;
  role: Role;
  unit: string | null;
  label: string;
  created_at: number;
  created_by: string;
  last_used_at: number | null;
  revoked_at: number | null;
  /** When it stops authenticating; NULL (never written since 0006) authenticates never. */
  expires_at: number | null;
  /** The folded label the unique index holds; NULL on a duplicate from before 0006. */
  label_key: string | null;
}

const COLUMNS =
  'id, role, unit, label, created_at, created_by, last_used_at, revoked_at, expires_at, label_key';

/** How stale `last_used_at` may get before a request refreshes it (one write a minute at most). */
export const TOUCH_INTERVAL_MS = 60_000;

/** The unrevoked token with this hash, if any, expired or not (the caller tells expired from unknown). */
export function byHash(db: D1Database, hash: string): D1PreparedStatement {
  return db.prepare(`SELECT ${COLUMNS} FROM tokens WHERE hash = ?1 AND revoked_at IS NULL`).bind(hash);
}

export function findActiveByHash(db: D1Database, hash: string): Promise<TokenRow | null> {
  return byHash(db, hash).first<TokenRow>();
}

/**
 * SQL true while the token bound at `param` (its id) is live, or when `param` is NULL (the bootstrap admin,
 * which has no row). A write that trusts a cached actor puts it in the WHERE of its guarded statements, so a
 * token revoked since it was cached changes nothing (decision 0017).
 */
export const liveGuard = (param: string) =>
  `(${param} IS NULL OR EXISTS (SELECT 1 FROM tokens WHERE id = ${param} AND revoked_at IS NULL))`;

/** Whether a token id is live (one row with `live` 1 or 0). */
export function isLive(db: D1Database, id: string): D1PreparedStatement {
  return db
    .prepare('SELECT EXISTS (SELECT 1 FROM tokens WHERE id = ?1 AND revoked_at IS NULL) AS live')
    .bind(id);
}

/** Records a use: a no-op unless the last one is older than a minute, or once revoked (guards in SQL). */
export function touch(db: D1Database, id: string, now: number): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE tokens SET last_used_at = ?2
        WHERE id = ?1 AND revoked_at IS NULL AND (last_used_at IS NULL OR last_used_at < ?3)`,
    )
    .bind(id, now, now - TOUCH_INTERVAL_MS);
}

export interface NewToken {
  id: string;
  hash: string;
  role: Role;
  unit: string | null;
  label: string;
  createdAt: number;
  createdBy: string;
  expiresAt: number;
  /** The folded label (access/token-label.ts): unique among unrevoked tokens (index tokens_live_label). */
  labelKey: string;
}

export function insert(db: D1Database, t: NewToken): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO tokens (id, hash, role, unit, label, created_at, created_by, expires_at, label_key)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)`,
    )
    .bind(t.id, t.hash, t.role, t.unit, t.label, t.createdAt, t.createdBy, t.expiresAt, t.labelKey);
}

/** Whether a D1 error is the unique label index refusing a second live token with the same label. */
export const isLabelTaken = (error: unknown) =>
  error instanceof Error && /UNIQUE constraint failed: tokens\.label_key/.test(error.message);

/** Unrevoked tokens (expired ones too, until revoked: they still hold their label), newest first. */
export async function listActive(db: D1Database): Promise<TokenRow[]> {
  const { results } = await db
    .prepare(`SELECT ${COLUMNS} FROM tokens WHERE revoked_at IS NULL ORDER BY created_at DESC, id`)
    .all<TokenRow>();
  return results;
}

export function findById(db: D1Database, id: string): Promise<TokenRow | null> {
  return db.prepare(`SELECT ${COLUMNS} FROM tokens WHERE id = ?1`).bind(id).first<TokenRow>();
}

/** Revokes a live token; changes nothing when it is already revoked. */
export function revoke(db: D1Database, id: string, now: number): D1PreparedStatement {
  return db.prepare('UPDATE tokens SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL').bind(id, now);
}
