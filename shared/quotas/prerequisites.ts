/**
 * Prerequisite rules (issue 14): conditions on the same person in the same year. The facts of the person come
 * from the unit's staff list of the campaign's year; an `award` fact holds when the person holds that award
 * this year (`Holdings`: the register or within quota), read only once that award is settled.
 */
import { DisciplineForm, InitiativeLevel, Rating } from '../contract/enums';
import type { PersonCondition, PrerequisiteRule } from '../contract/plan';
import type { StaffMember } from '../contract/staff';
import { msg } from '../messages';
import type { Entry } from './facts';
import type { PeopleContext } from './holdings';
import { awardName, inScope, unitName } from './plan-index';

const ratingOrder = new Map(Rating.options.map((r, i) => [r, i]));
const disciplineOrder = new Map(DisciplineForm.options.map((d, i) => [d, i]));
const initiativeOrder = new Map(InitiativeLevel.options.map((l, i) => [l, i]));

/** The prerequisite rules that apply to a nomination: its award's, in scope, for individuals. */
function applying(ctx: PeopleContext, e: Entry): PrerequisiteRule[] {
  if (e.nom.nominee.kind !== 'individual') return [];
  const list = ctx.ix.prerequisites.get(e.nom.award);
  return list ? list.map((x) => x.rule).filter((r) => inScope(r, e.nom)) : [];
}

/** "Chưa đủ điều kiện <award> (<source>): <detail>". */
export const unmet = (
  ctx: PeopleContext,
  rule: { award: string; source?: string | undefined },
  detail: string,
) => msg.peopleUnmet(awardName(ctx.ix, rule.award), rule.source, detail);

/**
 * The person in the unit's staff list of `year`, or why not: the unit sent no list that year, or the person is
 * not in it.
 */
export function staffOf(ctx: PeopleContext, e: Entry, year: number): StaffMember | string {
  const unit = e.nom.nominee.unit;
  if (!ctx.staff.list(year, unit)) return msg.peopleNoStaffList(unitName(ctx.ix, unit), year);
  return (
    ctx.staff.find(year, e) ??
    msg.peopleNotInStaff(e.nom.nominee.name ?? '', e.nom.nominee.staffId, unitName(ctx.ix, unit), year)
  );
}

/** Reasons from the person's own facts (everything but `award` facts), [] when they are met. */
export function prerequisiteOwn(ctx: PeopleContext, e: Entry): string[] {
  const reasons: string[] = [];
  for (const rule of applying(ctx, e)) {
    const personal = rule.requires.filter((c) => c.fact !== 'award');
    if (personal.length === 0) continue;
    const person = staffOf(ctx, e, ctx.year);
    if (typeof person === 'string') {
      reasons.push(unmet(ctx, rule, person));
      continue;
    }
    for (const c of personal) {
      const why = personFact(c, person, ctx.year);
      if (why) reasons.push(unmet(ctx, rule, why));
    }
  }
  return reasons;
}

/** Reasons from `award` facts, read once those awards are settled; [] when they are met. */
export function prerequisiteSettled(ctx: PeopleContext, e: Entry): string[] {
  const reasons: string[] = [];
  for (const rule of applying(ctx, e)) {
    for (const c of rule.requires) {
      if (c.fact !== 'award' || ctx.holdings.held(c.award, 'individual', e)) continue;
      reasons.push(unmet(ctx, rule, msg.peopleNeedAward(awardName(ctx.ix, c.award), ctx.year)));
    }
  }
  return reasons;
}

/** Why a person's fact of the year fails a condition, null when it holds (`award` facts are not read here). */
export function personFact(c: PersonCondition, p: StaffMember, year: number): string | null {
  switch (c.fact) {
    case 'initiative': {
      const min = initiativeOrder.get(c.minLevel) ?? 0;
      const found = p.initiatives.filter((x) => (initiativeOrder.get(x.level) ?? -1) >= min);
      return found.length >= c.count
        ? null
        : msg.peopleNeedInitiatives(c.count, c.minLevel, year, found.length, p.initiatives);
    }
    case 'rating':
      return atLeast(p.rating, c.min) ? null : msg.peopleNeedRating(c.min, year, p.rating ?? null);
    case 'discipline': {
      const found = disciplined(p, c.from);
      return found ? msg.peopleDisciplined(c.from, year, found) : null;
    }
    case 'monthsInPost': {
      const months = p.startDate ? monthsInPost(p.startDate, year) : null;
      return months !== null && months >= c.min
        ? null
        : msg.peopleNeedMonths(c.min, year, p.startDate, months);
    }
    case 'daysAbsent': {
      // A list without days absent records none (the unit writes them where there are any).
      const days = p.daysAbsent ?? 0;
      return days <= c.max ? null : msg.peopleTooAbsent(c.max, year, days);
    }
    default:
      return null;
  }
}

/** Whether a rating is `min` or better (ratings are listed best first); no rating is not. */
export function atLeast(rating: Rating | undefined, min: Rating): boolean {
  if (rating === undefined) return false;
  return (ratingOrder.get(rating) ?? Number.POSITIVE_INFINITY) <= (ratingOrder.get(min) ?? -1);
}

/** The person's first discipline at `from` or above (any form when absent), if any. */
export function disciplined(p: StaffMember, from: DisciplineForm | undefined) {
  const min = from === undefined ? 0 : (disciplineOrder.get(from) ?? 0);
  return p.discipline.find((d) => (disciplineOrder.get(d.form) ?? 0) >= min);
}

/**
 * Whole months in post from the start date to the end of `year` (31 December): March 1st → 10, March 2nd → 9.
 * A start after the year gives 0.
 */
export function monthsInPost(startDate: string, year: number): number {
  const [y, m, d] = startDate.split('-').map(Number) as [number, number, number];
  return Math.max(0, (year + 1 - y) * 12 + (1 - m) - (d > 1 ? 1 : 0));
}
