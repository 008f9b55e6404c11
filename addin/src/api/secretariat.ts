/**
 * The secretariat's and the council's calls (contract: "Rankings, votes, consolidated sheets and snapshots",
 * "Nominations and quotas", "Scoring sheets" reopen, PATCH of a group's deadline), typed over `api.request`.
 */
import { type Api, seg } from './client';
import type { SheetStatus, SheetView } from './types';

/** One row of a group's ranking. */
export interface RankingRow {
  rank: number | null;
  unit: string;
  name: string;
  status: SheetStatus;
  total: number | null;
  totalSelf?: number | null;
  sections: Record<string, number>;
  classification: string | null;
  votes: number | null;
  voteShare: number | null;
  leading: boolean;
}

/** GET …/groups/{group}/ranking; one element of GET …/rankings. */
export interface GroupRanking {
  group: string;
  name?: string;
  generatedAt: string;
  rows: RankingRow[];
}

/** One row of GET …/quotas. */
export interface QuotaRow {
  rule: string;
  label: string;
  scope: 'movement' | 'programme' | 'group' | 'unit';
  limit: number | null;
  used: number;
  over: number;
}

/** A group's consolidated matrix (GET …/consolidated, and each element of a snapshot's `consolidated`). */
export interface Consolidated {
  group: string;
  name?: string;
  criteria: Array<{ code: string; title: string; section: string; kind?: string; max: number }>;
  rows: Array<{
    unit: string;
    name: string;
    status?: SheetStatus;
    self: Array<number | null>;
    appraised: Array<number | null>;
    final: Array<number | null>;
    total: number | null;
    classification?: string | null;
    rank: number | null;
  }>;
}

/** POST …/snapshots → 201. */
export interface SnapshotHead {
  id: string;
  createdAt: string;
  sha256: string;
}

/** One row of GET …/snapshots. */
export interface SnapshotListItem extends SnapshotHead {
  createdBy: string;
  bytes: number;
}

/** GET …/snapshots/{id}: exactly what was frozen. */
export interface Snapshot extends SnapshotHead {
  campaign: string;
  rankings: GroupRanking[];
  consolidated: Consolidated[];
  quotas: QuotaRow[];
  votes?: unknown[];
  nominations?: unknown[];
  covenants?: unknown[];
}

/** PATCH …/groups/{group} → the group with its new deadline. */
export interface GroupDeadline {
  campaign: string;
  group: string;
  name: string;
  lead: string;
  deadline: string | null;
  deadlineAt: string | null;
}

const campaignPath = (campaign: string) => `/campaigns/${seg(campaign)}`;

export function secretariatApi(api: Api) {
  return {
    rankings: (campaign: string) =>
      api.request<{ groups: GroupRanking[] }>('GET', `${campaignPath(campaign)}/rankings`),
    quotas: (campaign: string) =>
      api.request<{ rules: QuotaRow[] }>('GET', `${campaignPath(campaign)}/quotas`),
    freeze: (campaign: string) => api.request<SnapshotHead>('POST', `${campaignPath(campaign)}/snapshots`),
    snapshots: (campaign: string) =>
      api.request<{ snapshots: SnapshotListItem[] }>('GET', `${campaignPath(campaign)}/snapshots`),
    snapshot: (campaign: string, id: string) =>
      api.request<Snapshot>('GET', `${campaignPath(campaign)}/snapshots/${seg(id)}`),
    /** Lets the unit write this one sheet until `until` (ISO 8601 with offset), for `reason`. */
    reopen: (campaign: string, group: string, unit: string, body: { until: string; reason: string }) =>
      api.request<SheetView>(
        'POST',
        `${campaignPath(campaign)}/groups/${seg(group)}/units/${seg(unit)}/sheet/reopen`,
        body,
      ),
    /** Moves a group's deadline (null removes it), for `reason`. */
    moveDeadline: (campaign: string, group: string, body: { deadline: string | null; reason: string }) =>
      api.request<GroupDeadline>('PATCH', `${campaignPath(campaign)}/groups/${seg(group)}`, body),
  };
}

export type SecretariatApi = ReturnType<typeof secretariatApi>;
