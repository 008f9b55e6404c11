/**
 * The register of awards (sổ theo dõi khen thưởng; issue 14): every decision over the years, with its
 * recipients. History rules read it; the council's meeting writes this year's decisions into it (issue 15).
 * The register is the department's, not one campaign's: its routes are global.
 *
 * - `GET /register?year=&unit=&title=&level=` — decisions with their recipients (secretariat, council; a
 *   unit reads the decisions that name it or its staff).
 * - `POST /register/decisions` — one decision as it comes (secretariat) → 201 the stored decision.
 * - `POST /register/import` — earlier years from a spreadsheet, one row per recipient (secretariat). Every
 *   row is checked first; when any row is bad the answer is 422 naming each bad row (`/rows/4/…`, "Dòng 5")
 *   and nothing is stored. `?dryRun=true` checks without storing.
 *
 * An award is known across years by its identity: a title (or form) and its level (`AwardRef`), which the
 * plan's awards carry too (`Award.identity`).
 */
import * as z from 'zod';
import { AwardCategory, AwardLevel, RecipientKind } from './enums';
import { code, instant, int, LIST_MAX, shortText, staffId, text } from './fields';

/** The identity of an award across years: "CSTDCS" at the unit level, "BANG-KHEN" of the province, … */
export const AwardRef = z.object({
  /** A stable code of the title or form ("LDTT", "CSTDCS", "CSTD-TINH", "BANG-KHEN", "CO-THI-DUA"). */
  title: code,
  level: AwardLevel,
});

/** The years an achievement covers (năm thành tích); one year for yearly titles (from = to). */
export const Period = z.object({
  from: z.number().int().min(1945).max(2100),
  to: z.number().int().min(1945).max(2100),
});

export const Recipient = z.object({
  kind: RecipientKind,
  /** The collective itself, or the unit the person works in (a unit code the department knows). */
  unit: code,
  staffId: staffId.optional(),
  name: shortText.optional(),
  birthDate: z.iso.date().optional(),
});

/** `POST /register/decisions`: a decision (quyết định khen thưởng) and who it awards. */
export const DecisionInput = z.object({
  /** Number and symbol ("123/QĐ-UBND"). */
  number: shortText,
  date: z.iso.date(),
  issuerLevel: AwardLevel,
  /** Who signed it ("Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu"). */
  authority: text,
  award: AwardRef,
  category: AwardCategory,
  /** The title or form as the decision writes it ("Bằng khen của Chủ tịch UBND tỉnh"). */
  awardName: text,
  period: Period,
  recipients: z.array(Recipient).min(1).max(LIST_MAX.units),
});

/** One row of an import sheet: a recipient with its decision's fields repeated. */
export const RegisterRow = DecisionInput.omit({ recipients: true }).extend(Recipient.shape);

/** `POST /register/import`. Rows with the same number and date form one decision. */
export const RegisterImport = z.object({ rows: z.array(RegisterRow).min(1).max(50000) });

/** `POST /register/import?dryRun=true`: check every row, store nothing. */
export const RegisterImportQuery = z.object({
  dryRun: z.enum(['true', 'false']).optional(),
});

export const RegisterQuery = z.object({
  year: z.coerce.number().int().min(1945).max(2100).optional(),
  unit: code.optional(),
  title: code.optional(),
  level: AwardLevel.optional(),
});

/** A stored decision. */
export const DecisionView = DecisionInput.extend({
  id: z.string(),
  recordedAt: instant,
  recordedBy: z.string(),
  /** The campaign and meeting whose proposal it answers, when it came through the product (issue 15). */
  campaign: z.string().nullable(),
  meeting: z.string().nullable(),
});

/** `GET /register`. */
export const DecisionList = z.object({ decisions: z.array(DecisionView) });

/** `POST /register/import` → 201 (or 200 with `dryRun`). */
export const RegisterImported = z.object({ decisions: int, recipients: int, dryRun: z.boolean() });

export type AwardRef = z.output<typeof AwardRef>;
export type Period = z.output<typeof Period>;
export type Recipient = z.output<typeof Recipient>;
export type DecisionInput = z.output<typeof DecisionInput>;
export type RegisterRow = z.output<typeof RegisterRow>;
export type RegisterImport = z.output<typeof RegisterImport>;
export type RegisterQuery = z.output<typeof RegisterQuery>;
export type DecisionView = z.output<typeof DecisionView>;
export type DecisionList = z.output<typeof DecisionList>;
export type RegisterImported = z.output<typeof RegisterImported>;
