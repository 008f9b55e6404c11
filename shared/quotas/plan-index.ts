/** Lookups over a plan that nomination checks and the quota pass need, built once per call (Maps, no scans). */
import type { AwardLevel } from '../contract/enums';
import type {
  Award,
  EligibilityRule,
  Group,
  HistoryRule,
  MembersRule,
  Movement,
  PersonLimitRule,
  Plan,
  PrerequisiteRule,
  RatioRule,
  Rule,
  ShareRule,
  Unit,
} from '../contract/plan';
import type { StoredNomination } from './types';

export interface Indexed<R> {
  rule: R;
  /** Position in `plan.rules`, for stable ordering. */
  index: number;
  /** Suffix that keeps row ids unique when one award has several rules of the same kind ('' for the first). */
  suffix: string;
}

/**
 * An award's identity across years (decision 0035): its `identity` when the plan gives one, else its code as a
 * title of any level (`level: null`), matched on the register's title only.
 */
export interface AwardIdentity {
  title: string;
  level: AwardLevel | null;
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
  /** award code → prerequisite, history and members rules (issue 14). */
  prerequisites: Map<string, Indexed<PrerequisiteRule>[]>;
  history: Map<string, Indexed<HistoryRule>[]>;
  membersRules: Map<string, Indexed<MembersRule>[]>;
  /** Limits per person per year, in plan order. */
  personLimits: Indexed<PersonLimitRule>[];
  /** award code → the awards whose status this year it reads, settled before it (see `awardLevels`). */
  dependsOn: Map<string, Set<string>>;
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
  const prerequisites = new Map<string, Indexed<PrerequisiteRule>[]>();
  const history = new Map<string, Indexed<HistoryRule>[]>();
  const membersRules = new Map<string, Indexed<MembersRule>[]>();
  const personLimits: Indexed<PersonLimitRule>[] = [];
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
    } else if (rule.kind === 'prerequisite') addIndexed(prerequisites, rule.award, rule, index);
    else if (rule.kind === 'history') addIndexed(history, rule.award, rule, index);
    else if (rule.kind === 'members') addIndexed(membersRules, rule.award, rule, index);
    else if (rule.kind === 'limit') personLimits.push({ rule, index, suffix: '' });
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
    prerequisites,
    history,
    membersRules,
    personLimits,
    dependsOn: dependencies(plan),
    groupBound,
    bands,
  };
}

/**
 * The awards each award's rules read the status of this year (decision 0035): a ratio's base counted within
 * quota, a prerequisite's award, a members rule's award, and for a history rule that counts the current year
 * the plan's awards of the required identity. Both the quota pass (levels) and plan validation (cycles) use it.
 */
export function dependencies(plan: Plan): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  const add = (from: string, to: string) => {
    const set = edges.get(from) ?? new Set<string>();
    set.add(to);
    edges.set(from, set);
  };
  for (const rule of plan.rules)
    if ('award' in rule) for (const d of ruleDependencies(plan, rule)) add(rule.award, d.award);
  return edges;
}

/** An award a rule reads the status of this year, and where the rule names it (a path inside the rule). */
export interface Dependency {
  award: string;
  at: readonly PropertyKey[];
}

/** The awards one rule reads the status of this year (see `dependencies`). */
export function ruleDependencies(plan: Plan, rule: Rule): Dependency[] {
  if (rule.kind === 'ratio') return rule.base === 'within' ? [{ award: rule.of, at: ['of'] }] : [];
  if (rule.kind === 'prerequisite')
    return rule.requires.flatMap((c, j) =>
      c.fact === 'award' ? [{ award: c.award, at: ['requires', j, 'award'] }] : [],
    );
  if (rule.kind === 'members')
    return rule.requires.flatMap((c, j) =>
      c.fact === 'count'
        ? [{ award: c.award, at: ['requires', j, 'award'] }]
        : c.fact === 'share' && 'award' in c.of
          ? [{ award: c.of.award, at: ['requires', j, 'of', 'award'] }]
          : [],
    );
  if (rule.kind === 'history' && rule.includeCurrent && 'award' in rule.requires) {
    const ref = rule.requires.award;
    return plan.awards
      .filter((a) => sameIdentity(identityOf(a), ref))
      .map((a) => ({ award: a.code, at: ['requires', 'award'] }));
  }
  return [];
}

/** An award's identity across years (see `AwardIdentity`). */
export function identityOf(award: Award): AwardIdentity {
  return award.identity
    ? { title: award.identity.title, level: award.identity.level }
    : { title: award.code, level: null };
}

/** Whether a plan award's identity names the register's award `ref` (a title-only identity matches any level). */
export function sameIdentity(id: AwardIdentity, ref: { title: string; level: AwardLevel }): boolean {
  return id.title === ref.title && (id.level === null || id.level === ref.level);
}

/** Whether a rule's scope (`nominee`, `movements`) takes this nomination; a rule without scope takes all. */
export function inScope(
  rule: { nominee?: string | undefined; movements?: readonly string[] | undefined },
  nom: StoredNomination,
): boolean {
  if (rule.nominee !== undefined && rule.nominee !== nom.nominee.kind) return false;
  if (rule.movements === undefined) return true;
  return Boolean(nom.movement) && rule.movements.includes(nom.movement as string);
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
