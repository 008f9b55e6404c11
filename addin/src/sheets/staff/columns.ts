/**
 * The columns of the staff list sheet ("Danh sách cán bộ", issue 14): the person's facts, then one
 * discipline and one initiative (sáng kiến/đề tài) a row. A person with several of either takes extra rows
 * right under the first, with the same "Mã cán bộ" and only those columns filled (the name may be repeated):
 * one layout for paste from any HR sheet, with no limit on the count and no numbered column groups.
 */
import {
  DisciplineForm,
  InitiativeKind,
  InitiativeLevel,
  Rating,
  Sex,
} from '../../../../shared/contract/enums';
import {
  disciplineWords,
  initiativeKindWords,
  initiativeLevelWords,
  ratingWords,
  sexWords,
} from '../../messages/people';
import { staffSheetText as T } from '../../messages/staff';
import type { Choice, FieldSpec } from '../form-table/types';

const choices = <K extends string>(codes: readonly K[], words: Record<K, string>): Choice[] =>
  codes.map((code) => ({ code, label: words[code] }));

/** The person's own cells: on the first row of the person, empty or the same on the extra rows. */
export const PERSON = [
  'staffId',
  'name',
  'sex',
  'birthDate',
  'position',
  'department',
  'startDate',
  'rating',
  'daysAbsent',
] as const;
export const DISCIPLINE = ['disciplineForm', 'disciplineDate', 'disciplineNo'] as const;
export const INITIATIVE = [
  'initiativeKind',
  'initiativeTitle',
  'initiativeLevel',
  'initiativeNo',
  'initiativeDate',
] as const;

export type StaffField = (typeof PERSON)[number] | (typeof DISCIPLINE)[number] | (typeof INITIATIVE)[number];

const H = T.header;
export const STAFF_FIELDS: readonly FieldSpec[] = [
  { key: 'staffId', header: H.staffId, kind: 'text', width: 12 },
  { key: 'name', header: H.name, kind: 'text', width: 24 },
  { key: 'sex', header: H.sex, kind: 'list', width: 9, choices: choices(Sex.options, sexWords) },
  { key: 'birthDate', header: H.birthDate, kind: 'date', width: 12 },
  { key: 'position', header: H.position, kind: 'text', width: 16 },
  { key: 'department', header: H.department, kind: 'text', width: 18 },
  { key: 'startDate', header: H.startDate, kind: 'date', width: 12 },
  { key: 'rating', header: H.rating, kind: 'list', width: 26, choices: choices(Rating.options, ratingWords) },
  { key: 'daysAbsent', header: H.daysAbsent, kind: 'whole', width: 9, min: 0, max: 366 },
  {
    key: 'disciplineForm',
    header: H.disciplineForm,
    kind: 'list',
    width: 14,
    choices: choices(DisciplineForm.options, disciplineWords),
  },
  { key: 'disciplineDate', header: H.disciplineDate, kind: 'date', width: 12 },
  { key: 'disciplineNo', header: H.disciplineNo, kind: 'text', width: 14 },
  {
    key: 'initiativeKind',
    header: H.initiativeKind,
    kind: 'list',
    width: 14,
    choices: choices(InitiativeKind.options, initiativeKindWords),
  },
  { key: 'initiativeTitle', header: H.initiativeTitle, kind: 'text', width: 32 },
  {
    key: 'initiativeLevel',
    header: H.initiativeLevel,
    kind: 'list',
    width: 14,
    choices: choices(InitiativeLevel.options, initiativeLevelWords),
  },
  { key: 'initiativeNo', header: H.initiativeNo, kind: 'text', width: 14 },
  { key: 'initiativeDate', header: H.initiativeDate, kind: 'date', width: 12 },
];

export const headerOf = (key: string) => STAFF_FIELDS.find((f) => f.key === key)?.header ?? key;
