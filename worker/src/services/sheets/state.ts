/**
 * A sheet's state as the API shows it, and the columns a write stores: entries (one per criterion, template
 * order), totals in hundredths recomputed by the shared core, classification, locks.
 */

import type { SheetEntry } from '../../../../shared/contract/sheets';
import type { Template } from '../../../../shared/contract/template';
import { toPoints } from '../../../../shared/points';
import { classify, computeTotals, mergeEntries } from '../../../../shared/scoring';
import { isoVn } from '../../../../shared/time';
import type { GroupRow } from '../../db/campaigns';
import type { SheetRow, SheetTotalsColumns } from '../../db/sheets';
import type { SheetContext } from './context';

/** The stored entries of a sheet, one per criterion of its template, in template order. */
export function entriesOf(template: Template, row: Pick<SheetRow, 'entries'> | null): SheetEntry[] {
  const stored = row ? (JSON.parse(row.entries) as SheetEntry[]) : [];
  return mergeEntries(stored, [], template);
}

/** Totals (hundredths) and classification of entries, as the sheet row stores them. */
export function totalsColumns(template: Template, entries: readonly SheetEntry[]): SheetTotalsColumns {
  const t = computeTotals(template, entries);
  return {
    total_self: t.self,
    total_final: t.final,
    sections: JSON.stringify(t.sections),
    standard: t.standard,
    bonus: t.bonus,
    deduction: t.deduction,
    classification: classify(template, t, entries),
  };
}

/**
 * When the unit's writes lock: the group deadline, or a reopen's later `until`; null when the group has no
 * deadline. `lockedAt` is set once that time has passed.
 */
export function locksOf(
  group: Pick<GroupRow, 'deadline_at'>,
  row: Pick<SheetRow, 'reopen_until'> | null,
  now: number,
): { locksAt: number | null; lockedAt: number | null } {
  const deadline = group.deadline_at;
  if (deadline === null) return { locksAt: null, lockedAt: null };
  const until = row?.reopen_until ?? null;
  const locksAt = until !== null && until > deadline ? until : deadline;
  return { locksAt, lockedAt: now >= locksAt ? locksAt : null };
}

/** Whether an appraised sheet is writable by its unit: reopened after its last appraisal. */
export function reopenedSinceAppraisal(row: SheetRow | null): boolean {
  return (
    !!row && row.reopened_at !== null && (row.appraised_at === null || row.reopened_at > row.appraised_at)
  );
}

/**
 * GET …/sheet: the contract's shape (points, ISO times in Vietnam's offset). A write passes the entries it
 * has just merged, so the row's JSON is not parsed and merged back again.
 */
export function sheetView(
  ctx: SheetContext,
  row: SheetRow | null,
  now: number,
  entries: SheetEntry[] = entriesOf(ctx.template, row),
) {
  const cols = row ?? { ...totalsColumns(ctx.template, entries), submitted_at: null, appraised_at: null };
  const { locksAt, lockedAt } = locksOf(ctx.group, row, now);
  return {
    campaign: ctx.key.campaign,
    group: ctx.key.group,
    unit: ctx.key.unit,
    name: ctx.unitName,
    revision: row?.revision ?? 0,
    status: row?.status ?? 'draft',
    template: ctx.template,
    entries,
    totals: totalsOf(cols),
    classification: cols.classification,
    submittedAt: isoVn(cols.submitted_at),
    appraisedAt: isoVn(cols.appraised_at),
    locksAt: isoVn(locksAt),
    lockedAt: isoVn(lockedAt),
    updatedAt: isoVn(row?.updated_at),
    updatedBy: row?.updated_by ?? null,
  };
}

export type SheetView = ReturnType<typeof sheetView>;

/**
 * The reply of a write under `Prefer: return=minimal` (RFC 7240): the new state, with the full view's field
 * names and values, without the template, the entries and the names the client already has.
 */
export function sheetState(ctx: SheetContext, row: SheetRow, now: number) {
  const { locksAt, lockedAt } = locksOf(ctx.group, row, now);
  return {
    revision: row.revision,
    status: row.status,
    totals: totalsOf(row),
    classification: row.classification,
    submittedAt: isoVn(row.submitted_at),
    locksAt: isoVn(locksAt),
    lockedAt: isoVn(lockedAt),
  };
}

/** The stored totals (hundredths) as the API shows them (points). */
function totalsOf(cols: Pick<SheetRow, 'total_self' | 'total_final' | 'sections'>) {
  const sections: Record<string, number> = {};
  for (const [code, h] of Object.entries(JSON.parse(cols.sections) as Record<string, number>))
    sections[code] = toPoints(h);
  return { self: toPoints(cols.total_self), final: toPoints(cols.total_final), sections };
}
