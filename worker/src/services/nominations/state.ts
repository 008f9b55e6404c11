/**
 * A campaign's nominations with their statuses: every nomination, registration and standing read in a
 * constant number of queries, then the shared quota pass (`evaluateQuotas`) over ALL of them. Statuses are
 * derived, never stored, so concurrent filings cannot overrun a quota.
 */
import type { NominationInput } from '../../../../shared/contract/nominations';
import { Plan } from '../../../../shared/contract/plan';
import type { Registration } from '../../../../shared/contract/registrations';
import { evaluateQuotas } from '../../../../shared/quotas';
import type { Evaluated, QuotaResult, StoredNomination } from '../../../../shared/quotas/types';
import { isoVn } from '../../../../shared/time';
import { campaignData, type NominationRow } from '../../db/nominations';
import { listsOf } from '../../db/staff';
import { viewsOf } from '../register';
import { listView } from '../staff';
import { type RankedGroup, standingsOf } from '../rankings/compute';
import { rankCampaign } from '../rankings/read';

export interface CampaignState {
  plan: Plan;
  /** The version of `plan` (decision 0027). */
  planVersion: number;
  rows: NominationRow[];
  reopens: { milestone: string; until_at: number }[];
  ranked: RankedGroup[];
  result: QuotaResult;
  byId: Map<string, Evaluated>;
}

export function storedOf(r: NominationRow): StoredNomination {
  const n = JSON.parse(r.data) as NominationInput;
  return {
    id: r.id,
    award: n.award,
    movement: n.movement ?? null,
    programme: n.programme ?? null,
    group: n.group ?? null,
    nominee: n.nominee,
    priority: n.priority ?? null,
    filedAt: new Date(r.filed_at).toISOString(),
    seq: r.seq,
  };
}

/**
 * Reads the campaign and evaluates every nomination. The quota pass needs only the standings: callers that do
 * not show sheet scores pass `entries: false` (snapshots keep them for their consolidated sheets).
 */
export async function campaignState(
  db: D1Database,
  campaign: string,
  now: number,
  options: { entries?: boolean } = {},
): Promise<CampaignState> {
  const [data, ranked] = await Promise.all([
    campaignData(db, campaign),
    rankCampaign(db, campaign, now, options),
  ]);
  const plan = Plan.parse(JSON.parse(data.document));
  const result = evaluateQuotas({
    plan,
    nominations: data.nominations.map(storedOf),
    standings: standingsOf(ranked),
    registrations: data.registrations.map((r) => {
      const reg = JSON.parse(r.data) as Registration;
      return {
        unit: r.unit,
        awards: reg.awards,
        individuals: reg.individuals.map((i) => ({
          name: i.name,
          staffId: i.staffId ?? null,
          awards: i.awards,
        })),
      };
    }),
    people: {
      year: data.year,
      staff: listsOf(data.staff.headers, data.staff.rows).map((l) =>
        listView(l.header.unit, l.header.year, l.header, l.staff),
      ),
      register: viewsOf(data.register),
    },
  });
  return {
    plan,
    planVersion: data.planVersion,
    rows: data.nominations,
    reopens: data.reopens,
    ranked,
    result,
    byId: new Map(result.items.map((e) => [e.id, e])),
  };
}

/** A nomination as GET returns it: every field sent, plus id, status, reasons, rules and filedAt. */
export function itemView(r: NominationRow, e: Evaluated | undefined) {
  const n = JSON.parse(r.data) as NominationInput;
  return {
    id: r.id,
    ...n,
    status: e?.status ?? 'ineligible',
    reasons: e?.reasons ?? [],
    rules: e?.ruleIds ?? [],
    filedAt: isoVn(r.filed_at),
    filedBy: r.filed_by,
  };
}
