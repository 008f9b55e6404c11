/**
 * Where things are on the nominations sheet: the column of each field (inputs B–M, the server's answer
 * N–O, the hidden id and "sent" P–Q, the hidden lists from S), the header row, the worksheet's name, the
 * ranges read and written back, and the fills a status gives its row.
 */
import type { NominationStatus } from '../../api/awards';
import { nominationSheetText as T } from '../../messages/nominations';
import { area, cell } from '../a1';
import type { NominationsPlan } from './types';

/** Column indexes (0-based). Inputs B–M, server's answer N–O, hidden P–Q, hidden lists from S. */
export const NC = {
  tt: 0,
  award: 1,
  movement: 2,
  programme: 3,
  group: 4,
  kind: 5,
  unit: 6,
  name: 7,
  position: 8,
  staffId: 9,
  birthDate: 10,
  priority: 11,
  summary: 12,
  status: 13,
  reasons: 14,
  id: 15,
  sent: 16,
  lists: 18,
} as const;

export type InputField = Exclude<keyof typeof NC, 'tt' | 'status' | 'reasons' | 'id' | 'sent' | 'lists'>;
export const INPUTS: readonly InputField[] = [
  'award',
  'movement',
  'programme',
  'group',
  'kind',
  'unit',
  'name',
  'position',
  'staffId',
  'birthDate',
  'priority',
  'summary',
];
export const HEADER_ROW = 5;
export const FREE_ROWS = 30;
export const FONT = { name: 'Times New Roman', size: 12 };

/** Row fills after an answer: over quota and ineligible rows, the status of one within quota. */
export const NOMINATION_FILL = { over: '#FCE4D6', ineligible: '#EDEDED', within: '#C6EFCE' } as const;

/** The fills a status gives its row. */
export function statusFills(row: number, status: NominationStatus | null): Fill[] {
  if (status === 'over_quota')
    return [{ address: area(row, NC.tt, row, NC.reasons), color: NOMINATION_FILL.over }];
  if (status === 'ineligible')
    return [{ address: area(row, NC.tt, row, NC.reasons), color: NOMINATION_FILL.ineligible }];
  if (status === 'within_quota') return [{ address: cell(row, NC.status), color: NOMINATION_FILL.within }];
  return [];
}

/** The range the read needs: the table's rows, from TT through the hidden "sent" column. */
export const nominationsReadRange = (plan: NominationsPlan) =>
  area(plan.layout.firstRow, NC.tt, plan.layout.lastRow, NC.sent);

/** The block written back after an answer: status, reasons, id, sent. */
export const writeBackRange = (plan: NominationsPlan) =>
  area(plan.layout.firstRow, NC.status, plan.layout.lastRow, NC.sent);

/** The worksheet's name: "Đề nghị khen thưởng". */
export const NOMINATIONS_SHEET = T.sheet;

export interface Fill {
  address: string;
  color: string;
}
