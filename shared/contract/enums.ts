/**
 * Every closed list of words the contract uses, declared once: request and response schemas, the Worker's
 * checks and the add-in's types all take them from here (`Role.options` for the list, `Role` for the type).
 */
import * as z from 'zod';

/** Who a token stands for (contract: "Authentication and roles"). */
export const Role = z.enum(['admin', 'secretariat', 'council', 'unit']);
/** A scoring sheet's status. */
export const SheetStatus = z.enum(['draft', 'submitted', 'appraised']);
/** A campaign's status. */
export const CampaignStatus = z.enum(['open', 'closed']);
/** A nomination's status, derived from every nomination of the campaign. */
export const NominationStatus = z.enum(['within_quota', 'over_quota', 'ineligible']);
/** Who a nomination is for. */
export const NomineeKind = z.enum(['collective', 'individual']);
/** Who an award may go to. */
export const AwardNominee = z.enum(['collective', 'individual', 'any']);
/** A group of units: khối (by line of work) or cụm (by place). */
export const GroupKind = z.enum(['khoi', 'cum']);
/** A unit's line of work. */
export const UnitKind = z.enum(['hospital', 'health_centre', 'preventive', 'office', 'other']);
/** A template section: counted in the standard total, a capped bonus, or a capped deduction. */
export const SectionKind = z.enum(['standard', 'bonus', 'deduction']);
/** What a vote threshold is a percentage of. */
export const VoteBase = z.enum(['members', 'present']);
/** What a milestone closes at its due time. */
export const MilestoneCloses = z.enum(['registration', 'nominations']);
/** Where a milestone stands on the calendar. */
export const MilestoneState = z.enum(['upcoming', 'due_soon', 'closed']);
/** What a quota row limits; `person`: each person (or collective) on its own, per year (rule kind `limit`). */
export const QuotaScope = z.enum(['movement', 'programme', 'group', 'unit', 'person']);
/** Where a group's covenant comes from: recorded through the API, or written in the plan. */
export const CovenantSource = z.enum(['recorded', 'plan']);
/** The forms of the consolidated sheet. */
export const ExportFormat = z.enum(['json', 'csv', 'xlsx']);
/** CSV for Excel with Vietnamese regional settings, or for programs. */
export const CsvDialect = z.enum(['excel-vi', 'rfc4180']);

export type Role = z.infer<typeof Role>;
export type SheetStatus = z.infer<typeof SheetStatus>;
export type CampaignStatus = z.infer<typeof CampaignStatus>;
export type NominationStatus = z.infer<typeof NominationStatus>;
export type NomineeKind = z.infer<typeof NomineeKind>;
export type AwardNominee = z.infer<typeof AwardNominee>;
export type GroupKind = z.infer<typeof GroupKind>;
export type UnitKind = z.infer<typeof UnitKind>;
export type SectionKind = z.infer<typeof SectionKind>;
export type VoteBase = z.infer<typeof VoteBase>;
export type MilestoneCloses = z.infer<typeof MilestoneCloses>;
export type MilestoneState = z.infer<typeof MilestoneState>;
export type QuotaScope = z.infer<typeof QuotaScope>;
export type CovenantSource = z.infer<typeof CovenantSource>;
export type ExportFormat = z.infer<typeof ExportFormat>;
export type CsvDialect = z.infer<typeof CsvDialect>;

// People, the register of awards and the council's meeting (issues 14 and 15).

/** A person's sex, as the staff list and the papers write it (nam / nữ). */
export const Sex = z.enum(['male', 'female']);
/** The yearly rating of a person (xếp loại mức độ hoàn thành nhiệm vụ), best first. */
export const Rating = z.enum(['excellent', 'good', 'complete', 'incomplete']);
/** Disciplinary forms (hình thức kỷ luật), lightest first: khiển trách, cảnh cáo, hạ bậc lương, giáng chức, cách chức, buộc thôi việc. */
export const DisciplineForm = z.enum([
  'reprimand',
  'warning',
  'salary_cut',
  'demotion',
  'removal',
  'dismissal',
]);
/** What a person's recognised work is: a sáng kiến or a đề tài nghiên cứu khoa học. */
export const InitiativeKind = z.enum(['initiative', 'research']);
/** The level that recognised an initiative, lowest first: cơ sở, tỉnh, bộ/ngành, toàn quốc. */
export const InitiativeLevel = z.enum(['unit', 'province', 'ministry', 'national']);
/**
 * The level of an award, lowest first: the unit's head (cơ sở), the department (Sở), the province (UBND tỉnh),
 * a ministry (Bộ), the Prime Minister (Thủ tướng Chính phủ) and the State (Chủ tịch nước).
 */
export const AwardLevel = z.enum(['unit', 'department', 'province', 'ministry', 'government', 'state']);
/** Danh hiệu thi đua (a title) or hình thức khen thưởng (a form of commendation). */
export const AwardCategory = z.enum(['title', 'form']);
/** Who receives an award in the register: a collective (a unit) or a person of a unit. */
export const RecipientKind = z.enum(['collective', 'individual']);

export type Sex = z.infer<typeof Sex>;
export type Rating = z.infer<typeof Rating>;
export type DisciplineForm = z.infer<typeof DisciplineForm>;
export type InitiativeKind = z.infer<typeof InitiativeKind>;
export type InitiativeLevel = z.infer<typeof InitiativeLevel>;
export type AwardLevel = z.infer<typeof AwardLevel>;
export type AwardCategory = z.infer<typeof AwardCategory>;
export type RecipientKind = z.infer<typeof RecipientKind>;
