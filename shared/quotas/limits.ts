/**
 * The limits of a plan (contract: "The plan document", rule kinds): a movement's quota per nominee kind (and per
 * programme), a share of a group's members, a ratio to the unit's nominations of another award within quota.
 * Each limit is also a usage row of `GET …/quotas`.
 */

import { NomineeKind as NomineeKindEnum } from '../contract/enums';
import type { RatioRule, ShareRule } from '../contract/plan';
import { msg } from '../messages';
import { toHundredths } from '../points';
import type { Entry } from './facts';
import { PersonIndex } from './identity';
import { upsert } from './maps';
import { awardName, groupName, type Indexed, type PlanIndex, unitName } from './plan-index';
import type { NomineeKind, QuotaRow, QuotaScope } from './types';

export interface Limit {
  id: string;
  label: string;
  scope: QuotaScope;
  /** Row order: kind of limit, then plan order of its parts, then a code for units the plan does not list. */
  order: [number, number, number, number, string];
  used: number;
  over: number;
  /** The cap now; null = none. Constant, except a ratio's, which follows the count of its base award. */
  cap(): number | null;
  /** Why a nomination is kept out (the limit is reached). */
  full(): string;
  /** Why a nomination is in: its place in line. */
  within(): string;
}

const KINDS: readonly NomineeKind[] = NomineeKindEnum.options;

/** `percent` % of `n`, rounded down, exactly: the percent is read to hundredths (12.5 % → 1250 / 10000). */
export function percentOf(n: number, percent: number): number {
  const p = toHundredths(percent) ?? Math.floor(percent * 100);
  const a = n * p;
  return (a - (a % 10000)) / 10000;
}

/** Every limit of the plan and the way to find the ones a nomination counts against. */
export class Limits {
  /** Every limit, for the rows. */
  private readonly all: Limit[] = [];
  /** Lookups by parts (nested Maps: no key strings built per nomination). */
  private readonly movements = new Map<string, Map<string, Record<NomineeKind, Limit>>>();
  private readonly shares = new Map<Indexed<ShareRule>, Map<string, Limit>>();
  private readonly ratios = new Map<Indexed<RatioRule>, Map<string, Limit>>();
  /** award → unit → nominations within quota so far (the base of ratio rules). */
  private readonly withinCount = new Map<string, Map<string, number>>();
  /** Awards some ratio rule counts, and who is counted in them so far (people by identity). */
  private readonly bases = new Set<string>();
  private readonly countedPeople = new PersonIndex<Entry>();
  private readonly countedCollectives = new Set<string>();

  constructor(private readonly ix: PlanIndex) {
    this.movementLimits();
    this.shareLimits();
    for (const list of ix.ratioRules.values()) for (const r of list) this.bases.add(r.rule.of);
  }

  /** Ratio rows exist for every unit with a nomination of the capped award or of its base. */
  registerRatioUnits(entries: readonly Entry[]): void {
    const byBase = new Map<string, Indexed<RatioRule>[]>();
    for (const list of this.ix.ratioRules.values())
      for (const r of list) byBase.set(r.rule.of, [...(byBase.get(r.rule.of) ?? []), r]);
    for (const e of entries) {
      for (const r of this.ix.ratioRules.get(e.nom.award) ?? []) this.ratio(r, e.nom.nominee.unit);
      for (const r of byBase.get(e.nom.award) ?? []) this.ratio(r, e.nom.nominee.unit);
    }
  }

  /** The limits a nomination (already eligible) counts against. */
  applicable(e: Entry): Limit[] {
    const nom = e.nom;
    const found: Limit[] = [];
    if (nom.movement) {
      const limit = this.movements.get(nom.movement)?.get(nom.programme ?? '')?.[nom.nominee.kind];
      if (limit) found.push(limit);
    }
    const shares = this.ix.shareRules.get(nom.award);
    if (shares && nom.group) {
      for (const r of shares) {
        const limit = this.shares.get(r)?.get(nom.group);
        if (limit) found.push(limit);
      }
    }
    for (const r of this.ix.ratioRules.get(nom.award) ?? []) found.push(this.ratio(r, nom.nominee.unit));
    return found;
  }

  /**
   * Records a nomination within quota in the base counts of ratio rules. A base counts people, not filings:
   * the same person (or collective) within quota twice for the award, e.g. under two movements, counts once.
   */
  countWithin(e: Entry): void {
    if (!this.bases.has(e.nom.award)) return;
    if (e.nom.nominee.kind === 'collective') {
      const key = `${e.nom.award}\u0000${e.nom.nominee.unit}`;
      if (this.countedCollectives.has(key)) return;
      this.countedCollectives.add(key);
    } else {
      if (this.countedPeople.has(e.nom.award, e)) return;
      this.countedPeople.add(e.nom.award, e);
    }
    const units = upsert(this.withinCount, e.nom.award, () => new Map<string, number>());
    units.set(e.nom.nominee.unit, (units.get(e.nom.nominee.unit) ?? 0) + 1);
  }

  rows(): QuotaRow[] {
    return [...this.all]
      .sort((a, b) => compareOrder(a.order, b.order))
      .map((l) => ({
        rule: l.id,
        label: l.label,
        scope: l.scope,
        limit: l.cap(),
        used: l.used,
        over: l.over,
      }));
  }

  private movementLimits(): void {
    this.ix.plan.movements.forEach((m, mi) => {
      const programmes = m.programmes.length > 0 ? m.programmes.map((p) => p.code) : [null];
      const byProgramme = new Map<string, Record<NomineeKind, Limit>>();
      this.movements.set(m.code, byProgramme);
      programmes.forEach((programme, pi) => {
        const kinds = {} as Record<NomineeKind, Limit>;
        byProgramme.set(programme ?? '', kinds);
        KINDS.forEach((kind, ki) => {
          const quota = m.quota?.[kind];
          // null: none of that kind (those nominations are ineligible); left out: no limit.
          const cap = quota === null ? 0 : (quota ?? null);
          const limit: Limit = {
            id: `movement:${m.code}:${programme ? `${programme}:` : ''}${kind}`,
            label: msg.quotaMovementLabel(m.code, m.name, programme, kind),
            scope: programme ? 'programme' : 'movement',
            order: [0, mi, pi, ki, ''],
            used: 0,
            over: 0,
            cap: () => cap,
            full: cached(
              () => limit.used,
              () => msg.quotaMovementFull(m.code, programme, kind, cap ?? 0, limit.used),
            ),
            within: () => msg.quotaMovementWithin(m.code, programme, kind, limit.used, cap),
          };
          kinds[kind] = limit;
          this.all.push(limit);
        });
      });
    });
  }

  private shareLimits(): void {
    const groupOrder = new Map(this.ix.plan.groups.map((g, i) => [g.code, i]));
    for (const list of this.ix.shareRules.values()) {
      for (const indexed of list) {
        const { rule, index, suffix } = indexed;
        const award = awardName(this.ix, rule.award);
        const byGroup = new Map<string, Limit>();
        this.shares.set(indexed, byGroup);
        for (const g of rule.groups ?? this.ix.plan.groups.map((x) => x.code)) {
          const members = this.ix.members.get(g)?.size;
          if (members === undefined || byGroup.has(g)) continue;
          const computed = percentOf(members, rule.percent);
          const cap = Math.max(rule.min ?? 0, computed);
          const group = groupName(this.ix, g);
          const limit: Limit = {
            id: `share:${rule.award}:${g}${suffix}`,
            label: msg.quotaShareLabel(award, group, rule.percent, rule.min),
            scope: 'group',
            order: [1, index, groupOrder.get(g) ?? 0, 0, ''],
            used: 0,
            over: 0,
            cap: () => cap,
            full: cached(
              () => limit.used,
              () =>
                msg.quotaShareFull(award, group, rule.percent, members, computed, rule.min ?? 0, limit.used),
            ),
            within: () => msg.quotaShareWithin(award, group, limit.used, cap),
          };
          byGroup.set(g, limit);
          this.all.push(limit);
        }
      }
    }
  }

  private ratio(indexed: Indexed<RatioRule>, unit: string): Limit {
    const byUnit = upsert(this.ratios, indexed, () => new Map<string, Limit>());
    const existing = byUnit.get(unit);
    if (existing) return existing;
    const { rule, index, suffix } = indexed;
    const award = awardName(this.ix, rule.award);
    const of = awardName(this.ix, rule.of);
    const name = unitName(this.ix, unit);
    const count = () => this.withinCount.get(rule.of)?.get(unit) ?? 0;
    const known = this.ix.units.get(unit);
    const limit: Limit = {
      id: `ratio:${rule.award}:${unit}${suffix}`,
      label: msg.quotaRatioLabel(award, name, rule.percent, of),
      scope: 'unit',
      order: [2, index, known ? known.order : Number.MAX_SAFE_INTEGER, 0, known ? '' : unit],
      used: 0,
      over: 0,
      cap: () => percentOf(count(), rule.percent),
      full: cached(
        () => `${limit.used}|${count()}`,
        () => msg.quotaRatioFull(award, name, rule.percent, count(), of, limit.cap() ?? 0, limit.used),
      ),
      within: () =>
        msg.quotaRatioWithin(award, name, limit.used, limit.cap() ?? 0, rule.percent, count(), of),
    };
    byUnit.set(unit, limit);
    this.all.push(limit);
    return limit;
  }
}

/**
 * Caches a sentence while the numbers in it stay the same: every nomination a full limit keeps out reads the same
 * one, and formatting percents the Vietnamese way is slow enough to matter at 100,000 nominations.
 */
function cached(key: () => number | string, make: () => string): () => string {
  let lastKey: number | string | undefined;
  let last = '';
  return () => {
    const k = key();
    if (k !== lastKey) {
      lastKey = k;
      last = make();
    }
    return last;
  };
}

/** Whether a limit has no place left. */
export function isFull(l: Limit): boolean {
  const cap = l.cap();
  return cap !== null && l.used >= cap;
}

function compareOrder(a: Limit['order'], b: Limit['order']): number {
  for (let i = 0; i < 4; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return a[4] < b[4] ? -1 : a[4] > b[4] ? 1 : 0;
}
