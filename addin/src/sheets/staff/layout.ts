/** The staff list sheet of one unit in one campaign: a form table (../form-table/) of ./columns.ts. */
import type { StaffMember } from '../../../../shared/contract/staff';
import { staffSheetText as T } from '../../messages/staff';
import { campaignSheetName } from '../campaign-name';
import { buildFormTable } from '../form-table/layout';
import type { FormTablePlan } from '../form-table/types';
import { STAFF_FIELDS } from './columns';
import { staffRecords } from './records';

/** Empty rows below the list, for pasting a whole list at once. */
export const STAFF_FREE_ROWS = 200;

export interface StaffPlanInput {
  campaign: string;
  unit: string;
  staff: readonly StaffMember[];
}

export function buildStaffPlan(input: StaffPlanInput): FormTablePlan {
  return buildFormTable({
    identity: { form: 'staff', campaign: input.campaign, owner: input.unit },
    name: campaignSheetName(`${T.tab} ${input.unit}`, input.campaign),
    fields: STAFF_FIELDS,
    records: staffRecords(input.staff),
    free: STAFF_FREE_ROWS,
  });
}
