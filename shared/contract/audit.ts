/** The audit log (contract: "… and the audit log"): filters and entries. */
import * as z from 'zod';
import { Role } from './enums';
import { DateOrDateTime, filter, instant, int } from './fields';

/** `GET …/audit?actor=&action=&from=&to=&limit=`: `action` matches a name or a prefix; `to` is inclusive. */
export const AuditQuery = z.object({
  actor: filter.optional(),
  action: filter.optional(),
  from: DateOrDateTime.optional(),
  to: DateOrDateTime.optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
});

export const AuditEntry = z.object({
  id: int,
  at: instant,
  /** The token's label. */
  actor: z.string(),
  role: Role,
  action: z.string(),
  target: z.string(),
  revisionBefore: int.nullable(),
  revisionAfter: int.nullable(),
  /** What the action recorded beside (its own shape per action), or null. */
  detail: z.record(z.string(), z.unknown()).nullable(),
  /** The id of the token that wrote it (`tok_…`, as `GET /tokens` shows); null: the bootstrap ADMIN_TOKEN. */
  tokenId: z.string().nullable(),
  /** Its place in its chain (the campaign's, or the global one): 1, 2, 3, … */
  seq: int,
  /** SHA-256 of the previous entry's hash and this entry (docs/decisions/0028); null until sealed. */
  hash: z.string().nullable(),
});

/** `GET /campaigns/{campaign}/audit` and `GET /audit` (the global chain: tokens, units), oldest first. */
export const AuditList = z.object({ items: z.array(AuditEntry) });

/** The first broken link of a chain: which entry (`seq`, `id`), what broke (`kind`) and the sentence. */
export const AuditBreak = z.object({
  /** `missing`: deleted; `inserted`: not written in its place; `edited`: no longer matches its hash;
   * `anchor`: a snapshot's recorded head no longer matches. */
  kind: z.enum(['missing', 'inserted', 'edited', 'anchor']),
  seq: int,
  id: int.nullable(),
  /** For `anchor`: the snapshot whose head disagrees. */
  snapshot: z.string().optional(),
  message: z.string(),
});

/** `GET /campaigns/{campaign}/audit/verify`, `GET /audit/verify` (contract: `{"ok", "entries", "head", "firstBroken"?}`). */
export const AuditVerification = z.object({
  ok: z.boolean(),
  entries: int,
  /** The chain's last entry; `hash` is null only for an entry left unsealed after a break. */
  head: z.object({ seq: int, hash: z.string().nullable() }),
  /** How many snapshot heads were checked. */
  anchors: int,
  firstBroken: AuditBreak.optional(),
  message: z.string(),
});

export type AuditQuery = z.output<typeof AuditQuery>;
export type AuditEntry = z.output<typeof AuditEntry>;
export type AuditList = z.output<typeof AuditList>;
export type AuditVerification = z.output<typeof AuditVerification>;
