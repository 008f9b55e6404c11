/**
 * PaperData from one snapshot alone (decision 0038): the nominations it froze within quota are the proposals,
 * per award in the plan's order; names of awards and units come from the plan document. Pure.
 */
import type { NominationView } from '../../../../shared/contract/nominations';
import type { Plan } from '../../../../shared/contract/plan';
import type { SnapshotContent } from '../../../../shared/contract/snapshots';
import { wmsg } from '../../messages';
import type { PaperData, PaperNominee, PaperProposal } from './data';

export interface SnapshotHeadInput {
  id: string;
  sha256: string;
  createdAt: string;
}

/** The year of an ISO date ("1980-05-02" → 1980). */
const yearOf = (date: string | undefined) => (date ? Number(date.slice(0, 4)) : undefined);

/** The "Căn cứ …;" lines of the Tờ trình and the Quyết định: the law, the decree, the campaign's basis. */
export function groundsOf(plan: Plan): string[] {
  const g = wmsg.paper.grounds;
  return [g.law, g.decree, ...(plan.campaign.basis ? [g.basis(plan.campaign.basis)] : [])];
}

export function nomineeOf(plan: Plan, n: NominationView): PaperNominee {
  const unit = plan.units.find((u) => u.code === n.nominee.unit)?.name ?? n.nominee.unit;
  const name = n.nominee.name ?? unit;
  const birthYear = yearOf(n.nominee.birthDate);
  return {
    id: n.id,
    kind: n.nominee.kind,
    name,
    unit,
    ...(n.nominee.position ? { position: n.nominee.position } : {}),
    ...(birthYear ? { birthYear } : {}),
    ...(n.summary ? { summary: n.summary } : {}),
  };
}

/** Proposals per award of `nominations` (the plan's award order, then the nominations' order). */
export function proposalsOf(
  plan: Plan,
  nominations: readonly NominationView[],
  nominee: (n: NominationView) => PaperNominee = (n) => nomineeOf(plan, n),
): PaperProposal[] {
  return plan.awards.flatMap((a) => {
    const mine = nominations.filter((n) => n.award === a.code);
    if (mine.length === 0) return [];
    return [
      {
        award: a.code,
        title: a.name,
        ...(a.identity?.level ? { level: a.identity.level } : {}),
        ...(a.level ? { levelText: a.level } : {}),
        ...(a.category ? { category: a.category } : {}),
        nominees: mine.map(nominee),
      },
    ];
  });
}

/** The campaign's part of every paper. */
export function campaignOf(plan: Plan): PaperData['campaign'] {
  const c = plan.campaign;
  return {
    code: c.code,
    title: c.title,
    year: c.year,
    authority: c.authority ?? wmsg.paper.defaultAuthority,
    ...(c.superior ? { superior: c.superior } : {}),
    place: c.place ?? wmsg.paper.defaultPlace,
    ...(c.basis ? { basis: c.basis } : {}),
    recipients: c.recipients ?? [],
  };
}

export function fromSnapshot(plan: Plan, head: SnapshotHeadInput, content: SnapshotContent): PaperData {
  const within = content.nominations.filter((n) => n.status === 'within_quota');
  return {
    campaign: campaignOf(plan),
    ...(plan.council ? { council: plan.council } : {}),
    symbol: plan.council?.symbol ?? wmsg.paper.defaultSymbol,
    snapshot: {
      ...head,
      ...(content.planVersion !== undefined ? { planVersion: content.planVersion } : {}),
    },
    grounds: groundsOf(plan),
    proposals: proposalsOf(plan, within),
  };
}
