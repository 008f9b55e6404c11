/**
 * A unit's registration as a form (./form-session.ts): the stored registration and the unit's staff list
 * of the campaign's year are read together (the list gives the sheet's choice of people), checked by the
 * registration sheet's check (../sheets/registration/rows.ts), sent to `PUT …/units/{unit}/registration`,
 * and written again from the server after a send.
 */
import type { Plan } from '../../../shared/contract/plan';
import type { Registration } from '../../../shared/contract/registrations';
import { peopleApi } from '../api/people';
import { registrationsApi } from '../api/registrations';
import {
  buildRegistrationPlan,
  checkRegistrationSheet,
  type People,
  peopleOf,
  type RegistrationCheck,
  registrationProblemsToCells,
} from '../sheets/registration/rows';
import { registeredRows } from '../tables/registrations';
import type { FormDeps, FormSpec } from './form-session';

export interface RegistrationTarget {
  campaign: string;
  unit: string;
  plan: Plan;
}

const EMPTY: Registration = { awards: [], individuals: [] };

export function registrationForm(
  deps: Pick<FormDeps, 'api'>,
  t: RegistrationTarget,
): FormSpec<Registration, RegistrationCheck> {
  const api = registrationsApi(deps.api);
  let people: People = new Map();
  /** The stored registration and the staff list, read together; the people the sheet offers from both. */
  const read = async () => {
    const [stored, list] = await Promise.all([
      api.registration(t.campaign, t.unit),
      // A unit that never sent its list has none: the sheet offers the collective only.
      peopleApi(deps.api).staff(t.campaign, t.unit),
    ]);
    people = peopleOf(list.staff, stored.individuals);
    return stored;
  };
  const plan = (records: Registration) =>
    buildRegistrationPlan({ campaign: t.campaign, unit: t.unit, plan: t.plan, people, records });
  return {
    identity: { form: 'registration', campaign: t.campaign, owner: t.unit },
    emptyPlan: () => plan(EMPTY),
    prepare: async () => {
      await read();
    },
    load: async () => {
      const stored = await read();
      const body = { awards: stored.awards, individuals: stored.individuals };
      return { plan: plan(body), count: registeredRows(body), at: stored.updatedAt };
    },
    check: (p, values) => checkRegistrationSheet(p, values, t.plan, t.unit, people),
    send: async (body) => registeredRows(await api.putRegistration(t.campaign, t.unit, body)),
    place: (p, check, problems) => registrationProblemsToCells(p, check.sources, problems),
    reloadAfterSend: true,
  };
}
