/**
 * The limits of a plan (contract: "The plan document", rule kinds): a movement's quota per nominee kind (and per
 * programme), a share of a group's members, a ratio to a base of another award in the unit (`./ratio.ts`), and
 * a number of awards per person per year (`./person-limits.ts`). Each limit is also a usage row of
 * `GET …/quotas`. A rule with a scope (`nominee`, `movements`) limits only the nominations in it.
 */

import { NomineeKind as NomineeKindEnum } from '../contract/enums';
import type { ShareRule } from '../contract/plan';
import { msg } from '../messages';
import type { Entry } from './facts';
import type { PeopleContext } from './holdings';
import { cached, compareOrder, type Limit, percentOf, withCount } from './limit';
import { PersonLimits } from './person-limits';
import { awardName, groupName, type Indexed, inScope } from './plan-index';
import { RatioLimits } from './ratio';
import type { NomineeKind, QuotaRow } from './types';

export { isFull, type Limit, percentOf } from './limit';

const KINDS: readonly NomineeKind[] = NomineeKindEnum.options;

/** Every limit of the plan and the way to find the ones a nomination counts against. */
export class Limits {
  /** Every limit, for the rows. */
  private readonly all: Limit[] = [];
  /** Lookups by parts (nested Maps: no key strings built per nomination). */
  private readonly movements = new Map<string, Map<string, Record<NomineeKind, Limit>>>();
  private readonly shares = new Map<Indexed<ShareRule>, Map<string, Limit>>();
  private readonly ratios: RatioLimits;
  private readonly persons: PersonLimits;

  /** `entries`: every nomination of the pass (ratio rows exist for each unit with either award). */
  constructor(
    private readonly ctx: PeopleContext,
    entries: readonly Entry[],
  ) {
    this.movementLimits();
    this.shareLimits();
    this.ratios = new RatioLimits(ctx, entries, this.all);
    this.persons = new PersonLimits(ctx, this.all);
  }

  /** The limits a nomination (already eligible) counts against. */
  applicable(e: Entry): Limit[] {
    const nom = e.nom;
    const found: Limit[] = [];
    if (nom.movement) {
      const limit = this.movements.get(nom.movement)?.get(nom.programme ?? '')?.[nom.nominee.kind];
      if (limit) found.push(limit);
    }
    const shares = this.ctx.ix.shareRules.get(nom.award);
    if (shares && nom.group) {
      for (const r of shares) {
        if (!inScope(r.rule, nom)) continue;
        const limit = this.shares.get(r)?.get(nom.group);
        if (limit) found.push(limit);
      }
    }
    this.ratios.applicable(e, found);
    this.persons.applicable(e, found);
    return found;
  }

  /** Records a nomination within quota in the bases of ratio rules (people, not filings). */
  countWithin(e: Entry): void {
    this.ratios.countWithin(e);
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
    this.ctx.ix.plan.movements.forEach((m, mi) => {
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
          const limit: Limit = withCount({
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
          });
          kinds[kind] = limit;
          this.all.push(limit);
        });
      });
    });
  }

  private shareLimits(): void {
    const { ix } = this.ctx;
    const groupOrder = new Map(ix.plan.groups.map((g, i) => [g.code, i]));
    for (const list of ix.shareRules.values()) {
      for (const indexed of list) {
        const { rule, index, suffix } = indexed;
        const award = awardName(ix, rule.award);
        const byGroup = new Map<string, Limit>();
        this.shares.set(indexed, byGroup);
        for (const g of rule.groups ?? ix.plan.groups.map((x) => x.code)) {
          const members = ix.members.get(g)?.size;
          if (members === undefined || byGroup.has(g)) continue;
          const computed = percentOf(members, rule.percent);
          const cap = Math.max(rule.min ?? 0, computed);
          const group = groupName(ix, g);
          const limit: Limit = withCount({
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
          });
          byGroup.set(g, limit);
          this.all.push(limit);
        }
      }
    }
  }
}
