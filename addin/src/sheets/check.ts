/**
 * "Kiểm tra": the shared rules (shared/scoring.ts, shared/sheet.ts) run on what was read from the worksheet,
 * before anything is sent — scores against maximum and step, evidence against its schema, and completeness
 * when the sheet is (or stays) submitted. The server runs the same rules again; the add-in only spares a
 * round trip.
 */

import { AppraisalPutEntry, SheetPutEntry } from '../../../shared/contract/sheets';
import { zodProblems } from '../../../shared/plan';
import type { Problem } from '../../../shared/problems';
import { mergeEntries, missingForSubmit, validateEntries } from '../../../shared/scoring';
import type { SheetView } from '../api/types';
import type { ReadEntry } from './read-back';
import type { SheetMode } from './types';

export function localCheck(
  sheet: SheetView,
  entries: readonly ReadEntry[],
  submit: boolean | undefined,
  mode: SheetMode = 'unit',
): Problem[] {
  const field = mode === 'unit' ? 'self' : 'appraised';
  const schema = mode === 'unit' ? SheetPutEntry : AppraisalPutEntry;
  const problems = validateEntries(sheet.template, entries, field);
  entries.forEach((entry, i) => {
    const parsed = schema.safeParse(entry);
    if (parsed.success) return;
    for (const p of zodProblems(parsed.error, ['entries', i])) {
      // Scores are validateEntries' to report, with their criterion; the schema adds what else is wrong.
      if (!p.path.endsWith(`/${field}`)) problems.push({ ...p, criterion: entry.criterion });
    }
  });
  const staysSubmitted = submit === true || (submit === undefined && sheet.status === 'submitted');
  if (mode === 'unit' && staysSubmitted) {
    problems.push(...missingForSubmit(sheet.template, mergeEntries(sheet.entries, entries, sheet.template)));
  }
  return problems;
}
