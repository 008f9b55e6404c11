/**
 * The plan document (contract: "The plan document"): the body of `POST /plans` and, as stored, the answer of
 * `GET /campaigns/{campaign}`. Cross-references a schema cannot see are checked by `validatePlan`
 * (shared/plan.ts).
 */
import * as z from 'zod';
import { AwardCategory, AwardNominee, GroupKind, MilestoneCloses, UnitKind, VoteBase } from './enums';
import { code, DateOrDateTime, LIST_MAX, longText, shortText, text, webUrl } from './fields';
import { AwardRef } from './register';
import { Template } from './template';

export const Campaign = z.object({
  code,
  year: z.number().int().min(2000).max(2100),
  title: text,
  authority: text.optional(),
  /** Issue 15: the body above the authority, top left of its papers ("UBND TỈNH BÀ RỊA - VŨNG TÀU"). */
  superior: text.optional(),
  place: text.optional(),
  /** Reference of the decision or plan this campaign carries out ("Kế hoạch số 247/KH-UBND …"). */
  basis: longText.optional(),
  /** Recipients ("Nơi nhận") of the department's papers (the plan); a scoring sheet lists its own (addin sheets/layout-form.ts). */
  recipients: z.array(text).max(LIST_MAX.few).optional(),
});

export const Unit = z.object({
  code,
  name: text,
  kind: UnitKind.optional(),
  /** The body above the unit, printed top left of the sheet ("SỞ Y TẾ BÀ RỊA-VŨNG TÀU"). */
  parent: text.optional(),
  /** Share of women among the unit's staff (0–1), for the Decree 152/2025 art. 4.6 tie-break. */
  womenShare: z.number().min(0).max(1).optional(),
});

export const Award = z.object({
  code,
  name: text,
  nominee: AwardNominee,
  /** Who confers it ("Giám đốc Sở Y tế", "UBND tỉnh"), for people reading the plan. */
  level: text.optional(),
  /** Its identity across years (title or form, and level), which the register of awards uses too. */
  identity: AwardRef.optional(),
  /** Danh hiệu thi đua or hình thức khen thưởng. */
  category: AwardCategory.optional(),
});

export const VoteRule = z.object({
  percent: z.number(),
  of: VoteBase.default('members'),
});

/** A group's signed covenant (giao ước thi đua): in the plan, and the body of `PUT …/covenant`. */
export const Covenant = z.object({
  documentNo: text,
  signedAt: DateOrDateTime,
  url: webUrl.optional(),
});

export const Group = z.object({
  code,
  kind: GroupKind,
  name: text,
  template: code,
  lead: code,
  /** Deputy lead units (phó khối), for people reading the plan; rights stay with the lead. */
  deputies: z.array(code).max(LIST_MAX.few).optional(),
  members: z.array(code).min(1).max(LIST_MAX.units),
  deadline: DateOrDateTime.optional(),
  vote: VoteRule.optional(),
  covenant: Covenant.optional(),
});

const quotaCount = z.number().int().nullable();

export const MovementQuota = z.object({
  collective: quotaCount.optional(),
  individual: quotaCount.optional(),
});

export const Programme = z.object({ code, name: text });

export const Movement = z.object({
  code,
  name: text,
  chair: text.optional(),
  responsible: text.optional(),
  /** Unit code of the responsible department: it nominates anyone under this movement and sets priorities. */
  responsibleUnit: code.optional(),
  content: longText.optional(),
  awardWindow: text.optional(),
  /** Free text of the quota as the plan writes it ("05 tập thể và 10 cá nhân cho mỗi chương trình …"). */
  quotaText: text.optional(),
  /** Absent = no limit (item 2.12). A kind left out = no limit; `null` = none of that kind. */
  quota: MovementQuota.optional(),
  /** With programmes the quota applies once per programme (item 2.1). */
  programmes: z.array(Programme).max(LIST_MAX.few).default([]),
  /** Awards considered under this movement; absent = any award of the plan. */
  awards: z.array(code).max(LIST_MAX.few).optional(),
});

import {
  BallotRule,
  HistoryRule,
  MembersRule,
  PersonLimitRule,
  PrerequisiteRule,
  scoped,
  source,
} from './plan-rules';

export {
  BallotRule,
  HistoryRule,
  MemberCondition,
  MembersRule,
  PersonCondition,
  PersonLimitRule,
  PrerequisiteRule,
} from './plan-rules';

export const ShareRule = z.object({
  kind: z.literal('share'),
  award: code,
  scope: z.literal('group').default('group'),
  percent: z.number(),
  min: z.number().int().optional(),
  /** Limit the rule to these groups; absent = every group. */
  groups: z.array(code).max(LIST_MAX.many).optional(),
  ...scoped,
  source,
});

/**
 * What a ratio's base counts in the unit: distinct people (or collectives) of `of` within quota (`within`,
 * the default), distinct nominees of `of` whatever their status (`nominees`), or the holders of `of` for
 * the year recognised in the register (`holders`).
 */
export const RatioBase = z.enum(['within', 'nominees', 'holders']);

export const RatioRule = z.object({
  kind: z.literal('ratio'),
  award: code,
  of: code,
  scope: z.literal('unit').default('unit'),
  percent: z.number(),
  base: RatioBase.default('within'),
  ...scoped,
  source,
});

export const EligibilityRule = z.object({
  kind: z.literal('eligibility'),
  award: code,
  maxRank: z.number().int().optional(),
  minClass: text.optional(),
  voted: z.boolean().optional(),
  registered: z.boolean().optional(),
  ...scoped,
  source,
});

export const Rule = z.discriminatedUnion('kind', [
  ShareRule,
  RatioRule,
  EligibilityRule,
  PrerequisiteRule,
  HistoryRule,
  MembersRule,
  PersonLimitRule,
  BallotRule,
]);

/** Issue 15: the council (Hội đồng Thi đua – Khen thưởng) as the plan appoints it. */
export const CouncilMember = z.object({
  name: shortText,
  /** Their post and their place on the council ("Giám đốc Sở – Chủ tịch Hội đồng"). */
  position: shortText.optional(),
  role: z.enum(['chair', 'vice_chair', 'member', 'secretary']).default('member'),
});

export const Council = z.object({
  name: text.optional(),
  members: z.array(CouncilMember).min(1).max(LIST_MAX.few),
  /** Who signs the papers for the department ("KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC" / name). */
  signer: z.object({ authority: shortText, title: shortText, name: shortText }).optional(),
  /** Symbol of the department in document numbers ("SYT"). */
  symbol: code.optional(),
});

export const Milestone = z.object({
  code,
  title: text,
  due: DateOrDateTime,
  quarter: z.number().int().min(1).max(4).optional(),
  closes: MilestoneCloses.optional(),
  /** What the activity covers, as the plan lists it. */
  details: z.array(text).max(LIST_MAX.few).optional(),
});

export const Plan = z.object({
  campaign: Campaign,
  units: z.array(Unit).max(LIST_MAX.units).default([]),
  awards: z.array(Award).max(LIST_MAX.few).default([]),
  templates: z.array(Template).max(LIST_MAX.few).default([]),
  groups: z.array(Group).max(LIST_MAX.many).default([]),
  movements: z.array(Movement).max(LIST_MAX.many).default([]),
  rules: z.array(Rule).max(LIST_MAX.many).default([]),
  milestones: z.array(Milestone).max(LIST_MAX.many).default([]),
  council: Council.optional(),
});

export type Plan = z.output<typeof Plan>;
export type PlanInput = z.input<typeof Plan>;
export type Campaign = z.output<typeof Campaign>;
export type Unit = z.output<typeof Unit>;
export type Award = z.output<typeof Award>;
export type Group = z.output<typeof Group>;
export type VoteRule = z.output<typeof VoteRule>;
export type Covenant = z.output<typeof Covenant>;
export type Movement = z.output<typeof Movement>;
export type MovementQuota = z.output<typeof MovementQuota>;
export type Programme = z.output<typeof Programme>;
export type Rule = z.output<typeof Rule>;
export type ShareRule = z.output<typeof ShareRule>;
export type RatioRule = z.output<typeof RatioRule>;
export type EligibilityRule = z.output<typeof EligibilityRule>;
export type RatioBase = z.output<typeof RatioBase>;
export type Council = z.output<typeof Council>;
export type CouncilMember = z.output<typeof CouncilMember>;
export type Milestone = z.output<typeof Milestone>;
