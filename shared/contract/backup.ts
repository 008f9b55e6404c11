/**
 * Backup and restore of one campaign (issue 16): `GET /campaigns/{campaign}/backup` answers one JSON
 * document holding every row of every campaign-scoped table as stored (plan, units as they were, sheets and
 * their versions, appraisals, votes, registrations, covenants, nominations, snapshots with their chunks,
 * milestone reopens, the audit log), and `POST /restore` writes it into a database that lacks the campaign.
 * Rows are column → value objects, values as SQLite holds them (text, integer, real, null): nothing is
 * re-derived, so rankings, quotas, snapshot hashes and the audit log read identically after a restore.
 */
import * as z from 'zod';
import { int } from './fields';

/** A stored value: SQLite's text, integer or real (no blobs are stored), or null. */
export const BackupValue = z.union([z.string(), z.number().finite(), z.null()]);
/** One row: column → value. */
export const BackupRow = z.record(z.string(), BackupValue);
/** Rows by table name. */
export const BackupTables = z.record(z.string().regex(/^[a-z_][a-z0-9_]*$/), z.array(BackupRow));

export const BACKUP_FORMAT = 'thi-dua.campaign-backup';

/** `GET …/backup` → 200; the body of `POST /restore`. */
export const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  campaign: z.string().min(1),
  /** When it was made (ISO, Vietnam time); not covered by `sha256`. */
  exportedAt: z.string(),
  /** The migrations applied to the database it came from (file names, in order). */
  migrations: z.array(z.string()),
  /** Rows of global tables the campaign refers to (units), as they were when it was made. */
  globals: BackupTables,
  /** Every row of each campaign-scoped table, in key order. */
  tables: BackupTables,
  /** SHA-256 (hex) of the RFC 8785 canonical JSON of `{campaign, migrations, globals, tables}`. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** `POST /restore` → 201. */
export const RestoreResult = z.object({
  campaign: z.string(),
  sha256: z.string(),
  /** Rows written now, by table (a restore resumed after a failure writes only what was missing). */
  written: z.record(z.string(), int),
  /** D1 batches (transactions) it took. */
  batches: int,
});

export type Backup = z.output<typeof Backup>;
export type BackupRow = z.output<typeof BackupRow>;
export type RestoreResult = z.output<typeof RestoreResult>;
