/**
 * Typed wrappers of the contract's award-side calls, built on `api.request`: nominations (POST, GET, PATCH,
 * DELETE), a group's sheet list, the lead unit's appraisal, and the group's vote rounds (contract.md,
 * "Nominations and quotas", "Scoring sheets", "Rankings, votes …").
 */
import type { NominationInput, NominationPatch } from '../../../shared/nominations';
import type { AppraisalPut, VotePut } from '../../../shared/sheet';
import { type Api, type SheetPath, seg } from './client';
import type { SheetStatus, SheetView } from './types';

export type NominationStatus = 'within_quota' | 'over_quota' | 'ineligible';

/** POST's answer for one filed item, in the order sent. */
export interface FiledNomination {
  id: string;
  status: NominationStatus;
  reasons: string[];
}

/** One nomination as GET and PATCH return it: every field sent, plus its current status. */
export interface NominationView extends NominationInput {
  id: string;
  status: NominationStatus;
  reasons: string[];
  rules: string[];
  filedAt: string;
  filedBy?: string;
}

export interface NominationFilters {
  movement?: string;
  award?: string;
  group?: string;
  unit?: string;
  status?: NominationStatus;
}

/** One member of a group in GET …/groups/{group}/sheets. */
export interface GroupSheetRow {
  unit: string;
  name: string;
  status: SheetStatus;
  revision: number;
  submittedAt: string | null;
  total: number | null;
  totalSelf?: number | null;
  classification?: string | null;
}

/** One recorded vote round as PUT and GET …/votes return it. */
export interface VoteRoundView {
  round: number;
  members: number;
  present: number;
  threshold: number | null;
  base: number;
  candidates: Array<{ unit: string; votes: number; voteShare: number; reached: boolean }>;
  recordedAt: string | null;
  recordedBy: string;
}

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
      api.request<{ items: FiledNomination[] }>('POST', `${campaignUrl(campaign)}/nominations`, { items }),
    listNominations: (campaign: string, filters: NominationFilters = {}) =>
      api.request<{ items: NominationView[] }>(
        'GET',
        `${campaignUrl(campaign)}/nominations${query(filters)}`,
      ),
    patchNomination: (campaign: string, id: string, patch: NominationPatch) =>
      api.request<NominationView>('PATCH', `${campaignUrl(campaign)}/nominations/${seg(id)}`, patch),
    deleteNomination: (campaign: string, id: string) =>
      api.request<void>('DELETE', `${campaignUrl(campaign)}/nominations/${seg(id)}`),
    groupSheets: (campaign: string, group: string) =>
      api.request<{ sheets: GroupSheetRow[] }>('GET', `${groupUrl(campaign, group)}/sheets`),
    putAppraisal: (p: SheetPath, body: AppraisalPut) =>
      api.request<SheetView>(
        'PUT',
        `${groupUrl(p.campaign, p.group)}/units/${seg(p.unit)}/sheet/appraisal`,
        body,
      ),
    putVotes: (campaign: string, group: string, round: number, body: VotePut) =>
      api.request<VoteRoundView>('PUT', `${groupUrl(campaign, group)}/votes/${round}`, body),
    votes: (campaign: string, group: string) =>
      api.request<{ rounds: VoteRoundView[] }>('GET', `${groupUrl(campaign, group)}/votes`),
  };
}

export type AwardsApi = ReturnType<typeof awardsApi>;
