/** The council's meeting calls (decision 0039), typed over `api.request`. */
import type { BallotsPut, MeetingList, MeetingView } from '../../../shared/contract/meetings';
import { type Api, seg } from './client';

export type { MeetingList, MeetingView };

const meetingsPath = (campaign: string) => `/campaigns/${seg(campaign)}/meetings`;

export function meetingsApi(api: Api) {
  return {
    list: (campaign: string) => api.request<MeetingList>('GET', meetingsPath(campaign)),
    one: (campaign: string, id: string) =>
      api.request<MeetingView>('GET', `${meetingsPath(campaign)}/${seg(id)}`),
    ballots: (campaign: string, id: string, body: BallotsPut) =>
      api.request<MeetingView>('PUT', `${meetingsPath(campaign)}/${seg(id)}/ballots`, body),
  };
}
