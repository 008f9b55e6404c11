/**
 * Scoring sheets (contract: "Scoring sheets"): the request bodies of the unit's write, the appraisal and the
 * reopen, and the answers (the sheet, the short state of `Prefer: return=minimal`, the history, a group's
 * list). Scores are plain numbers in requests: range and step are checked by `validateEntries`
 * (shared/scoring.ts) so that every wrong score is reported with its criterion, not as a bare schema error.
 */
import * as z from 'zod';
import { Role, SheetStatus } from './enums';
import { code, DateOrDateTime, instant, int, LIST_MAX, note, reason, revision, score } from './fields';
import { Template } from './template';

/** One criterion of a unit's `PUT …/sheet`: an absent field keeps its value, `null` clears it. */
export const SheetPutEntry = z.object({
  criterion: code,
  self: z.number().nullable().optional(),
  evidence: note.nullable().optional(),
});

/** `PUT …/sheet`: `submit: true` submits, `false` withdraws to draft, absent keeps the status. */
export const SheetPut = z.object({
  revision,
  entries: z.array(SheetPutEntry).max(LIST_MAX.many),
  submit: z.boolean().optional(),
});

/** One criterion of `PUT …/sheet/appraisal`: `appraised: null` removes an appraisal. */
export const AppraisalPutEntry = z.object({
  criterion: code,
  appraised: z.number().nullable(),
  reason: note.nullable().optional(),
});

/** `PUT …/sheet/appraisal`. */
export const AppraisalPut = z.object({
  revision,
  entries: z.array(AppraisalPutEntry).max(LIST_MAX.many),
});

/** `POST …/sheet/reopen` and `POST …/milestones/{code}/reopen`: open again until a new time, for a reason. */
export const Reopen = z.object({
  until: DateOrDateTime,
  reason,
});

/** The stored state of one criterion of a sheet, in points (JSON numbers) as the API returns it. */
export const SheetEntry = z.object({
  criterion: code,
  self: z.number().nullable(),
  appraised: z.number().nullable(),
  evidence: z.string().nullable(),
  reason: z.string().nullable(),
});

const Totals = z.object({ self: score, final: score, sections: z.record(z.string(), score) });

/** `GET …/sheet`, `POST …/sheet/reopen`, and the writes without `Prefer: return=minimal`. */
export const SheetView = z.object({
  campaign: z.string(),
  group: z.string(),
  unit: z.string(),
  name: z.string(),
  revision: int,
  status: SheetStatus,
  template: Template,
  entries: z.array(SheetEntry),
  totals: Totals,
  classification: z.string().nullable(),
  submittedAt: instant.nullable(),
  appraisedAt: instant.nullable(),
  locksAt: instant.nullable(),
  lockedAt: instant.nullable(),
  updatedAt: instant.nullable(),
  updatedBy: z.string().nullable(),
});

/** A sheet write's reply under `Prefer: return=minimal`: the view's state fields, same names. */
export const SheetState = SheetView.pick({
  revision: true,
  status: true,
  totals: true,
  classification: true,
  submittedAt: true,
  locksAt: true,
  lockedAt: true,
});

/** A sheet write's reply: the whole sheet, or its state under `Prefer: return=minimal`. */
export const SheetWritten = z.union([SheetView, SheetState]);

/** `GET …/sheet/history`: every accepted write keeps the version before it, newest first. */
export const SheetHistory = z.object({
  versions: z.array(
    z.object({
      revision: int,
      at: instant,
      actor: z.string(),
      role: Role,
      status: SheetStatus,
      entries: z.array(SheetEntry),
      totals: z.object({ self: score, final: score }),
      classification: z.string().nullable(),
    }),
  ),
});

/** One member of a group in `GET …/groups/{group}/sheets`. */
export const GroupSheetRow = z.object({
  unit: z.string(),
  name: z.string(),
  status: SheetStatus,
  revision: int,
  submittedAt: instant.nullable(),
  total: score.nullable(),
  totalSelf: score.nullable(),
  classification: z.string().nullable(),
});

/** `GET …/groups/{group}/sheets`: who has submitted, at a glance. */
export const GroupSheets = z.object({ sheets: z.array(GroupSheetRow) });

export type SheetPutEntry = z.output<typeof SheetPutEntry>;
export type SheetPut = z.output<typeof SheetPut>;
export type AppraisalPutEntry = z.output<typeof AppraisalPutEntry>;
export type AppraisalPut = z.output<typeof AppraisalPut>;
export type Reopen = z.output<typeof Reopen>;
export type SheetEntry = z.output<typeof SheetEntry>;
export type SheetView = z.output<typeof SheetView>;
export type SheetState = z.output<typeof SheetState>;
export type SheetWritten = z.output<typeof SheetWritten>;
export type SheetHistory = z.output<typeof SheetHistory>;
export type GroupSheetRow = z.output<typeof GroupSheetRow>;
export type GroupSheets = z.output<typeof GroupSheets>;
