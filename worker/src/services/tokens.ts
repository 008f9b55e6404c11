/**
 * Issuing, listing and revoking tokens (contract: "Authentication and roles"). The admin issues any role;
 * the secretariat only `unit` and `council`. A unit token needs a unit some plan declared (422 otherwise).
 * The secret is returned once; only its hash is stored. Every change is audited in the same batch. A token
 * expires (its own `expiresAt`, at most `lifetimeMs` after its issue) and its label is unique among the
 * unrevoked tokens (decision 0029): checked here by folding every live label, guarded by a unique index.
 */
import { TokenCreate } from '../../../shared/contract/tokens';
import { formatVn, instantMs, isoVn } from '../../../shared/time';
import type { Actor } from '../access/actor';
import { ROLES } from '../access/actor';
import { hashToken, newToken, newTokenId } from '../access/hash';
import { forgetToken } from '../access/token-cache';
import { labelKey } from '../access/token-label';
import { requireIssuer } from '../access/tokens';
import * as audit from '../db/audit';
import { unitExists } from '../db/campaigns';
import * as tokens from '../db/tokens';
import { conflict, invalid, notFound } from '../errors';
import { wmsg } from '../messages';
import { parseWith, type RawBody } from '../validation';

export async function createToken(
  db: D1Database,
  actor: Actor,
  readBody: RawBody,
  now: number,
  lifetimeMs: number,
) {
  const raw = await readBody();
  // The role asked for decides 403 before the rest of the body is judged (403 precedes 422).
  const asked = (raw as { role?: unknown } | null)?.role;
  if (typeof asked === 'string' && (ROLES as readonly string[]).includes(asked)) requireIssuer(actor, asked);
  const body = parseWith(TokenCreate, raw);
  requireIssuer(actor, body.role);
  const unit = body.unit ?? null;
  if (body.role === 'unit' && !unit)
    throw invalid([{ path: '/unit', code: 'unit_required', message: wmsg.unitRequired }]);
  if (body.role !== 'unit' && unit)
    throw invalid([{ path: '/unit', code: 'unit_forbidden', message: wmsg.unitForbidden(body.role) }]);
  if (unit && !(await unitExists(db, unit)))
    throw invalid([{ path: '/unit', code: 'unknown_unit', message: wmsg.unknownUnit(unit) }]);
  const expiresAt = expiryOf(body.expiresAt, now, lifetimeMs);
  const key = labelKey(body.label);
  await requireFreeLabel(db, key);

  const token = newToken();
  const row = { id: newTokenId(), hash: await hashToken(token), role: body.role, unit, label: body.label };
  const insert = tokens.insert(db, {
    ...row,
    createdAt: now,
    createdBy: actor.label,
    expiresAt,
    labelKey: key,
  });
  await db
    .batch([
      insert,
      audit.record(db, {
        at: now,
        actor,
        action: 'token.create',
        target: row.id,
        campaign: null,
        detail: { role: row.role, unit, label: row.label, expiresAt: isoVn(expiresAt) },
      }),
    ])
    .catch(async (error: unknown) => {
      // Another token took the label since the check above: the unique index refused this one.
      if (tokens.isLabelTaken(error)) await requireFreeLabel(db, key);
      throw error;
    });
  return {
    id: row.id,
    token,
    role: row.role,
    unit,
    label: row.label,
    createdAt: isoVn(now),
    expiresAt: isoVn(expiresAt),
  };
}

/** 409 naming the unrevoked token whose label folds to `key` (access/token-label.ts), if there is one. */
async function requireFreeLabel(db: D1Database, key: string): Promise<void> {
  const holder = (await tokens.listActive(db)).find((t) => t.label_key === key || labelKey(t.label) === key);
  if (holder) throw conflict(wmsg.labelTaken(holder.label, holder.id));
}

/** The expiry asked for (422 unless after `now` and within the lifetime), or the longest. */
function expiryOf(asked: string | undefined, now: number, lifetimeMs: number): number {
  const latest = now + lifetimeMs;
  if (asked === undefined) return latest;
  const at = instantMs(asked);
  if (!(at > now))
    throw invalid([{ path: '/expiresAt', code: 'expires_in_past', message: wmsg.expiresInPast }]);
  if (at > latest) {
    const message = wmsg.expiresTooLate(formatVn(latest), Math.round(lifetimeMs / 86_400_000));
    throw invalid([{ path: '/expiresAt', code: 'expires_too_late', message }]);
  }
  return at;
}

export async function listTokens(db: D1Database) {
  const rows = await tokens.listActive(db);
  return {
    tokens: rows.map((t) => ({
      id: t.id,
      role: t.role,
      unit: t.unit,
      label: t.label,
      createdAt: isoVn(t.created_at),
      createdBy: t.created_by,
      lastUsedAt: isoVn(t.last_used_at),
      expiresAt: isoVn(t.expires_at ?? t.created_at),
    })),
  };
}

/** Revokes at once; 404 for an unknown or already revoked id. */
export async function revokeToken(db: D1Database, actor: Actor, id: string, now: number): Promise<void> {
  const row = await tokens.findById(db, id);
  if (!row || row.revoked_at !== null) throw notFound(wmsg.unknownToken(id));
  requireIssuer(actor, row.role);
  await db.batch([
    tokens.revoke(db, id, now),
    audit.record(
      db,
      {
        at: now,
        actor,
        action: 'token.revoke',
        target: id,
        campaign: null,
        detail: { role: row.role, unit: row.unit, label: row.label },
      },
      { afterChange: true },
    ),
  ]);
  // This isolate stops trusting it at once; others within TOKEN_TTL_MS for reads (writes re-check in SQL).
  forgetToken(id);
}
