/**
 * Who holds an award this year (decision 0035): a decision of its identity in the register that holds for the
 * year, or a nomination of it within quota in this pass. The pass settles an award's nominations before any
 * rule reads it (`awardLevels`), so "within quota" is final when it is read.
 */
import type { NomineeKind } from '../contract/enums';
import type { Entry } from './facts';
import { PersonIndex, type PersonKey } from './identity';
import { identityOf, type PlanIndex } from './plan-index';
import type { Holding, RegisterIndex } from './register-index';
import type { StaffIndex } from './staff-index';

/** What the people rules read: the plan, the campaign's year, staff lists, the register and this year's holders. */
export interface PeopleContext {
  ix: PlanIndex;
  year: number;
  staff: StaffIndex;
  register: RegisterIndex;
  holdings: Holdings;
}

/** How a nominee holds an award this year: by a decision of the register, or within quota now; null: not. */
export type Held = { register: Holding } | { within: true } | null;

export class Holdings {
  private readonly people = new PersonIndex<PersonKey>();
  private readonly collectives = new Set<string>();

  constructor(
    private readonly ix: PlanIndex,
    private readonly register: RegisterIndex,
    private readonly year: number,
  ) {}

  /** Records a nomination within quota. */
  settle(e: Entry): void {
    if (e.nom.nominee.kind === 'collective')
      this.collectives.add(`${e.nom.award}\u0000${e.nom.nominee.unit}`);
    else this.people.add(e.nom.award, e);
  }

  /** Whether the nominee holds the plan's `award` this year (in the register, or within quota). */
  held(award: string, kind: NomineeKind, who: PersonKey): Held {
    if (this.within(award, kind, who)) return { within: true };
    const a = this.ix.awards.get(award);
    const h = a ? this.register.holds(identityOf(a), kind, who, this.year) : undefined;
    return h ? { register: h } : null;
  }

  /** Whether a nomination of `award` for this nominee is within quota in this pass. */
  within(award: string, kind: NomineeKind, who: PersonKey): boolean {
    return kind === 'collective'
      ? this.collectives.has(`${award}\u0000${who.unit}`)
      : this.people.has(award, who);
  }
}
