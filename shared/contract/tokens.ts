/** Tokens and the caller (contract: "Authentication and roles"): issue, list, and `GET /me`. */
import * as z from 'zod';
import { GroupKind, Role } from './enums';
import { code, DateOrDateTime, instant, shortText } from './fields';

/**
 * `POST /tokens`. A unit token needs `unit`, a unit some plan declares. `label` names the holder: unique
 * among unrevoked tokens (case, spacing and invisible characters aside; 409 otherwise). `expiresAt` (a date
 * means the end of that day in Vietnam) shortens the token's life; without it the token lives the server's
 * TOKEN_DAYS (400 days by default), which is also the longest a request may ask for.
 */
export const TokenCreate = z.object({
  role: Role,
  unit: code.nullable().optional(),
  label: shortText,
  expiresAt: DateOrDateTime.optional(),
});

/** One token of `GET /tokens` (never the secret). */
export const TokenView = z.object({
  id: z.string(),
  role: Role,
  unit: z.string().nullable(),
  label: z.string(),
  createdAt: instant,
  createdBy: z.string(),
  lastUsedAt: instant.nullable(),
  /** When it stops authenticating (401); an expired token is listed until revoked, and keeps its label. */
  expiresAt: instant,
});

/** `POST /tokens` → 201: the secret `token`, shown this once. */
export const TokenCreated = TokenView.pick({
  id: true,
  role: true,
  unit: true,
  label: true,
  createdAt: true,
  expiresAt: true,
}).extend({ token: z.string() });

/** `GET /tokens`. */
export const TokenList = z.object({ tokens: z.array(TokenView) });

/**
 * A group the caller's unit belongs to (`kind` khối or cụm, so the pane says "Trưởng khối" or "Trưởng cụm";
 * `lead` the lead unit's code, `isLead` whether that is the caller).
 */
export const MeGroup = z.object({
  campaign: z.string(),
  group: z.string(),
  kind: GroupKind,
  name: z.string(),
  lead: z.string(),
  isLead: z.boolean(),
  deadline: instant.nullable(),
});

/** `GET /me`. */
export const Me = z.object({
  role: Role,
  unit: z.string().nullable(),
  label: z.string(),
  groups: z.array(MeGroup),
});

export type TokenCreate = z.output<typeof TokenCreate>;
export type TokenView = z.output<typeof TokenView>;
export type TokenCreated = z.output<typeof TokenCreated>;
export type TokenList = z.output<typeof TokenList>;
export type MeGroup = z.output<typeof MeGroup>;
export type Me = z.output<typeof Me>;
