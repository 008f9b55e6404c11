/**
 * The registration and calendar calls (contract: "Registration, covenants, the calendar and the audit log"),
 * typed over `api.request`: a unit's registration, every unit's (the secretariat), the milestones.
 */
import type {
  Calendar,
  Registration,
  RegistrationList,
  RegistrationView,
} from '../../../shared/contract/registrations';
import { type Api, seg } from './client';

export type { Calendar, Registration, RegistrationList, RegistrationView };

const campaignPath = (campaign: string) => `/campaigns/${seg(campaign)}`;
const unitPath = (campaign: string, unit: string) =>
  `${campaignPath(campaign)}/units/${seg(unit)}/registration`;

export function registrationsApi(api: Api) {
  return {
    registration: (campaign: string, unit: string) =>
      api.request<RegistrationView>('GET', unitPath(campaign, unit)),
    /** Replaces the unit's whole registration. */
    putRegistration: (campaign: string, unit: string, body: Registration) =>
      api.request<RegistrationView>('PUT', unitPath(campaign, unit), body),
    registrations: (campaign: string) =>
      api.request<RegistrationList>('GET', `${campaignPath(campaign)}/registrations`),
    calendar: (campaign: string) => api.request<Calendar>('GET', `${campaignPath(campaign)}/calendar`),
  };
}
