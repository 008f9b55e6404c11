/**
 * The 409 path, pure: what the server holds now against what the user typed, so the pane can show what
 * changed and offer to submit on top of the new revision without losing a keystroke.
 */
import type { AppraisalPut } from '../../../shared/contract/sheets';
import type { SheetEntryView, SheetPut } from '../api/types';
import type { ReadEntry } from './read-back';

export type ConflictField = 'self' | 'evidence' | 'appraised' | 'reason';

export interface ServerChange {
  criterion: string;
  field: ConflictField;
  /** The value the user's sheet was built from (unknown when the pane was reloaded since). */
  before?: number | string | null;
  /** The value on the server now. */
  server: number | string | null;
  /** What the user has in the sheet now. */
  mine: number | string | null;
  /** The user changed it too, to something else than the server's value. */
  conflict: boolean;
}

const FIELDS: readonly ConflictField[] = ['self', 'evidence', 'appraised', 'reason'];
const norm = (v: unknown) => (v === undefined || v === '' ? null : (v as number | string | null));

/**
 * Lists the differences between the server's entries and the user's. With `base` (the entries the sheet was
 * built from) only what the server changed since is listed; without it, every field where the two differ.
 * Fields the user's mode does not write (appraised scores for a unit) are compared with the server only.
 */
export function serverChanges(
  server: readonly SheetEntryView[],
  mine: readonly ReadEntry[],
  base?: readonly SheetEntryView[],
): ServerChange[] {
  const serverBy = new Map(server.map((e) => [e.criterion, e]));
  const baseBy = base ? new Map(base.map((e) => [e.criterion, e])) : undefined;
  const out: ServerChange[] = [];
  for (const entry of mine) {
    const s = serverBy.get(entry.criterion);
    const b = baseBy?.get(entry.criterion);
    for (const field of FIELDS) {
      const serverValue = norm(s?.[field]);
      const hasMine = field in entry;
      const mineValue = hasMine ? norm(entry[field]) : norm(b?.[field]);
      if (baseBy) {
        const before = norm(b?.[field]);
        if (before === serverValue) continue;
        out.push({
          criterion: entry.criterion,
          field,
          before,
          server: serverValue,
          mine: mineValue,
          conflict: hasMine && mineValue !== before && mineValue !== serverValue,
        });
      } else if (hasMine && mineValue !== serverValue) {
        out.push({ criterion: entry.criterion, field, server: serverValue, mine: mineValue, conflict: true });
      }
    }
  }
  return out;
}

/** The unit's PUT that submits what the user typed on top of the server's current revision. */
export function resubmitBody(
  mine: readonly ReadEntry[],
  currentRevision: number,
  submit?: boolean,
): SheetPut {
  return {
    revision: currentRevision,
    entries: mine.map((e) => ({
      criterion: e.criterion,
      ...('self' in e ? { self: e.self ?? null } : {}),
      evidence: e.evidence ?? null,
    })),
    ...(submit === undefined ? {} : { submit }),
  };
}

/** The lead unit's (or the secretariat's) PUT …/appraisal: every criterion's appraised score and reason. */
export function appraisalBody(mine: readonly ReadEntry[], currentRevision: number): AppraisalPut {
  return {
    revision: currentRevision,
    entries: mine.map((e) => ({
      criterion: e.criterion,
      appraised: e.appraised ?? null,
      reason: e.reason ?? null,
    })),
  };
}
