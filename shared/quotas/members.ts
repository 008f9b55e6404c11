/**
 * Members rules (issue 14): a collective judged by its members, the unit's staff list of the campaign's year.
 * Shares are exact: holders × 10000 against members × the percent in hundredths. Conditions on ratings and
 * discipline are read at once; those on an award once that award is settled, and its holders among the
 * members are counted once per unit.
 */
import type { MemberCondition, MembersRule } from '../contract/plan';
import { msg } from '../messages';
import { toHundredths } from '../points';
import type { Entry } from './facts';
import type { PeopleContext } from './holdings';
import { awardName, unitName } from './plan-index';
import { atLeast, disciplined, unmet } from './prerequisites';
import type { StaffRecord } from './staff-index';

function applying(ctx: PeopleContext, e: Entry): MembersRule[] {
  if (e.nom.nominee.kind !== 'collective') return [];
  return (ctx.ix.membersRules.get(e.nom.award) ?? []).map((x) => x.rule);
}

const isAward = (c: MemberCondition) => c.fact === 'count' || (c.fact === 'share' && 'award' in c.of);

/** The unit's members this year, or why there are none to judge. */
function membersOf(ctx: PeopleContext, e: Entry): readonly StaffRecord[] | string {
  const unit = e.nom.nominee.unit;
  const list = ctx.staff.list(ctx.year, unit);
  return list && list.length > 0 ? list : msg.peopleNoStaffList(unitName(ctx.ix, unit), ctx.year);
}

/** Reasons from ratings and discipline (and a missing list), [] when met. */
export function membersOwn(ctx: PeopleContext, e: Entry): string[] {
  const reasons: string[] = [];
  for (const rule of applying(ctx, e)) {
    const members = membersOf(ctx, e);
    if (typeof members === 'string') {
      reasons.push(unmet(ctx, rule, members));
      continue;
    }
    for (const c of rule.requires) {
      if (isAward(c)) continue;
      if (c.fact === 'discipline') {
        const found = members.filter((m) => disciplined(m.member, c.from)).map((m) => m.member.name);
        if (found.length > 0) reasons.push(unmet(ctx, rule, msg.membersDisciplined(c.from, ctx.year, found)));
      } else if (c.fact === 'share' && 'rating' in c.of) {
        const min = c.of.rating;
        const n = members.filter((m) => atLeast(m.member.rating, min)).length;
        const what = msg.membersRatingWord(min);
        if (!shareMet(n, members.length, c.percent, c.strict))
          reasons.push(
            unmet(ctx, rule, msg.membersShare(what, c.percent, c.strict, ctx.year, n, members.length)),
          );
      }
    }
  }
  return reasons;
}

/** Reasons from award conditions, once those awards are settled; [] when met (or when the list is missing). */
export function membersSettled(ctx: PeopleContext, e: Entry, cache: Map<string, number>): string[] {
  const reasons: string[] = [];
  for (const rule of applying(ctx, e)) {
    const members = membersOf(ctx, e);
    if (typeof members === 'string') continue; // already a reason of its own
    for (const c of rule.requires) {
      if (c.fact === 'count') {
        const n = holders(ctx, e, c.award, members, cache);
        if (n < c.min)
          reasons.push(unmet(ctx, rule, msg.membersCount(awardName(ctx.ix, c.award), c.min, ctx.year, n)));
      } else if (c.fact === 'share' && 'award' in c.of) {
        const n = holders(ctx, e, c.of.award, members, cache);
        const what = awardName(ctx.ix, c.of.award);
        if (!shareMet(n, members.length, c.percent, c.strict))
          reasons.push(
            unmet(ctx, rule, msg.membersShare(what, c.percent, c.strict, ctx.year, n, members.length)),
          );
      }
    }
  }
  return reasons;
}

/** Members of the unit holding the award this year (register or within quota), counted once per unit. */
function holders(
  ctx: PeopleContext,
  e: Entry,
  award: string,
  members: readonly StaffRecord[],
  cache: Map<string, number>,
): number {
  const key = `${award}\u0000${e.nom.nominee.unit}`;
  let n = cache.get(key);
  if (n === undefined) {
    n = members.filter((m) => ctx.holdings.held(award, 'individual', m) !== null).length;
    cache.set(key, n);
  }
  return n;
}

/** Whether `n` of `total` is more than (`strict`) or at least `percent` %, on integers. */
export function shareMet(n: number, total: number, percent: number, strict: boolean): boolean {
  const p = toHundredths(percent) ?? Math.floor(percent * 100);
  return strict ? n * 10000 > total * p : n * 10000 >= total * p;
}
