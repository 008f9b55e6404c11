/**
 * The quota pass: every nomination of a campaign → within quota, over quota or ineligible, with reasons, plus
 * the usage of every limit. Statuses are derived from the whole set in a fixed order, never from counters, so
 * concurrent filings cannot overrun a quota and withdrawing one nomination lets the next in line move in.
 *
 * Every rule with a scope (`nominee`, `movements`) applies only to the nominations in it, whatever its kind.
 *
 * 1. Eligibility on its own: plan references, a movement that takes none of the kind, eligibility rules, and
 *    the facts of people and earlier years that no other nomination changes (decision 0035): a prerequisite's
 *    conditions on the person's year (rating, initiatives, discipline, months in post, days absent), history
 *    rules (the register, earlier staff lists), a members rule's ratings and discipline.
 * 2. One award per nominee per movement, in filing order, among those eligible on their own.
 * 3. In processing order, level by level: first the facts about this year's other awards — a prerequisite's
 *    award, a members rule's award share or count, a history rule's current year met within quota — which,
 *    failing, make the nomination ineligible (it takes no place); then the limits, greedy: a nomination is
 *    within quota when it fits every limit that applies (movement, share, ratio, per person per year), and
 *    then takes a place in each; otherwise it is over quota and takes none.
 *
 * Processing order is the contract's — priority, rank in the nomination's group, filing time (then `seq`, id) —
 * with one refinement for rules that read another award's status this year: a ratio on the base `within` caps
 * award A by the unit's nominations of award B within quota, a prerequisite or members rule on A reads who holds
 * B, so every nomination of B must be settled before any of A. Awards are therefore put in levels (B below A)
 * and processed level by level, each level in the contract's order. Awards no such rule reads or has share
 * level 0, so for plans without them the order is exactly the contract's. validatePlan rejects cycles; if one
 * does, the cycle is cut where it is found and a rule then reads the state reached so far.
 *
 * Nominations ineligible on their own are also read against this year's awards once everything is settled, so
 * their reasons name every condition they miss.
 *
 * Cost: O(n log n) for n nominations (two sorts; everything else is Map lookups), plus one walk of each staff
 * list a members rule reads and of the register when the pass starts.
 */
import { msg } from '../messages';
import { exclusivity, ownIneligibility } from './eligibility';
import { buildEntry, type Entry, filingOrder, indexStandings, processingOrder, Registrations } from './facts';
import { Limits } from './limits';
import { People } from './people';
import { indexPlan, type PlanIndex } from './plan-index';
import type { Evaluated, QuotaInput, QuotaResult } from './types';

/** Evaluates all nominations of a campaign. The result does not depend on the order of `input.nominations`. */
export function evaluateQuotas(input: QuotaInput): QuotaResult {
  const ix = indexPlan(input.plan);
  const standings = indexStandings(input.standings);
  const registrations = new Registrations(input.registrations);
  const levels = awardLevels(ix);
  const entries = input.nominations.map((n, i) => buildEntry(n, i, standings, levels));
  const people = new People(ix, input.people);
  const items: Evaluated[] = entries.map((e) => ({
    id: e.nom.id,
    status: 'ineligible',
    reasons: [],
    ruleIds: [],
  }));

  const standing: Entry[] = [];
  const ineligible: Entry[] = [];
  for (const e of entries) {
    const own = ownIneligibility(ix, e, registrations);
    const facts = people.own(e);
    const reasons = facts.length > 0 ? [...own, ...facts] : own;
    if (reasons.length > 0) {
      items[e.i]!.reasons = reasons;
      ineligible.push(e);
    } else standing.push(e);
  }
  standing.sort(filingOrder);
  const refused = exclusivity(ix, standing);
  for (const [e, reason] of refused) items[e.i]!.reasons = [reason];

  const limits = new Limits(people.ctx, entries);
  const competing = standing.filter((e) => !refused.has(e)).sort(processingOrder);
  for (const e of competing) {
    const item = items[e.i]!;
    const unmet = people.settled(e);
    if (unmet.length > 0) {
      item.reasons = unmet;
      continue;
    }
    const applicable = limits.applicable(e);
    const failing = applicable.filter((l) => !l.fits(e));
    if (failing.length === 0) {
      item.status = 'within_quota';
      for (const l of applicable) {
        l.take(e);
        item.reasons.push(l.within(e));
        item.ruleIds.push(l.id);
      }
      if (applicable.length === 0) item.reasons.push(msg.quotaNoLimit());
      limits.countWithin(e);
      people.settle(e);
    } else {
      item.status = 'over_quota';
      for (const l of failing) {
        l.over++;
        item.reasons.push(l.full(e));
        item.ruleIds.push(l.id);
      }
    }
  }
  for (const e of ineligible) {
    const more = people.settled(e);
    if (more.length > 0) items[e.i]!.reasons.push(...more);
  }
  return { items, rules: limits.rows() };
}

/**
 * Level of each award: 0 for an award that reads no other award's status this year, else one more than the
 * level of every award it reads (`PlanIndex.dependsOn`). A cycle (which plan validation rejects) is cut where
 * it is met.
 */
export function awardLevels(ix: PlanIndex): Map<string, number> {
  const levels = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (award: string): number => {
    const known = levels.get(award);
    if (known !== undefined) return known;
    if (visiting.has(award)) return -1; // cycle: this edge adds nothing
    visiting.add(award);
    let level = 0;
    for (const of of ix.dependsOn.get(award) ?? []) level = Math.max(level, visit(of) + 1);
    visiting.delete(award);
    levels.set(award, level);
    return level;
  };
  for (const award of ix.dependsOn.keys()) visit(award);
  return levels;
}
