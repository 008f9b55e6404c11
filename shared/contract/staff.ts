/**
 * The staff of a unit in one year (danh sách cán bộ, viên chức, người lao động; issue 14): the facts every
 * individual title depends on, sent once by the unit or the secretariat and read by the quota core, the
 * nominations and the papers, so a person's facts are never typed twice.
 *
 * - `GET|PUT /campaigns/{campaign}/units/{unit}/staff` — the list of the campaign's year (the unit itself or
 *   the secretariat writes; the secretariat and the council read every unit's). PUT replaces the whole list.
 * - `GET /campaigns/{campaign}/staff?unit=` — every unit's list of the campaign's year (secretariat, council).
 * - `GET|PUT /units/{unit}/staff/{year}` — an earlier year's list, for history rules (secretariat writes).
 *
 * A person is known across years by `staffId` within the unit (mã cán bộ).
 */
import * as z from 'zod';
import { DisciplineForm, InitiativeKind, InitiativeLevel, Rating, Sex } from './enums';
import { code, instant, int, shortText, staffId, text } from './fields';

/** A recognised initiative or research project (sáng kiến, đề tài) of the year. */
export const Initiative = z.object({
  kind: InitiativeKind.default('initiative'),
  title: text,
  level: InitiativeLevel,
  /** The decision that recognised it ("15/QĐ-SYT") and its date. */
  decisionNo: shortText,
  decisionDate: z.iso.date(),
});

/** A disciplinary measure of the year. */
export const Discipline = z.object({
  form: DisciplineForm,
  date: z.iso.date(),
  decisionNo: shortText.optional(),
});

export const StaffMember = z.object({
  staffId,
  name: shortText,
  sex: Sex.optional(),
  birthDate: z.iso.date().optional(),
  position: shortText.optional(),
  department: shortText.optional(),
  /** Start in the post (or in the unit), for "months in post" conditions. */
  startDate: z.iso.date().optional(),
  /** The year's rating; absent until the unit has rated the person. */
  rating: Rating.optional(),
  discipline: z.array(Discipline).max(20).default([]),
  /** Days absent that the rules count (nghỉ việc riêng, ốm, …), when the unit records them. */
  daysAbsent: z.number().int().min(0).max(366).optional(),
  initiatives: z.array(Initiative).max(50).default([]),
});

/** The body of both PUTs: the whole list, replacing the stored one. `staffId`s are unique in the list. */
export const StaffPut = z.object({ staff: z.array(StaffMember).max(10000) });

/** One unit's list as stored. A unit that never sent one has an empty list and no time. */
export const StaffList = z.object({
  unit: z.string(),
  year: int,
  staff: z.array(StaffMember),
  updatedAt: instant.nullable(),
  updatedBy: z.string().nullable(),
});

/** `GET /campaigns/{campaign}/staff`. */
export const StaffLists = z.object({ lists: z.array(StaffList) });

/** `GET /campaigns/{campaign}/staff?unit=`: one unit's list only. */
export const StaffQuery = z.object({ unit: code.optional() });

/** `{year}` of `/units/{unit}/staff/{year}`. */
export const StaffYear = z.coerce.number().int().min(1945).max(2100);

export type Initiative = z.output<typeof Initiative>;
export type Discipline = z.output<typeof Discipline>;
export type StaffMember = z.output<typeof StaffMember>;
export type StaffPut = z.output<typeof StaffPut>;
export type StaffList = z.output<typeof StaffList>;
export type StaffLists = z.output<typeof StaffLists>;
