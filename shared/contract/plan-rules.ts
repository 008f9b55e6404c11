/**
 * The plan's rules on people and the council (issues 14 and 15): conditions on the same person in the same
 * year, earlier years, collectives judged by their members, limits per person per year, and the titles the
 * council decides by secret ballot. Part of the plan document (shared/contract/plan.ts re-exports them).
 */
import * as z from 'zod';
import {
  AwardCategory,
  AwardLevel,
  DisciplineForm,
  InitiativeLevel,
  NomineeKind,
  Rating,
  VoteBase,
} from './enums';
import { code, LIST_MAX, text } from './fields';
import { AwardRef } from './register';

/** Where a rule's figure comes from (the law, the seed plan). */
export const source = text.optional();

/** Where a rule applies beyond its award: only to one kind of nominee, only under these movements. */
export const scoped = {
  nominee: NomineeKind.optional(),
  movements: z.array(code).max(LIST_MAX.few).optional(),
};

/**
 * A fact of the same person in the same year (issue 14): another award of the plan (held in the register or
 * within quota this year), recognised initiatives, the year's rating, no discipline (at `from` or above;
 * absent = none at all), months in post at the end of the year, days absent at most.
 */
export const PersonCondition = z.discriminatedUnion('fact', [
  z.object({ fact: z.literal('award'), award: code }),
  z.object({
    fact: z.literal('initiative'),
    minLevel: InitiativeLevel.default('unit'),
    count: z.number().int().min(1).default(1),
  }),
  z.object({ fact: z.literal('rating'), min: Rating }),
  z.object({ fact: z.literal('discipline'), from: DisciplineForm.optional() }),
  z.object({ fact: z.literal('monthsInPost'), min: z.number().int().min(0).max(600) }),
  z.object({ fact: z.literal('daysAbsent'), max: z.number().int().min(0).max(366) }),
]);

/** Conditions on the same nominee in the same year (Chiến sĩ thi đua cơ sở: Lao động tiên tiến and an initiative). */
export const PrerequisiteRule = z.object({
  kind: z.literal('prerequisite'),
  award: code,
  requires: z.array(PersonCondition).min(1).max(LIST_MAX.few),
  ...scoped,
  source,
});

/**
 * Earlier years: the nominee held `requires.award` (from the register) or had at least `requires.rating`
 * (from earlier staff lists, with `initiatives` recognised a year when set) in each of `years` years,
 * consecutive, ending with the campaign's year (`includeCurrent`) or the year before. With `sinceLast`, the
 * years are counted after the achievement period of the nominee's last decision of this award.
 */
export const HistoryRule = z.object({
  kind: z.literal('history'),
  award: code,
  requires: z.union([
    z.object({ award: AwardRef }),
    z.object({ rating: Rating, initiatives: z.number().int().min(1).optional() }),
  ]),
  years: z.number().int().min(1).max(50),
  includeCurrent: z.boolean().default(false),
  sinceLast: z.boolean().default(false),
  ...scoped,
  source,
});

/**
 * A collective judged by its members (the unit's staff list of the year): more than (or at least) `percent` %
 * of them hold `of` (an award of the plan, within quota or in the register) or have at least a rating; at
 * least `min` of them hold it; none disciplined at `from` or above.
 */
export const MemberCondition = z.discriminatedUnion('fact', [
  z.object({
    fact: z.literal('share'),
    of: z.union([z.object({ award: code }), z.object({ rating: Rating })]),
    percent: z.number(),
    strict: z.boolean().default(true),
  }),
  z.object({ fact: z.literal('count'), award: code, min: z.number().int().min(1) }),
  z.object({ fact: z.literal('discipline'), from: DisciplineForm.optional() }),
]);

export const MembersRule = z.object({
  kind: z.literal('members'),
  award: code,
  requires: z.array(MemberCondition).min(1).max(LIST_MAX.few),
  source,
});

/**
 * At most `max` awards per person (or collective) per year across movements, counting the plan's awards of
 * this `category` and these `levels` (absent = any) that are within quota, and those already in the register
 * for the year. "One title per achievement": max 1 of category title; "not two state-level forms a year".
 */
export const PersonLimitRule = z.object({
  kind: z.literal('limit'),
  max: z.number().int().min(0),
  category: AwardCategory.optional(),
  levels: z.array(AwardLevel).max(LIST_MAX.few).optional(),
  label: text.optional(),
  ...scoped,
  source,
});

/**
 * Issue 15: a title that the council decides by secret ballot. A nomination of `award` is proposed when the
 * votes in favour reach `percent` % of all council members (`of: 'members'`) or of those present.
 */
export const BallotRule = z.object({
  kind: z.literal('ballot'),
  award: code,
  percent: z.number().gt(0).max(100),
  of: VoteBase.default('members'),
  source,
});

export type PersonCondition = z.output<typeof PersonCondition>;
export type PrerequisiteRule = z.output<typeof PrerequisiteRule>;
export type HistoryRule = z.output<typeof HistoryRule>;
export type MemberCondition = z.output<typeof MemberCondition>;
export type MembersRule = z.output<typeof MembersRule>;
export type PersonLimitRule = z.output<typeof PersonLimitRule>;
export type BallotRule = z.output<typeof BallotRule>;
