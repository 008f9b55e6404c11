/**
 * The rules on people and earlier years (issue 14) as the pass reads them: built once from `QuotaInput.people`
 * (staff lists and the register indexed in Maps), then asked twice per nomination — its own facts before
 * exclusivity (`own`), and the facts about this year's other awards once those are settled (`settled`).
 */

import type { Entry } from './facts';
import { historyOwn } from './history';
import { Holdings, type PeopleContext } from './holdings';
import { membersOwn, membersSettled } from './members';
import type { PlanIndex } from './plan-index';
import { prerequisiteOwn, prerequisiteSettled } from './prerequisites';
import { RegisterIndex } from './register-index';
import { StaffIndex } from './staff-index';
import type { PeopleFacts } from './types';

export class People {
  readonly ctx: PeopleContext;
  /** Awards some rule reads the status of this year: only their nominations are recorded as held. */
  private readonly tracked: Set<string>;
  /** Checks left for when this year's awards are settled, by entry position. */
  private readonly later = new Map<number, (() => string | null)[]>();
  /** Holders of an award among a unit's members (award, unit). */
  private readonly memberHolders = new Map<string, number>();

  constructor(ix: PlanIndex, facts: PeopleFacts | undefined) {
    const year = facts?.year ?? ix.plan.campaign.year;
    const register = new RegisterIndex(facts?.register ?? [], year);
    this.ctx = {
      ix,
      year,
      staff: new StaffIndex(facts?.staff ?? []),
      register,
      holdings: new Holdings(ix, register, year),
    };
    this.tracked = new Set([...ix.dependsOn.values()].flatMap((s) => [...s]));
  }

  /** Reasons from the nominee's own facts and earlier years; [] when they are met (or no rule applies). */
  own(e: Entry): string[] {
    const a = prerequisiteOwn(this.ctx, e);
    const h = historyOwn(this.ctx, e);
    const m = membersOwn(this.ctx, e);
    if (h.later.length > 0) this.later.set(e.i, h.later);
    return a.length + h.reasons.length + m.length === 0 ? a : [...a, ...h.reasons, ...m];
  }

  /** Reasons from this year's other awards, read once they are settled; [] when met. */
  settled(e: Entry): string[] {
    const reasons = [...prerequisiteSettled(this.ctx, e), ...membersSettled(this.ctx, e, this.memberHolders)];
    for (const check of this.later.get(e.i) ?? []) {
      const why = check();
      if (why !== null) reasons.push(why);
    }
    return reasons;
  }

  /** Records a nomination within quota, for the rules that read its award. */
  settle(e: Entry): void {
    if (this.tracked.has(e.nom.award)) this.ctx.holdings.settle(e);
  }
}
