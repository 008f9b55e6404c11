/**
 * Amendments of a campaign's plan and updates of a unit's facts (decision 0027): the plan changes only
 * through these, each versioned, with its reason, audited. `POST /campaigns/{campaign}/amendments`,
 * `GET /campaigns/{campaign}/plan`, `PUT /units/{unit}`.
 */
import * as z from 'zod';
import { amendmentFieldMessages } from '../messages/amendments';
import { code, instant, int, reason, text } from './fields';
import { Milestone, MovementQuota, Unit } from './plan';
import { Template } from './template';

/** A movement's quota as the year fills it in (BR-VT's 2.1 "theo số lượng phân bổ"). */
export const SetMovementQuota = z.object({
  kind: z.literal('movementQuota'),
  movement: code,
  quota: MovementQuota,
  quotaText: text.optional(),
});

/** Lists a unit in the campaign: a new one, or a known one with the same facts (left out: its current ones). */
export const AddUnit = z.object({ kind: z.literal('addUnit'), unit: Unit });

/** Adds a unit the campaign lists to a group, after its last member. */
export const AddMember = z.object({ kind: z.literal('addMember'), group: code, unit: code });

/** Takes a unit out of a group: refused once it has a sheet there. */
export const RemoveMember = z.object({ kind: z.literal('removeMember'), group: code, unit: code });

/** A group's lead unit (one of its members). */
export const SetLead = z.object({ kind: z.literal('setLead'), group: code, lead: code });

/** A milestone of the calendar, added. */
export const AddMilestone = z.object({ kind: z.literal('addMilestone'), milestone: Milestone });

/** A template replaced whole: refused once a group using it has a sheet. */
export const ReplaceTemplate = z.object({ kind: z.literal('replaceTemplate'), template: Template });

export const PlanChange = z.discriminatedUnion('kind', [
  SetMovementQuota,
  AddUnit,
  AddMember,
  RemoveMember,
  SetLead,
  AddMilestone,
  ReplaceTemplate,
]);

/** `POST /campaigns/{campaign}/amendments`: `version` is the plan version amended (409 when it moved on). */
export const AmendmentInput = z.object({
  version: int.min(1),
  reason,
  changes: z.array(PlanChange).min(1).max(200),
});

/** A unit's facts as a unit update changes them: at least one. */
export const UnitFacts = Unit.omit({ code: true }).partial();

/**
 * `PUT /units/{unit}`: changes the unit's facts in campaign `from` and every later campaign that lists it
 * (later year, or the same year created later); earlier campaigns keep theirs.
 */
export const UnitUpdate = UnitFacts.extend({ from: code, reason }).refine(
  (u) => u.name !== undefined || u.kind !== undefined || u.parent !== undefined || u.womenShare !== undefined,
  { path: ['name'], error: amendmentFieldMessages.unitUpdateEmpty },
);

/** An amendment as listed: version 2 is the first. `changes` as sent (a unit update: its facts). */
export const AmendmentView = z.object({
  version: int,
  reason: z.string(),
  changes: z.array(z.record(z.string(), z.unknown())),
  at: instant,
  by: z.string(),
  role: z.string(),
});

/** `GET /campaigns/{campaign}/plan` and the answer of an amendment: the plan now, its version, its history. */
export const PlanVersionView = z.object({
  campaign: z.string(),
  version: int,
  plan: z.record(z.string(), z.unknown()),
  amendments: z.array(AmendmentView),
});

/** `PUT /units/{unit}`: the unit's current facts and the campaigns (with their new versions) it reached. */
export const UnitUpdateView = z.object({
  unit: Unit,
  from: z.string(),
  campaigns: z.array(z.object({ campaign: z.string(), version: int })),
});

export type PlanChange = z.output<typeof PlanChange>;
export type AmendmentInput = z.output<typeof AmendmentInput>;
export type UnitFacts = z.output<typeof UnitFacts>;
export type UnitUpdate = z.output<typeof UnitUpdate>;
export type PlanVersionView = z.output<typeof PlanVersionView>;
export type UnitUpdateView = z.output<typeof UnitUpdateView>;
