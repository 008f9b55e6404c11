/**
 * Registrations, covenants and the calendar (contract: "Registration, covenants, the calendar and the audit
 * log"): the registration body and what is stored, a group's covenant, the milestones with their state.
 */
import * as z from 'zod';
import { CovenantSource, MilestoneCloses, MilestoneState } from './enums';
import { code, instant, int, LIST_MAX, shortText, staffId } from './fields';

export const RegisteredIndividual = z.object({
  name: shortText,
  staffId: staffId.optional(),
  position: shortText.optional(),
  awards: z.array(code).max(LIST_MAX.few).default([]),
});

/** `PUT /campaigns/{campaign}/units/{unit}/registration`. */
export const Registration = z.object({
  awards: z.array(code).max(LIST_MAX.few).default([]),
  individuals: z.array(RegisteredIndividual).max(5000).default([]),
});

/** A registration as stored; a unit that never registered has empty lists and no time. */
export const RegistrationView = z.object({
  campaign: z.string(),
  unit: z.string(),
  name: z.string(),
  awards: z.array(z.string()),
  individuals: z.array(RegisteredIndividual),
  updatedAt: instant.nullable(),
  updatedBy: z.string().nullable(),
});

/** `GET /campaigns/{campaign}/registrations`. */
export const RegistrationList = z.object({ registrations: z.array(RegistrationView) });

/** `GET`/`PUT …/groups/{group}/covenant`: the recorded covenant, or the plan's; fields null when none. */
export const CovenantView = z.object({
  group: z.string(),
  documentNo: z.string().nullable(),
  signedAt: z.string().nullable(),
  url: z.string().optional(),
  source: CovenantSource.nullable(),
  recordedAt: instant.nullable(),
  recordedBy: z.string().nullable(),
});

/** One milestone of `GET …/calendar`, and the answer of `POST …/milestones/{code}/reopen`. */
export const MilestoneView = z.object({
  code: z.string(),
  title: z.string(),
  due: z.string(),
  dueAt: instant,
  quarter: int.nullable(),
  details: z.array(z.string()),
  closes: MilestoneCloses.nullable(),
  closesLabel: z.string().nullable(),
  /** The due time, or a reopening's later `until`. */
  closesAt: instant,
  state: MilestoneState,
  stateLabel: z.string(),
  reopened: z
    .object({ until: instant, reason: z.string(), reopenedAt: instant, reopenedBy: z.string() })
    .nullable(),
});

/** `GET /campaigns/{campaign}/calendar`: the milestones in order of due time. */
export const Calendar = z.object({ campaign: z.string(), milestones: z.array(MilestoneView) });

export type RegisteredIndividual = z.output<typeof RegisteredIndividual>;
export type Registration = z.output<typeof Registration>;
export type RegistrationView = z.output<typeof RegistrationView>;
export type RegistrationList = z.output<typeof RegistrationList>;
export type CovenantView = z.output<typeof CovenantView>;
export type MilestoneView = z.output<typeof MilestoneView>;
export type Calendar = z.output<typeof Calendar>;
