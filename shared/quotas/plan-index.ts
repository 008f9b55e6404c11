/** Lookups over a plan that nomination checks and the quota pass need, built once per call (Maps, no scans). */
import type {
  Award,
  EligibilityRule,
  Group,
  Movement,
  Plan,
  RatioRule,
  ShareRule,
  Unit,
} from '../contract/plan';

export interface Indexed<R> {
  rule: R;
  /** Position in `plan.rules`, for stable ordering. */
  index: number;
  /** Suffix that keeps row ids unique when one award has several rules of the same kind ('' for the first). */
  suffix: string;
}

export interface PlanIndex {
  plan: Plan;
  units: Map<string, Unit & { order: number }>;
  awards: Map<string, Award>;
  groups: Map<string, Group>;
  movements: Map<string, Movement>;
  /** group code → its member unit codes. */
  members: Map<string, Set<string>>;
  /** award code → share rules governing it. */
  shareRules: Map<string, Indexed<ShareRule>[]>;
  /** award code → ratio rules capping it. */
  ratioRules: Map<string, Indexed<RatioRule>[]>;
  /** award code → eligibility rules. */
  eligibility: Map<string, EligibilityRule[]>;
  /** Awards whose rules read the nomination's group: a share rule, or eligibility by rank, class or vote. */
  groupBound: Set<string>;
  /** group code → classification label → position from the best band (0), bands sorted by `min` descending. */
  bands: Map<string, Map<string, number>>;
}

export function indexPlan(plan: Plan): PlanIndex {
  const byCode = <T extends { code: string }>(list: readonly T[]) => new Map(list.map((x) => [x.code, x]));
  const shareRules = new Map<string, Indexed<ShareRule>[]>();
  const ratioRules = new Map<string, Indexed<RatioRule>[]>();
  const eligibility = new Map<string, EligibilityRule[]>();
  const groupBound = new Set<string>();
  plan.rules.forEach((rule, index) => {
    if (rule.kind === 'share') {
      addIndexed(shareRules, rule.award, rule, index);
      groupBound.add(rule.award);
    } else if (rule.kind === 'ratio') {
      addIndexed(ratioRules, rule.award, rule, index);
    } else if (rule.kind === 'eligibility') {
      const list = eligibility.get(rule.award) ?? [];
      list.push(rule);
      eligibility.set(rule.award, list);
      if (rule.maxRank !== undefined || rule.minClass !== undefined || rule.voted) groupBound.add(rule.award);
    }
  });
  const templates = byCode(plan.templates);
  const bands = new Map<string, Map<string, number>>();
  for (const g of plan.groups) {
    const sorted = [...(templates.get(g.template)?.classification ?? [])].sort((a, b) => b.min - a.min);
    bands.set(g.code, new Map(sorted.map((b, i) => [b.label, i])));
  }
  return {
    plan,
    units: new Map(plan.units.map((u, order) => [u.code, { ...u, order }])),
    awards: byCode(plan.awards),
    groups: byCode(plan.groups),
    movements: byCode(plan.movements),
    members: new Map(plan.groups.map((g) => [g.code, new Set(g.members)])),
    shareRules,
    ratioRules,
    eligibility,
    groupBound,
    bands,
  };
}

function addIndexed<R>(map: Map<string, Indexed<R>[]>, award: string, rule: R, index: number): void {
  const list = map.get(award) ?? [];
  list.push({ rule, index, suffix: list.length === 0 ? '' : `:${list.length + 1}` });
  map.set(award, list);
}

/** Display name of an award (its code when unknown). */
export const awardName = (ix: PlanIndex, code: string) => ix.awards.get(code)?.name ?? code;
/** Display name of a unit (its code when unknown). */
export const unitName = (ix: PlanIndex, code: string) => ix.units.get(code)?.name ?? code;
/** Display name of a group (its code when unknown). */
export const groupName = (ix: PlanIndex, code: string) => ix.groups.get(code)?.name ?? code;
