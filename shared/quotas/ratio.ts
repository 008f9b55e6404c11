/**
 * Ratio limits: an award capped per unit at a percent of a base of another award `of`, counted in people (or
 * collectives), never in filings (decision 0035). The base is the distinct nominees of `of` within quota so far
 * (`within`; the pass settles `of` first), the distinct nominees of `of` whatever their status (`nominees`), or
 * the distinct holders of `of` in the register for the campaign's year (`holders`).
 */
import type { RatioRule } from '../contract/plan';
import { msg } from '../messages';
import type { Entry } from './facts';
import type { PeopleContext } from './holdings';
import { PersonIndex } from './identity';
import { cached, type Limit, percentOf, withCount } from './limit';
import { upsert } from './maps';
import { awardName, type Indexed, identityOf, inScope, unitName } from './plan-index';

/** Distinct people (and collectives) per award and unit, counted as they are added. */
class DistinctCount {
  private readonly people = new PersonIndex<Entry>();
  private readonly collectives = new Set<string>();
  readonly counts = new Map<string, Map<string, number>>();

  add(e: Entry): void {
    const award = e.nom.award;
    if (e.nom.nominee.kind === 'collective') {
      const key = `${award}\u0000${e.nom.nominee.unit}`;
      if (this.collectives.has(key)) return;
      this.collectives.add(key);
    } else {
      if (this.people.has(award, e)) return;
      this.people.add(award, e);
    }
    const units = upsert(this.counts, award, () => new Map<string, number>());
    units.set(e.nom.nominee.unit, (units.get(e.nom.nominee.unit) ?? 0) + 1);
  }

  get(award: string, unit: string): number {
    return this.counts.get(award)?.get(unit) ?? 0;
  }
}

export class RatioLimits {
  private readonly limits = new Map<Indexed<RatioRule>, Map<string, Limit>>();
  /** Bases counted within quota, and the awards they count. */
  private readonly within = new DistinctCount();
  private readonly withinBases = new Set<string>();
  /** Bases counted over every nomination. */
  private readonly nominees = new DistinctCount();

  constructor(
    private readonly ctx: PeopleContext,
    entries: readonly Entry[],
    private readonly rows: Limit[],
  ) {
    const byBase = new Map<string, Indexed<RatioRule>[]>();
    const nomineeBases = new Set<string>();
    for (const list of ctx.ix.ratioRules.values())
      for (const r of list) {
        upsert(byBase, r.rule.of, () => []).push(r);
        if (r.rule.base === 'within') this.withinBases.add(r.rule.of);
        if (r.rule.base === 'nominees') nomineeBases.add(r.rule.of);
      }
    // A row for every unit with a nomination of the capped award or of its base.
    for (const e of entries) {
      for (const r of ctx.ix.ratioRules.get(e.nom.award) ?? []) this.limit(r, e.nom.nominee.unit);
      for (const r of byBase.get(e.nom.award) ?? []) this.limit(r, e.nom.nominee.unit);
      if (nomineeBases.has(e.nom.award)) this.nominees.add(e);
    }
  }

  /** The ratio limits a nomination counts against (its award's rules that take it in their scope). */
  applicable(e: Entry, found: Limit[]): void {
    for (const r of this.ctx.ix.ratioRules.get(e.nom.award) ?? [])
      if (inScope(r.rule, e.nom)) found.push(this.limit(r, e.nom.nominee.unit));
  }

  /** Records a nomination within quota in the `within` bases. */
  countWithin(e: Entry): void {
    if (this.withinBases.has(e.nom.award)) this.within.add(e);
  }

  private limit(indexed: Indexed<RatioRule>, unit: string): Limit {
    const byUnit = upsert(this.limits, indexed, () => new Map<string, Limit>());
    const existing = byUnit.get(unit);
    if (existing) return existing;
    const { rule, index, suffix } = indexed;
    const { ix } = this.ctx;
    const award = awardName(ix, rule.award);
    const of = awardName(ix, rule.of);
    const name = unitName(ix, unit);
    const ofAward = ix.awards.get(rule.of);
    const count =
      rule.base === 'within'
        ? () => this.within.get(rule.of, unit)
        : rule.base === 'nominees'
          ? () => this.nominees.get(rule.of, unit)
          : () => (ofAward ? this.ctx.register.holders(identityOf(ofAward), unit) : 0);
    const known = ix.units.get(unit);
    const limit: Limit = withCount({
      id: `ratio:${rule.award}:${unit}${suffix}`,
      label: msg.quotaRatioLabel(award, name, rule.percent, of, rule.base),
      scope: 'unit',
      order: [2, index, known ? known.order : Number.MAX_SAFE_INTEGER, 0, known ? '' : unit],
      used: 0,
      over: 0,
      cap: () => percentOf(count(), rule.percent),
      full: cached(
        () => `${limit.used}|${count()}`,
        () =>
          msg.quotaRatioFull(award, name, rule.percent, count(), of, limit.cap() ?? 0, limit.used, rule.base),
      ),
      within: () =>
        msg.quotaRatioWithin(award, name, limit.used, limit.cap() ?? 0, rule.percent, count(), of, rule.base),
    });
    byUnit.set(unit, limit);
    this.rows.push(limit);
    return limit;
  }
}
