/**
 * The people and register calls (issue 14, shared/contract/staff.ts and register.ts), typed over
 * `api.request`: a unit's staff list of the campaign's year, the register of awards and its import.
 */

import type { DecisionList, RegisterImported, RegisterRow } from '../../../shared/contract/register';
import type { StaffList, StaffPut } from '../../../shared/contract/staff';
import { type Api, seg } from './client';

export type { DecisionList, RegisterImported, RegisterRow, StaffList, StaffPut };

const staffPath = (campaign: string, unit: string) => `/campaigns/${seg(campaign)}/units/${seg(unit)}/staff`;

export function peopleApi(api: Api) {
  return {
    staff: (campaign: string, unit: string) => api.request<StaffList>('GET', staffPath(campaign, unit)),
    /** Replaces the whole list. */
    putStaff: (campaign: string, unit: string, body: StaffPut) =>
      api.request<StaffList>('PUT', staffPath(campaign, unit), body),
    register: (year?: number) =>
      api.request<DecisionList>('GET', `/register${year === undefined ? '' : `?year=${year}`}`),
    /** Every row checked first; any bad row → 422 naming it, nothing stored. */
    importRegister: (rows: readonly RegisterRow[], dryRun = false) =>
      api.request<RegisterImported>('POST', `/register/import${dryRun ? '?dryRun=true' : ''}`, { rows }),
  };
}

export type PeopleApi = ReturnType<typeof peopleApi>;
