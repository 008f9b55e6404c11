/**
 * What a unit reads beyond its sheet (contract: "Scoring sheets" history, "Rankings…" a group's ranking) and
 * the withdrawal of a submission (`PUT …/sheet` with `"submit": false`, no entries changed), and the
 * secretariat's audit log: typed over `api.request`.
 */
import type { AuditList } from '../../../shared/contract/audit';
import type { GroupRanking } from '../../../shared/contract/rankings';
import type { SheetHistory } from '../../../shared/contract/sheets';
import { type Api, type SheetPath, seg } from './client';

export type { AuditList, GroupRanking, SheetHistory };

const groupPath = (p: Pick<SheetPath, 'campaign' | 'group'>) =>
  `/campaigns/${seg(p.campaign)}/groups/${seg(p.group)}`;

export function unitReadsApi(api: Api) {
  return {
    ranking: (p: Pick<SheetPath, 'campaign' | 'group'>) =>
      api.request<GroupRanking>('GET', `${groupPath(p)}/ranking`),
    history: (p: SheetPath) =>
      api.request<SheetHistory>('GET', `${groupPath(p)}/units/${seg(p.unit)}/sheet/history`),
    /** Back to draft at `revision`; the scores stay (an empty `entries` changes none). */
    withdraw: (p: SheetPath, revision: number) => api.putSheet(p, { revision, entries: [], submit: false }),
    /** `query` is already encoded (`actor=…&from=…`). */
    audit: (campaign: string, query: string) =>
      api.request<AuditList>('GET', `/campaigns/${seg(campaign)}/audit${query ? `?${query}` : ''}`),
  };
}
