/**
 * Nominations and quotas (contract: "Nominations and quotas"): the bodies of POST and PATCH, the list's
 * filters, and the answers: what was filed, the nominations with their current status, the quota usage.
 * The checks against the plan live in shared/nominations.ts.
 */
import * as z from 'zod';
import { msg } from '../messages';
import { NominationStatus, NomineeKind, QuotaScope } from './enums';
import { code, filter, instant, int, longText, shortText, staffId } from './fields';
import { TableQuery } from './rankings';

export const Nominee = z.object({
  kind: NomineeKind,
  /** The collective itself, or the unit an individual works in. */
  unit: code,
  name: shortText.optional(),
  staffId: staffId.optional(),
  birthDate: z.iso.date().optional(),
  position: shortText.optional(),
});

export const NominationInput = z.object({
  award: code,
  movement: code.optional(),
  programme: code.optional(),
  group: code.optional(),
  nominee: Nominee,
  /** Achievement summary (tóm tắt thành tích). */
  summary: longText.optional(),
  /** Place in line, 1 first; only the secretariat and the movement's responsible unit may set it (403 otherwise). */
  priority: z.number().int().min(1).max(1_000_000).optional(),
});

/** `POST /campaigns/{campaign}/nominations`. */
export const NominationsPost = z.object({ items: z.array(NominationInput).min(1).max(500) });

/**
 * `PATCH …/nominations/{id}`: any field of the input; `null` clears an optional one; `nominee` fields are merged
 * over the stored nominee (see `mergeNominationPatch`). The filing time is kept by the Worker.
 */
export const NominationPatch = z
  .object({
    award: code.optional(),
    movement: code.nullable().optional(),
    programme: code.nullable().optional(),
    group: code.nullable().optional(),
    nominee: z
      .object({
        kind: NomineeKind.optional(),
        unit: code.optional(),
        name: shortText.nullable().optional(),
        staffId: staffId.nullable().optional(),
        birthDate: Nominee.shape.birthDate.nullable().optional(),
        position: shortText.nullable().optional(),
      })
      .optional(),
    summary: longText.nullable().optional(),
    priority: z.number().int().min(1).max(1_000_000).nullable().optional(),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: msg.nominationPatchEmpty() });

/** `GET …/nominations?movement=&award=&group=&unit=&status=`. */
export const NominationsQuery = z.object({
  movement: filter.optional(),
  award: filter.optional(),
  group: filter.optional(),
  unit: filter.optional(),
  status: NominationStatus.optional(),
});

/** POST's answer for one filed item, in the order sent. */
export const FiledNomination = z.object({
  id: z.string(),
  status: NominationStatus,
  reasons: z.array(z.string()),
});

/** `POST …/nominations` → 201. */
export const FiledNominations = z.object({ items: z.array(FiledNomination) });

/** One nomination as GET and PATCH return it: every field sent, plus its current status. */
export const NominationView = NominationInput.extend({
  id: z.string(),
  status: NominationStatus,
  /** Vietnamese, naming the rule, the limit and the count. */
  reasons: z.array(z.string()),
  /** The quota rows (`QuotaRow.rule`) it is counted in. */
  rules: z.array(z.string()),
  filedAt: instant,
  filedBy: z.string(),
});

/** `GET …/nominations`. */
export const NominationList = z.object({ items: z.array(NominationView) });

/** One row of `GET /campaigns/{campaign}/quotas`. */
export const QuotaRow = z.object({
  /** Stable id: `movement:2.4:individual`, `movement:2.1:CT-LAO:collective`, `share:CO-THI-DUA:KHOI-BV`, `ratio:CSTDCS:BV-BR`. */
  rule: z.string(),
  label: z.string(),
  scope: QuotaScope,
  /** null = no limit; 0 for a nominee kind the movement does not take (`quota: null`). */
  limit: int.nullable(),
  /** Nominations within this limit. */
  used: int,
  /** Nominations this limit kept out. */
  over: int,
});

/** `GET /campaigns/{campaign}/quotas?format=…&dialect=…`: JSON, or CSV (406 for another format). */
export const QuotasQuery = TableQuery;

/** `GET /campaigns/{campaign}/quotas`. */
export const QuotaList = z.object({ rules: z.array(QuotaRow) });

export type Nominee = z.output<typeof Nominee>;
export type NominationInput = z.output<typeof NominationInput>;
export type NominationsPost = z.output<typeof NominationsPost>;
export type NominationPatch = z.output<typeof NominationPatch>;
export type NominationsQuery = z.output<typeof NominationsQuery>;
export type FiledNomination = z.output<typeof FiledNomination>;
export type FiledNominations = z.output<typeof FiledNominations>;
export type NominationView = z.output<typeof NominationView>;
export type NominationList = z.output<typeof NominationList>;
export type QuotaRow = z.output<typeof QuotaRow>;
export type QuotaList = z.output<typeof QuotaList>;
