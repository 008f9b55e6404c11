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
});

/** `GET /campaigns/{campaign}/audit`, oldest first. */
export const AuditList = z.object({ items: z.array(AuditEntry) });

export type AuditQuery = z.output<typeof AuditQuery>;
export type AuditEntry = z.output<typeof AuditEntry>;
export type AuditList = z.output<typeof AuditList>;
