/**
 * The register of awards, indexed once per pass (decision 0035): each recipient under its award's identity
 * (title and level, and title alone for plan awards without an identity), searchable by the recipient's
 * identity (a collective is its unit; a person as in `PersonIndex`).
 *
 * Two readings of a decision's years (`period`): it *holds* for every year from `period.from` to `period.to`
 * (prerequisites, history, members, ratio holders), and it *is awarded for* the year `period.to`, the year its
 * achievement ends (limits per person per year), so a five-year Bằng khen counts once.
 */
import type { NomineeKind } from '../contract/enums';
import type { DecisionInput } from '../contract/register';
import { PersonIndex, type PersonKey, personKey } from './identity';
import { upsert } from './maps';
import type { AwardIdentity } from './plan-index';

export interface Holding extends PersonKey {
  kind: NomineeKind;
  decision: DecisionInput;
}

const scopeOf = (id: AwardIdentity) => `${id.title}\u0000${id.level ?? '*'}`;

/** A set of recipients, collectives by unit and people by identity. */
class Recipients {
  readonly people = new PersonIndex<Holding>();
  readonly collectives = new Map<string, Map<string, Holding[]>>();

  add(scope: string, h: Holding): void {
    if (h.kind === 'individual') this.people.add(scope, h);
    else
      upsert(
        upsert(this.collectives, scope, () => new Map()),
        h.unit,
        () => [],
      ).push(h);
  }

  find(scope: string, kind: NomineeKind, who: PersonKey): Holding[] {
    return kind === 'individual'
      ? this.people.find(scope, who)
      : (this.collectives.get(scope)?.get(who.unit) ?? []);
  }
}

export class RegisterIndex {
  private readonly byAward = new Recipients();
  /** Decisions awarded for the campaign's year, any award. */
  private readonly ofYear = new Recipients();
  /** Every recipient per identity scope, for counting holders per unit. */
  private readonly all = new Map<string, Holding[]>();
  private readonly holderCounts = new Map<string, Map<string, number>>();

  constructor(
    register: readonly DecisionInput[],
    private readonly year: number,
  ) {
    for (const decision of register) {
      const scopes = [scopeOf(decision.award), scopeOf({ title: decision.award.title, level: null })];
      for (const r of decision.recipients) {
        const h: Holding = { ...personKey(r), kind: r.kind, decision };
        if (r.kind === 'collective') h.staffId = null;
        for (const scope of scopes) {
          this.byAward.add(scope, h);
          upsert(this.all, scope, () => []).push(h);
        }
        if (decision.period.to === year) this.ofYear.add('', h);
      }
    }
  }

  /** Every decision of the award for this nominee, any year. */
  decisions(id: AwardIdentity, kind: NomineeKind, who: PersonKey): Holding[] {
    return this.byAward.find(scopeOf(id), kind, who);
  }

  /** A decision of the award holding for `year` for this nominee, if any. */
  holds(id: AwardIdentity, kind: NomineeKind, who: PersonKey, year: number): Holding | undefined {
    return this.decisions(id, kind, who).find((h) => holdsIn(h, year));
  }

  /** Decisions awarded for the campaign's year to this nominee, any award. */
  awardedThisYear(kind: NomineeKind, who: PersonKey): Holding[] {
    return this.ofYear.find('', kind, who);
  }

  /** Distinct holders of the award for the campaign's year in a unit (people by identity, or the collective). */
  holders(id: AwardIdentity, unit: string): number {
    const scope = scopeOf(id);
    let counts = this.holderCounts.get(scope);
    if (!counts) {
      counts = new Map();
      const seen = new PersonIndex<PersonKey>();
      const collectives = new Set<string>();
      for (const h of this.all.get(scope) ?? []) {
        if (!holdsIn(h, this.year)) continue;
        if (h.kind === 'collective') {
          if (collectives.has(h.unit)) continue;
          collectives.add(h.unit);
        } else {
          if (seen.has('', h)) continue;
          seen.add('', h);
        }
        counts.set(h.unit, (counts.get(h.unit) ?? 0) + 1);
      }
      this.holderCounts.set(scope, counts);
    }
    return counts.get(unit) ?? 0;
  }
}

/** Whether a decision holds for a year: the year is within its achievement period. */
export const holdsIn = (h: Holding, year: number) =>
  h.decision.period.from <= year && year <= h.decision.period.to;
