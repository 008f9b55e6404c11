/**
 * The secretariat's and the council's calls (contract: "Rankings, votes, consolidated sheets and snapshots",
 * "Nominations and quotas", "Scoring sheets" reopen, PATCH of a group's deadline), typed over `api.request`.
 */

import type { GroupPatch, GroupView } from '../../../shared/contract/campaigns';
import type { QuotaList, QuotaRow } from '../../../shared/contract/nominations';
import type {
  CampaignRankings,
  Consolidated,
  GroupRanking,
  RankingRow,
} from '../../../shared/contract/rankings';
import type { Reopen, SheetView } from '../../../shared/contract/sheets';
import type { Snapshot, SnapshotHead, SnapshotList } from '../../../shared/contract/snapshots';
import { type Api, seg } from './client';

/** Responses of these calls, from the shared contract. */
export type {
  Consolidated,
  GroupRanking,
  GroupView as GroupDeadline,
  QuotaRow,
  RankingRow,
  Snapshot,
  SnapshotHead,
};

/** One row of GET …/snapshots. */
export type SnapshotListItem = SnapshotList['snapshots'][number];

const campaignPath = (campaign: string) => `/campaigns/${seg(campaign)}`;

export function secretariatApi(api: Api) {
  return {
    rankings: (campaign: string) =>
      api.request<CampaignRankings>('GET', `${campaignPath(campaign)}/rankings`),
    quotas: (campaign: string) => api.request<QuotaList>('GET', `${campaignPath(campaign)}/quotas`),
    freeze: (campaign: string) => api.request<SnapshotHead>('POST', `${campaignPath(campaign)}/snapshots`),
    snapshots: (campaign: string) => api.request<SnapshotList>('GET', `${campaignPath(campaign)}/snapshots`),
    snapshot: (campaign: string, id: string) =>
      api.request<Snapshot>('GET', `${campaignPath(campaign)}/snapshots/${seg(id)}`),
    /** Lets the unit write this one sheet until `until` (ISO 8601 with offset), for `reason`. */
    reopen: (campaign: string, group: string, unit: string, body: Reopen) =>
      api.request<SheetView>(
        'POST',
        `${campaignPath(campaign)}/groups/${seg(group)}/units/${seg(unit)}/sheet/reopen`,
        body,
      ),
    /** Moves a group's deadline (null removes it), for `reason`. */
    moveDeadline: (campaign: string, group: string, body: GroupPatch) =>
      api.request<GroupView>('PATCH', `${campaignPath(campaign)}/groups/${seg(group)}`, body),
  };
}

export type SecretariatApi = ReturnType<typeof secretariatApi>;
