/**
 * The staff list as a form (./form-session.ts): a unit's list of the campaign's year, loaded from and sent
 * to `…/units/{unit}/staff`, checked by the shared staff check (../sheets/staff/check.ts), and written again
 * from the server after a send, so the sheet shows what is stored.
 */
import type { StaffMember } from '../../../shared/contract/staff';
import { peopleApi } from '../api/people';
import { checkStaffSheet, type StaffCheck } from '../sheets/staff/check';
import { buildStaffPlan } from '../sheets/staff/layout';
import { staffProblemsToCells } from '../sheets/staff/records';
import type { FormDeps, FormSpec } from './form-session';

export interface StaffTarget {
  campaign: string;
  /** The campaign's year: the year the check dates discipline and initiatives in. */
  year: number;
  unit: string;
}

export type StaffSpec = FormSpec<
  StaffMember[],
  StaffCheck & { count: number; payload: StaffMember[] | null }
>;

export function staffForm(deps: Pick<FormDeps, 'api'>, t: StaffTarget): StaffSpec {
  const api = peopleApi(deps.api);
  const plan = (staff: readonly StaffMember[]) =>
    buildStaffPlan({ campaign: t.campaign, unit: t.unit, staff });
  return {
    identity: { form: 'staff', campaign: t.campaign, owner: t.unit },
    emptyPlan: () => plan([]),
    load: async () => {
      const list = await api.staff(t.campaign, t.unit);
      return { plan: plan(list.staff), count: list.staff.length, at: list.updatedAt };
    },
    check: (p, values) => {
      const c = checkStaffSheet(p, values, t.year);
      return { ...c, payload: c.staff, count: c.body.staff.length };
    },
    send: async (staff) => (await api.putStaff(t.campaign, t.unit, { staff })).staff.length,
    place: (p, check, problems) => staffProblemsToCells(p, check.sources, problems),
    reloadAfterSend: true,
  };
}
