/**
 * Plan checks of the rules on people and earlier years (issue 14) and of the order the quota core settles
 * awards in: scopes name existing movements and fit their award's nominee, conditions name existing awards,
 * members rules judge collectives and prerequisite/history rules people, percents lie in 0–100, a limit per
 * person counts some award of the plan, and no rule reads (through others) the status of its own award.
 */
import type { Plan } from './contract/plan';
import { msg } from './messages';
import { ruleDependencies } from './quotas/plan-index';

export type Add = (path: readonly PropertyKey[], code: string, message: string, criterion?: string) => void;

export function checkPeopleRules(plan: Plan, add: Add): void {
  const awards = new Map(plan.awards.map((a) => [a.code, a]));
  const movements = new Set(plan.movements.map((m) => m.code));
  const known = (code: string, at: readonly PropertyKey[]) => {
    if (!awards.has(code)) add(at, 'unknown_award', msg.unknownRef('award', code));
  };
  // One threshold per title: two ballot rules would leave the meeting's rule and its source ambiguous.
  const ballots = new Map<string, number>();
  plan.rules.forEach((r, ri) => {
    const at = ['rules', ri];
    if (r.kind === 'ballot') {
      const first = ballots.get(r.award);
      if (first !== undefined)
        add(
          [...at, 'award'],
          'duplicate_ballot',
          msg.planDuplicateBallot(awards.get(r.award)?.name ?? r.award, first),
        );
      else ballots.set(r.award, ri);
    }
    if ('movements' in r)
      r.movements?.forEach((m, mi) => {
        if (!movements.has(m))
          add([...at, 'movements', mi], 'unknown_movement', msg.unknownRef('movement', m));
      });
    const award = 'award' in r ? awards.get(r.award) : undefined;
    if (award && 'nominee' in r && r.nominee && award.nominee !== 'any' && award.nominee !== r.nominee)
      add([...at, 'nominee'], 'scope_nominee', msg.planScopeNominee(award.name));
    if (r.kind === 'prerequisite' || r.kind === 'history') {
      if (award?.nominee === 'collective')
        add([...at, 'award'], 'collective_award', msg.planPersonRuleCollective(award.name));
      else if (r.nominee === 'collective')
        add([...at, 'nominee'], 'collective_award', msg.planPersonRuleCollective(r.award));
    }
    if (r.kind === 'prerequisite')
      r.requires.forEach((c, j) => {
        if (c.fact === 'award') known(c.award, [...at, 'requires', j, 'award']);
      });
    if (r.kind === 'members') {
      if (award?.nominee === 'individual')
        add([...at, 'award'], 'individual_award', msg.planMembersNotCollective(award.name));
      r.requires.forEach((c, j) => {
        if (c.fact === 'count') known(c.award, [...at, 'requires', j, 'award']);
        if (c.fact !== 'share') return;
        if ('award' in c.of) known(c.of.award, [...at, 'requires', j, 'of', 'award']);
        if (c.percent < 0 || c.percent > 100)
          add([...at, 'requires', j, 'percent'], 'percent_range', msg.percentRange(c.percent));
      });
    }
    if (r.kind === 'limit') {
      const seen = new Set<string>();
      r.levels?.forEach((l, li) => {
        if (seen.has(l)) add([...at, 'levels', li], 'duplicate_level', msg.planDuplicateLevel(l));
        seen.add(l);
      });
      const counted = plan.awards.some(
        (a) =>
          (r.category === undefined || a.category === r.category) &&
          (r.levels === undefined || (a.identity !== undefined && r.levels.includes(a.identity.level))),
      );
      if (!counted) add(at, 'limit_no_award', msg.planLimitNoAward());
    }
  });
}

/**
 * The quota core settles an award before any award whose rules read its status this year (a ratio's base
 * within quota, a prerequisite's or members rule's award, the current year of a history rule). A cycle has no
 * such order: reported on the rule that closes it, as `ratio_cycle` when only ratio rules make it.
 */
export function checkDependencyCycles(plan: Plan, add: Add): void {
  const edges = new Map<string, { to: string; path: readonly PropertyKey[]; ratio: boolean }[]>();
  plan.rules.forEach((r, index) => {
    if (!('award' in r)) return;
    for (const d of ruleDependencies(plan, r)) {
      const list = edges.get(r.award) ?? [];
      list.push({ to: d.award, path: ['rules', index, ...d.at], ratio: r.kind === 'ratio' });
      edges.set(r.award, list);
    }
  });
  const state = new Map<string, 'open' | 'done'>();
  const path: { award: string; ratio: boolean }[] = [];
  const visit = (award: string, ratio: boolean): void => {
    state.set(award, 'open');
    path.push({ award, ratio });
    for (const e of edges.get(award) ?? []) {
      if (state.get(e.to) === 'open') {
        const from = path.findIndex((p) => p.award === e.to);
        const cycle = [...path.slice(from).map((p) => p.award), e.to];
        const onlyRatio = e.ratio && path.slice(from + 1).every((p) => p.ratio);
        if (onlyRatio) add(e.path, 'ratio_cycle', msg.ratioCycle(cycle));
        else add(e.path, 'rule_cycle', msg.planDependencyCycle(cycle));
      } else if (!state.has(e.to)) visit(e.to, e.ratio);
    }
    path.pop();
    state.set(award, 'done');
  };
  for (const award of edges.keys()) if (!state.has(award)) visit(award, false);
}
