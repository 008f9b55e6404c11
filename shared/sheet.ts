/**
 * Request bodies of the scoring-sheet endpoints (contract: "Scoring sheets", "Rankings, votes") and the stored
 * state of one criterion. Scores are plain numbers here: range and step are checked by `validateEntries`
 * (shared/scoring.ts) so that every wrong score is reported with its criterion, not as a bare schema error.
 */
import { z } from 'zod';
import './plan'; // sets zod's Vietnamese locale

const criterion = z.string().trim().min(1).max(64);
const note = z.string().max(2000);
const revision = z.number().int().min(0);

/** One criterion of a unit's `PUT …/sheet`: an absent field keeps its value, `null` clears it. */
export const SheetPutEntry = z.object({
  criterion,
  self: z.number().nullable().optional(),
  evidence: note.nullable().optional(),
});

/** `PUT …/sheet`: `submit: true` submits, `false` withdraws to draft, absent keeps the status. */
export const SheetPut = z.object({
  revision,
  entries: z.array(SheetPutEntry),
  submit: z.boolean().optional(),
});

/** One criterion of `PUT …/sheet/appraisal`: `appraised: null` removes an appraisal. */
export const AppraisalPutEntry = z.object({
  criterion,
  appraised: z.number().nullable(),
  reason: note.nullable().optional(),
});

/** `PUT …/sheet/appraisal`. */
export const AppraisalPut = z.object({
  revision,
  entries: z.array(AppraisalPutEntry),
});

/** `PUT …/votes/{round}`: the result of one secret ballot. */
export const VotePut = z.object({
  members: z.number().int().min(1),
  present: z.number().int().min(0),
  candidates: z.array(
    z.object({
      unit: z.string().trim().min(1).max(64),
      votes: z.number().int().min(0),
    }),
  ),
});

/** The stored state of one criterion of a sheet, in points (JSON numbers) as the API returns it. */
export const SheetEntry = z.object({
  criterion,
  self: z.number().nullable(),
  appraised: z.number().nullable(),
  evidence: z.string().nullable(),
  reason: z.string().nullable(),
});

export type SheetPutEntry = z.output<typeof SheetPutEntry>;
export type SheetPut = z.output<typeof SheetPut>;
export type AppraisalPutEntry = z.output<typeof AppraisalPutEntry>;
export type AppraisalPut = z.output<typeof AppraisalPut>;
export type VotePut = z.output<typeof VotePut>;
export type SheetEntry = z.output<typeof SheetEntry>;
