/**
 * The quota pass: every nomination of a campaign → within quota, over quota or ineligible, with reasons, plus
 * the usage of every limit. Statuses are derived from the whole set in a fixed order, never from counters, so
 * concurrent filings cannot overrun a quota and withdrawing one nomination lets the next in line move in.
 *
 * 1. Eligibility on its own (plan references, a movement that takes none of the kind, eligibility rules).
 * 2. One award per nominee per movement, in filing order, among those eligible on their own.
 * 3. Limits, greedy: in processing order a nomination is within quota when it fits every limit that applies,
 *    and then takes a place in each; otherwise it is over quota and takes none.
 *
 * Processing order is the contract's — priority, rank in the nomination's group, filing time (then `seq`, id) —
 * with one refinement for ratio rules: a ratio caps award A by the unit's nominations of award B *within quota*,
 * so every nomination of B must be settled before any of A. Awards are therefore put in levels (B below A) and
 * processed level by level, each level in the contract's order. Awards outside ratio rules all share level 0,
 * so for plans without ratio rules the order is exactly the contract's. validatePlan rejects ratio cycles;
 * if one does, the cycle is cut where it is found  and a ratio then uses the count reached so far.
 *
 * Cost: O(n log n) for n nominations (two sorts; everything else is Map lookups).
 */
import { msg } from '../messages';
import { exclusivity, ownIneligibility } from './eligibility';
import { buildEntry, type Entry, filingOrder, indexStandings, processingOrder, Registrations } from './facts';
import { isFull, Limits } from './limits';
import { indexPlan, type PlanIndex } from './plan-index';
import type { Evaluated, QuotaInput, QuotaResult } from './types';

/** Evaluates all nominations of a campaign. The result does not depend on the order of `input.nominations`. */
export function evaluateQuotas(input: QuotaInput): QuotaResult {
  const ix = indexPlan(input.plan);
  const standings = indexStandings(input.standings);
  const registrations = new Registrations(input.registrations);
  const levels = awardLevels(ix);
  const entries = input.nominations.map((n, i) => buildEntry(n, i, standings, levels));
  const items: Evaluated[] = entries.map((e) => ({
    id: e.nom.id,
    status: 'ineligible',
    reasons: [],
    ruleIds: [],
  }));

  const standing: Entry[] = [];
  for (const e of entries) {
    const reasons = ownIneligibility(ix, e, registrations);
    if (reasons.length > 0) items[e.i]!.reasons = reasons;
    else standing.push(e);
  }
  standing.sort(filingOrder);
  const refused = exclusivity(ix, standing);
  for (const [e, reason] of refused) items[e.i]!.reasons = [reason];

  const limits = new Limits(ix);
  limits.registerRatioUnits(entries);
  const competing = standing.filter((e) => !refused.has(e)).sort(processingOrder);
  for (const e of competing) {
    const item = items[e.i]!;
    const applicable = limits.applicable(e);
    const failing = applicable.filter(isFull);
    if (failing.length === 0) {
      item.status = 'within_quota';
      for (const l of applicable) {
        l.used++;
        item.reasons.push(l.within());
        item.ruleIds.push(l.id);
      }
      if (applicable.length === 0) item.reasons.push(msg.quotaNoLimit());
      limits.countWithin(e);
    } else {
      item.status = 'over_quota';
      for (const l of failing) {
        l.over++;
        item.reasons.push(l.full());
        item.ruleIds.push(l.id);
      }
    }
  }
  return { items, rules: limits.rows() };
}

/**
 * Level of each award in the ratio rules: 0 for an award no ratio caps, else one more than the level of every
 * award it is capped by. A cycle (which plan validation should reject) is cut where it is met.
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
    for (const { rule } of ix.ratioRules.get(award) ?? []) level = Math.max(level, visit(rule.of) + 1);
    visiting.delete(award);
    levels.set(award, level);
    return level;
  };
  for (const award of ix.ratioRules.keys()) visit(award);
  return levels;
}
