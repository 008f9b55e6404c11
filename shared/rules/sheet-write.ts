/**
 * The sheet-write rules (contract: "Scoring sheets"), written once: what a write of a sheet may carry, given
 * its template and its stored state. Returns every 422 problem, each with its JSON Pointer into the body and
 * its criterion — the Worker throws them (worker/src/services/sheets/write.ts), the pane's "Kiểm tra" shows
 * them (addin/src/sheets/check.ts), so the two cannot disagree. Locks and deadlines (423) and the revision
 * (409) are the Worker's to check, after these (docs/decisions/0021-sheet-write-rules-shared.md).
 *
 * Every rule is checked at once, so one answer lists everything to fix: each entry's shape and score, then
 * the status rules on the sheet as it would be after the write (stored entries with the edit merged in).
 */
import type { SheetStatus } from '../contract/enums';
import { AppraisalPutEntry, type SheetEntry, SheetPutEntry } from '../contract/sheets';
import type { Template } from '../contract/template';
import { sheetWriteMessages as m } from '../messages/sheet-write';
import { criteriaOf, zodProblems } from '../plan';
import { toHundredths } from '../points';
import type { Problem } from '../problems';
import {
  type EntryChange,
  mergeEntries,
  missingForSubmit,
  type ScoreInput,
  validateEntries,
} from '../scoring';
import { hasVisibleText } from '../text';

/** What the rules read of the stored sheet (a sheet never written is a draft without entries). */
export interface StoredSheet {
  status: SheetStatus;
  entries: readonly SheetEntry[];
}

/**
 * A write as sent: the unit's `PUT …/sheet` (self scores and evidence, `submit`) or `PUT …/sheet/appraisal`
 * (appraised scores and reasons). Entries are taken as they came (unknown), so a malformed one is reported
 * here with its criterion, the same way on both sides.
 */
export type SheetEdit =
  | { mode: 'unit'; entries: readonly unknown[]; submit?: boolean | undefined }
  | { mode: 'appraisal'; entries: readonly unknown[] };

/**
 * The status after a unit's write: `submit: true` submits, `false` withdraws to draft, absent keeps a draft a
 * draft and makes a submitted or appraised (reopened) sheet submitted again.
 */
export function statusAfterUnitWrite(before: SheetStatus, submit: boolean | undefined): SheetStatus {
  if (submit === false) return 'draft';
  return submit === true || before !== 'draft' ? 'submitted' : 'draft';
}

/** Every 422 problem of `edit` on a sheet stored as `stored`; [] when the write may go on to 423/409. */
export function sheetWriteProblems(template: Template, stored: StoredSheet, edit: SheetEdit): Problem[] {
  const field = edit.mode === 'unit' ? 'self' : 'appraised';
  const { problems, changes, sentAt } = entryProblems(template, edit.entries, field);
  const entries = mergeEntries(stored.entries, changes, template);
  if (edit.mode === 'unit') {
    if (statusAfterUnitWrite(stored.status, edit.submit) === 'submitted')
      problems.push(...missingForSubmit(template, entries));
    return problems;
  }
  if (stored.status === 'draft') problems.push({ path: '', code: 'not_submitted', message: m.appraiseDraft });
  problems.push(...missingReasons(template, entries, sentAt));
  return problems;
}

/**
 * Each entry against its schema and the template (unknown or duplicate criterion, not a number, below 0,
 * above the maximum, off the step), every problem once, and the changes to merge: the well-formed fields of
 * every entry whose criterion is known, so a score that is wrong still counts as typed.
 */
function entryProblems(template: Template, raw: readonly unknown[], field: 'self' | 'appraised') {
  const schema = field === 'self' ? SheetPutEntry : AppraisalPutEntry;
  const known = new Set(criteriaOf(template).map((c) => c.code));
  const inputs: ScoreInput[] = raw.map((e) => {
    const criterion = criterionOf(e);
    return criterion === null
      ? { criterion: SKIP }
      : { criterion, [field]: (e as Record<string, unknown>)[field] };
  });
  const scoreProblems = validateEntries(template, inputs, field).filter((p) => p.criterion !== SKIP);
  const covered = new Set(scoreProblems.map((p) => p.path));
  const shapeProblems: Problem[] = [];
  const changes: EntryChange[] = [];
  // Where each criterion was sent (the last time, as the merge keeps the last): a reason problem points there.
  const sentAt = new Map<string, number>();
  raw.forEach((e, i) => {
    const criterion = criterionOf(e);
    const parsed = schema.safeParse(e);
    if (!parsed.success) {
      for (const p of zodProblems(parsed.error, ['entries', i]))
        if (!covered.has(p.path)) shapeProblems.push(criterion === null ? p : { ...p, criterion });
    }
    if (criterion !== null && known.has(criterion)) {
      changes.push(wellFormed(e as Record<string, unknown>, criterion, field));
      sentAt.set(criterion, i);
    }
  });
  return { problems: [...shapeProblems, ...scoreProblems], changes, sentAt };
}

/** Stands for an entry without a criterion string: its schema problem says so, validateEntries says nothing. */
const SKIP = '\u0000';

/** The entry's criterion code as the schema reads it (trimmed), or null when it has none. */
function criterionOf(e: unknown): string | null {
  if (e === null || typeof e !== 'object') return null;
  const c = (e as { criterion?: unknown }).criterion;
  return typeof c === 'string' ? c.trim() : null;
}

const FIELDS = { self: ['self', 'evidence'], appraised: ['appraised', 'reason'] } as const;

/**
 * The fields of its mode an entry carries with the right type; a score of the wrong type still counts as
 * typed (NaN: not missing, never equal to another score), a note of the wrong type keeps the stored one.
 */
function wellFormed(e: Record<string, unknown>, criterion: string, field: 'self' | 'appraised'): EntryChange {
  const [score, note] = FIELDS[field];
  const change: EntryChange = { criterion };
  const s = e[score];
  if (s !== undefined) change[score] = s === null || typeof s === 'number' ? s : Number.NaN;
  const n = e[note];
  if (n === null || typeof n === 'string') change[note] = n;
  return change;
}

/**
 * "An appraisal that differs from the self score needs a reason", on the sheet as it would be: a reason with
 * no visible text (spaces, zero-width or control characters only) is no reason. The problem points at the
 * entry's reason when it was sent, else at the entries.
 */
function missingReasons(
  template: Template,
  entries: readonly SheetEntry[],
  sentAt: ReadonlyMap<string, number>,
): Problem[] {
  const titles = new Map(criteriaOf(template).map((c) => [c.code, c.title]));
  const problems: Problem[] = [];
  for (const e of entries) {
    if (e.appraised === null || hasVisibleText(e.reason)) continue;
    if (e.self !== null && sameScore(e.appraised, e.self)) continue;
    const i = sentAt.get(e.criterion);
    problems.push({
      path: i === undefined ? '/entries' : `/entries/${i}/reason`,
      criterion: e.criterion,
      code: 'reason_required',
      message: m.reasonRequired(e.criterion, titles.get(e.criterion) ?? ''),
    });
  }
  return problems;
}

/** Two scores are the same when they are the same number of hundredths (a wrong score is never the same). */
function sameScore(a: number, b: number): boolean {
  const ha = toHundredths(a);
  return ha !== null && ha === toHundredths(b);
}
