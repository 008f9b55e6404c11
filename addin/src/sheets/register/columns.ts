/** The columns of the register import sheet: one recipient a row, its decision's fields repeated (RegisterRow). */
import { AwardCategory, AwardLevel, RecipientKind } from '../../../../shared/contract/enums';
import { awardLevelWords, categoryWords, recipientWords } from '../../messages/people';
import { registerSheetText as T } from '../../messages/register';
import type { Choice, FieldSpec } from '../form-table/types';

const choices = <K extends string>(codes: readonly K[], words: Record<K, string>): Choice[] =>
  codes.map((code) => ({ code, label: words[code] }));

const H = T.header;
const levels = choices(AwardLevel.options, awardLevelWords);
const year = { kind: 'whole', width: 10, min: 1945, max: 2100 } as const;

export const REGISTER_FIELDS: readonly FieldSpec[] = [
  { key: 'number', header: H.number, kind: 'text', width: 16 },
  { key: 'date', header: H.date, kind: 'date', width: 12 },
  { key: 'issuerLevel', header: H.issuerLevel, kind: 'list', width: 18, choices: levels },
  { key: 'authority', header: H.authority, kind: 'text', width: 28 },
  { key: 'awardTitle', header: H.awardTitle, kind: 'text', width: 14 },
  { key: 'awardLevel', header: H.awardLevel, kind: 'list', width: 18, choices: levels },
  {
    key: 'category',
    header: H.category,
    kind: 'list',
    width: 20,
    choices: choices(AwardCategory.options, categoryWords),
  },
  { key: 'awardName', header: H.awardName, kind: 'text', width: 30 },
  { key: 'periodFrom', header: H.periodFrom, ...year },
  { key: 'periodTo', header: H.periodTo, ...year },
  {
    key: 'kind',
    header: H.kind,
    kind: 'list',
    width: 12,
    choices: choices(RecipientKind.options, recipientWords),
  },
  { key: 'unit', header: H.unit, kind: 'text', width: 12 },
  { key: 'staffId', header: H.staffId, kind: 'text', width: 12 },
  { key: 'name', header: H.name, kind: 'text', width: 24 },
  { key: 'birthDate', header: H.birthDate, kind: 'date', width: 12 },
];

export const registerHeader = (key: string) => REGISTER_FIELDS.find((f) => f.key === key)?.header ?? key;

/** The column of a problem's path below `/rows/i/`: `award/title` → "awardTitle", `period` → "periodFrom". */
export function keyOfPath(rest: readonly string[]): string {
  const [a, b] = rest;
  if (a === 'award') return b === 'level' ? 'awardLevel' : 'awardTitle';
  if (a === 'period') return b === 'to' ? 'periodTo' : 'periodFrom';
  return a && REGISTER_FIELDS.some((f) => f.key === a) ? a : 'number';
}
