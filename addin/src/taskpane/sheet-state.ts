/**
 * The sheet section's decisions, pure: which cells hold typed values the server does not have (a rebuild
 * would overwrite them), what the buttons may do for the stored status (a submitted sheet is never changed by
 * "Lưu nháp": shared/rules/sheet-write.ts would keep it submitted with a new revision), and what to say.
 */
import type { SheetEntryView, SheetView } from '../api/types';
import { stateText as T } from '../messages/confirm';
import type { CellMessage, ReadEntry } from '../sheets/read-back';
import type { SheetMode } from '../sheets/types';

const norm = (v: unknown) => (v === undefined || v === '' ? null : v);

/** The criteria whose typed fields differ from the stored entries the worksheet was written from. */
export function unsavedCriteria(
  stored: readonly SheetEntryView[],
  read: readonly ReadEntry[],
  mode: SheetMode,
): string[] {
  const by = new Map(stored.map((e) => [e.criterion, e]));
  const fields = mode === 'appraisal' ? (['appraised', 'reason'] as const) : (['self', 'evidence'] as const);
  return read
    .filter((r) => {
      const s = by.get(r.criterion);
      return fields.some((f) => f in r && norm(r[f]) !== norm(s?.[f]));
    })
    .map((r) => r.criterion);
}

export interface UnitButtons {
  /** "Lưu nháp" usable; when not, `draftNote` says why. */
  draft: boolean;
  draftNote: string | null;
  /** The submit button's label: "Nộp", or "Nộp lại" for a submitted sheet. */
  resubmit: boolean;
}

/** The unit's buttons for the stored status. */
export function unitButtons(status: SheetView['status']): UnitButtons {
  if (status === 'draft') return { draft: true, draftNote: null, resubmit: false };
  return { draft: false, draftNote: T.draftOff, resubmit: true };
}

/** What a saved answer means, from the status stored before and after (never "Đã nộp" for a draft). */
export function savedText(before: SheetView['status'], after: SheetView): string {
  if (after.status === 'draft') return T.savedDraft(after.revision);
  return before === 'draft' ? T.submitted(after.revision) : T.resubmitted(after.revision);
}

/** How many cells are marked (one per address, however many messages it has), and the general errors. */
export function problemCount(problems: readonly CellMessage[], general: readonly string[]): string {
  return T.cells(new Set(problems.map((p) => p.address)).size, general.length);
}
