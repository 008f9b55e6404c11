/**
 * Limits per person (or collective) per year across movements (issue 14, rule kind `limit`): at most `max`
 * awards of the rule's `category` and `levels` for the campaign's year, counting the nominations within quota
 * in processing order (greedy, like every limit) and the register's decisions awarded for that year.
 *
 * A decision of the register for this year with the same identity as a nomination of the same person is that
 * nomination's answer (the council's decision recorded once it came): the nomination takes it over instead of
 * counting twice, so recording this year's decisions never pushes their own nominations out.
 */
import type { PersonLimitRule } from '../contract/plan';
import { msg } from '../messages';
import type { Entry } from './facts';
import type { PeopleContext } from './holdings';
import { PersonIndex, type PersonKey } from './identity';
import type { Limit } from './limit';
import { awardName, type Indexed, identityOf, inScope, sameIdentity } from './plan-index';
import type { Holding } from './register-index';

/** One nominee's count under one rule. */
interface Counter extends PersonKey {
  /** What counts already: nominations within quota (their award names). */
  items: string[];
  /** Decisions of the register for the year not taken over by a nomination. */
  register: Holding[];
}

class PersonLimit {
  readonly row: Limit;
  private readonly people = new PersonIndex<Counter>();
  private readonly collectives = new Map<string, Counter>();
  private last: { e: Entry; c: Counter } | undefined;

  constructor(
    private readonly ctx: PeopleContext,
    readonly indexed: Indexed<PersonLimitRule>,
    /** The plan's awards it counts. */
    readonly awards: Set<string>,
  ) {
    const { rule, index } = indexed;
    const label = msg.personLimitLabel(
      rule.label,
      rule.max,
      rule.category,
      rule.levels,
      rule.nominee,
      rule.source,
    );
    const row: Limit = {
      id: `limit:${index}`,
      label,
      scope: 'person',
      order: [3, index, 0, 0, ''],
      used: 0,
      over: 0,
      cap: () => rule.max,
      fits: (e) => {
        const c = this.counter(e);
        return this.takeOver(e, c) >= 0 || c.items.length + c.register.length < rule.max;
      },
      take: (e) => {
        const c = this.counter(e);
        const i = this.takeOver(e, c);
        if (i >= 0) c.register.splice(i, 1);
        c.items.push(awardName(ctx.ix, e.nom.award));
        row.used++;
      },
      full: (e) => {
        const c = this.counter(e);
        const found = [
          ...c.items.map((a) => msg.personLimitWithinItem(a)),
          ...c.register.map((h) => msg.personLimitRegisterItem(h.decision.awardName, h.decision.number)),
        ];
        return msg.personLimitFull(label, rule.max, ctx.year, found);
      },
      within: (e) => {
        const c = this.counter(e);
        return msg.personLimitWithin(label, c.items.length + c.register.length, rule.max, ctx.year);
      },
    };
    this.row = row;
  }

  /** The nominee's counter, created with the register's decisions of the year that the rule counts. */
  private counter(e: Entry): Counter {
    if (this.last?.e === e) return this.last.c;
    const kind = e.nom.nominee.kind;
    let c = kind === 'collective' ? this.collectives.get(e.nom.nominee.unit) : this.people.first('', e);
    if (!c) {
      const register = this.ctx.register.awardedThisYear(kind, e).filter((h) => this.counts(h));
      c = { unit: e.unit, staffId: e.staffId, name: e.name, birthDate: e.birthDate, items: [], register };
      if (kind === 'collective') this.collectives.set(e.nom.nominee.unit, c);
      else this.people.add('', c);
    }
    this.last = { e, c };
    return c;
  }

  /** The position of the register decision this nomination takes over (same identity), -1 when none. */
  private takeOver(e: Entry, c: Counter): number {
    if (c.register.length === 0) return -1;
    const award = this.ctx.ix.awards.get(e.nom.award);
    if (!award) return -1;
    const id = identityOf(award);
    return c.register.findIndex((h) => sameIdentity(id, h.decision.award));
  }

  private counts(h: Holding): boolean {
    const { rule } = this.indexed;
    if (rule.category !== undefined && h.decision.category !== rule.category) return false;
    return rule.levels === undefined || rule.levels.includes(h.decision.award.level);
  }
}

export class PersonLimits {
  private readonly limits: PersonLimit[] = [];

  constructor(ctx: PeopleContext, rows: Limit[]) {
    for (const indexed of ctx.ix.personLimits) {
      const { rule } = indexed;
      // A plan award counts when its category and level are the rule's (an award without them does not
      // count under a rule that names them).
      const awards = new Set(
        ctx.ix.plan.awards
          .filter((a) => rule.category === undefined || a.category === rule.category)
          .filter((a) => rule.levels === undefined || (a.identity && rule.levels.includes(a.identity.level)))
          .map((a) => a.code),
      );
      const limit = new PersonLimit(ctx, indexed, awards);
      this.limits.push(limit);
      rows.push(limit.row);
    }
  }

  /** The limits per person that count this nomination. */
  applicable(e: Entry, found: Limit[]): void {
    for (const l of this.limits)
      if (l.awards.has(e.nom.award) && inScope(l.indexed.rule, e.nom)) found.push(l.row);
  }
}
