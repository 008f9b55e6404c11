/**
 * Typed wrappers of the contract's award-side calls, built on `api.request`: nominations (POST, GET, PATCH,
 * DELETE), a group's sheet list, the lead unit's appraisal, and the group's vote rounds (contract.md,
 * "Nominations and quotas", "Scoring sheets", "Rankings, votes …").
 */
import type { z } from 'zod';
import type { NominationStatus } from '../../../shared/contract/enums';
import type {
  FiledNomination,
  FiledNominations,
  NominationInput,
  NominationList,
  NominationPatch,
  NominationsQuery,
  NominationView,
} from '../../../shared/contract/nominations';
import type { AppraisalPut, GroupSheetRow, GroupSheets, SheetView } from '../../../shared/contract/sheets';
import type { VotePut, VoteRound, VoteRounds } from '../../../shared/contract/votes';
import { type Api, type SheetPath, seg } from './client';

export type { FiledNomination, GroupSheetRow, NominationStatus, NominationView };

/** One recorded vote round as PUT and GET …/votes return it. */
export type VoteRoundView = VoteRound;

/** The filters of GET …/nominations (every one optional). */
export type NominationFilters = z.input<typeof NominationsQuery>;

export type { AppraisalPut, NominationInput, NominationPatch, VotePut };

const campaignUrl = (campaign: string) => `/campaigns/${seg(campaign)}`;
const groupUrl = (campaign: string, group: string) => `${campaignUrl(campaign)}/groups/${seg(group)}`;

function query(filters: NominationFilters): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function awardsApi(api: Api) {
  return {
    postNominations: (campaign: string, items: readonly NominationInput[]) =>
      api.request<FiledNominations>('POST', `${campaignUrl(campaign)}/nominations`, { items }),
    listNominations: (campaign: string, filters: NominationFilters = {}) =>
      api.request<NominationList>('GET', `${campaignUrl(campaign)}/nominations${query(filters)}`),
    patchNomination: (campaign: string, id: string, patch: NominationPatch) =>
      api.request<NominationView>('PATCH', `${campaignUrl(campaign)}/nominations/${seg(id)}`, patch),
    deleteNomination: (campaign: string, id: string) =>
      api.request<void>('DELETE', `${campaignUrl(campaign)}/nominations/${seg(id)}`),
    groupSheets: (campaign: string, group: string) =>
      api.request<GroupSheets>('GET', `${groupUrl(campaign, group)}/sheets`),
    putAppraisal: (p: SheetPath, body: AppraisalPut) =>
      api.request<SheetView>(
        'PUT',
        `${groupUrl(p.campaign, p.group)}/units/${seg(p.unit)}/sheet/appraisal`,
        body,
      ),
    putVotes: (campaign: string, group: string, round: number, body: VotePut) =>
      api.request<VoteRoundView>('PUT', `${groupUrl(campaign, group)}/votes/${round}`, body),
    votes: (campaign: string, group: string) =>
      api.request<VoteRounds>('GET', `${groupUrl(campaign, group)}/votes`),
  };
}

export type AwardsApi = ReturnType<typeof awardsApi>;
