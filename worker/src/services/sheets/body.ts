/**
 * Validating a sheet write: the body's own shape (revision, `submit`, a list of entries) by its zod schema,
 * the entries and the status rules by the shared sheet-write rules (shared/rules/sheet-write.ts) — the very
 * function the pane's "Kiểm tra" runs — so every problem is listed once, each entry's with its criterion.
 */
import type { z } from 'zod';
import type { Template } from '../../../../shared/contract/template';
import type { Problem } from '../../../../shared/problems';
import { type SheetEdit, type StoredSheet, sheetWriteProblems } from '../../../../shared/rules/sheet-write';
import { invalid } from '../../errors';
import { wmsg } from '../../messages';
import { problemsOf } from '../../validation';

/** A problem inside one entry: the shared rules report those, with their criterion. */
const IN_ENTRY = /^\/entries\/\d+(\/|$)/;

/** Parses `raw` with `schema` and the sheet-write rules; 422 listing every problem of either. */
export function parseSheetWrite<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  template: Template,
  stored: StoredSheet,
  mode: SheetEdit['mode'],
): z.output<S> {
  const parsed = schema.safeParse(raw);
  const body = (raw !== null && typeof raw === 'object' ? raw : {}) as {
    entries?: unknown;
    submit?: unknown;
  };
  const entries = Array.isArray(body.entries) ? body.entries : [];
  const submit = typeof body.submit === 'boolean' ? body.submit : undefined;
  const edit: SheetEdit = mode === 'unit' ? { mode, entries, submit } : { mode, entries };
  const shapeProblems: Problem[] = parsed.success
    ? []
    : problemsOf(parsed.error, raw).filter((p) => !IN_ENTRY.test(p.path));
  const problems = [...shapeProblems, ...sheetWriteProblems(template, stored, edit)];
  if (problems.length || !parsed.success) {
    // Clearing a score of a sheet that stays submitted: say how to get out of it.
    const staysIncomplete =
      mode === 'unit' && submit !== true && problems.some((p) => p.code === 'missing_score');
    throw invalid(problems, staysIncomplete ? wmsg.incompleteSubmitted : undefined);
  }
  return parsed.data;
}
