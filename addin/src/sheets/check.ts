/**
 * "Kiểm tra": the shared sheet-write rules (shared/rules/sheet-write.ts) run on the body the pane is about to
 * send, against the sheet it last read — scores against maximum and step, evidence and reasons against their
 * schema, completeness when the sheet is (or stays) submitted, an appraisal on a submitted sheet, a reason
 * with visible text where the appraisal differs. The Worker runs the same function and answers 422 exactly
 * when this finds a problem; the add-in only spares a round trip.
 */

import type { Problem } from '../../../shared/problems';
import { sheetWriteProblems } from '../../../shared/rules/sheet-write';
import type { SheetView } from '../api/types';
import { appraisalBody, resubmitBody } from './conflict';
import type { ReadEntry } from './read-back';
import type { SheetMode } from './types';

export function localCheck(
  sheet: SheetView,
  entries: readonly ReadEntry[],
  submit: boolean | undefined,
  mode: SheetMode = 'unit',
): Problem[] {
  const stored = { status: sheet.status, entries: sheet.entries };
  // The entries exactly as session.put will send them (same builders), so the check sees the real body.
  return mode === 'unit'
    ? sheetWriteProblems(sheet.template, stored, {
        mode,
        entries: resubmitBody(entries, sheet.revision, submit).entries,
        submit,
      })
    : sheetWriteProblems(sheet.template, stored, {
        mode,
        entries: appraisalBody(entries, sheet.revision).entries,
      });
}
