/**
 * History rules (issue 14): the nominee's earlier years. Award requirements read the register (a decision of
 * the identity holding for the year), rating requirements the unit's staff lists of those years. The years are
 * `years` consecutive ones ending with the campaign's year (`includeCurrent`) or the year before; with
 * `sinceLast`, none of them may be covered by the nominee's last earlier decision of the rule's award.
 *
 * The campaign's year of an award requirement may also be met by a nomination within quota of a plan award of
 * that identity: when only that year is missing, the rule is read again once those awards are settled.
 */
import type { HistoryRule } from '../contract/plan';
import { msg } from '../messages';
import type { Entry } from './facts';
import type { PeopleContext } from './holdings';
import { type AwardIdentity, identityOf, inScope, ruleDependencies, unitName } from './plan-index';
import { atLeast, unmet } from './prerequisites';

/** A year that does not count, and why ('' for "no decision in the register" / "not good enough"). */
interface Gap {
  year: number;
  why: string;
}

/** What one rule found: its reasons now, and a check to make once this year's awards are settled. */
export interface HistoryResult {
  reasons: string[];
  later: (() => string | null)[];
}

export function historyOwn(ctx: PeopleContext, e: Entry): HistoryResult {
  const out: HistoryResult = { reasons: [], later: [] };
  if (e.nom.nominee.kind !== 'individual') return out;
  for (const { rule } of ctx.ix.history.get(e.nom.award) ?? []) {
    if (!inScope(rule, e.nom)) continue;
    const end = rule.includeCurrent ? ctx.year : ctx.year - 1;
    const start = end - rule.years + 1;
    const found: number[] = [];
    const gaps: Gap[] = [];
    for (let y = start; y <= end; y++) {
      const why = yearFails(ctx, e, rule, y);
      if (why === null) found.push(y);
      else gaps.push({ year: y, why });
    }
    const last = rule.sinceLast ? lastDecision(ctx, e) : undefined;
    const blocked = last !== undefined && last.decision.period.to >= start;
    const what = memo(words, rule, () => requirement(ctx, rule));
    const fail = (g: Gap[]) =>
      unmet(
        ctx,
        rule,
        msg.peopleHistory(
          what,
          rule.years,
          start,
          end,
          'award' in rule.requires,
          found,
          g,
          blocked ? last : undefined,
        ),
      );
    const onlyCurrent = gaps.length === 1 && gaps[0]!.year === ctx.year && 'award' in rule.requires;
    if (onlyCurrent && !blocked) {
      const awards = memo(current, rule, () => ruleDependencies(ctx.ix.plan, rule).map((d) => d.award));
      out.later.push(() => (awards.some((a) => ctx.holdings.within(a, 'individual', e)) ? null : fail(gaps)));
    } else if (gaps.length > 0 || blocked) out.reasons.push(fail(gaps));
  }
  return out;
}

/** Per rule, computed once: its requirement in words, the plan's awards that meet its current year. */
const words = new WeakMap<HistoryRule, string>();
const current = new WeakMap<HistoryRule, string[]>();
function memo<T>(map: WeakMap<HistoryRule, T>, rule: HistoryRule, make: () => T): T {
  let v = map.get(rule);
  if (v === undefined) {
    v = make();
    map.set(rule, v);
  }
  return v;
}

/** Why a year does not count for the rule, null when it does. */
function yearFails(ctx: PeopleContext, e: Entry, rule: HistoryRule, year: number): string | null {
  const req = rule.requires;
  if ('award' in req) {
    const id: AwardIdentity = { title: req.award.title, level: req.award.level };
    return ctx.register.holds(id, 'individual', e, year) ? null : '';
  }
  const unit = e.nom.nominee.unit;
  if (!ctx.staff.list(year, unit)) return msg.peopleYearNoList(unitName(ctx.ix, unit));
  const p = ctx.staff.find(year, e);
  if (!p) return msg.peopleYearNotListed();
  if (!atLeast(p.rating, req.rating)) return msg.peopleYearRating(p.rating ?? null);
  if (req.initiatives !== undefined && p.initiatives.length < req.initiatives)
    return msg.peopleYearInitiatives(p.initiatives.length);
  return null;
}

/** The nominee's last decision of the rule's award before the campaign's year, if any. */
function lastDecision(ctx: PeopleContext, e: Entry) {
  const award = ctx.ix.awards.get(e.nom.award);
  if (!award) return undefined;
  let last: ReturnType<PeopleContext['register']['decisions']>[number] | undefined;
  for (const h of ctx.register.decisions(identityOf(award), 'individual', e)) {
    if (h.decision.period.to >= ctx.year) continue;
    if (!last || h.decision.period.to > last.decision.period.to) last = h;
  }
  return last;
}

/** What each year needs, in words: the award's name, or the rating (and initiatives). */
function requirement(ctx: PeopleContext, rule: HistoryRule): string {
  const req = rule.requires;
  if ('award' in req) {
    const named = ctx.ix.plan.awards.find(
      (a) => a.identity?.title === req.award.title && a.identity.level === req.award.level,
    );
    return named?.name ?? msg.peopleAwardRef(req.award.title, req.award.level);
  }
  return msg.peopleRatingYears(req.rating, req.initiatives);
}
