/**
 * Ranking inside a group (domain.md, "Scoring rules"): final total descending, then the template's tie-breaks
 * in order; units still equal share a rank (1, 2, 2, 4). Units that did not submit come last, unranked.
 * One sort, O(n log n); the result does not depend on the order of the input.
 */
import type { Template, TieBreak } from './contract/template';
import type { SheetTotals } from './scoring';

/** One member of a group as the ranking needs it. Totals are in hundredths (shared/scoring.ts). */
export interface RankInput {
  unit: string;
  name: string;
  submitted: boolean;
  totals: SheetTotals | null;
  /** Votes in the group's latest round; missing counts as 0. */
  votes?: number | null;
  /** Share of women among the staff (0–1); missing counts as 0. */
  womenShare?: number | null;
}

/** A row of the ranking: 1-based rank, shared on ties; null for a unit that did not submit. */
export type RankedRow<T extends RankInput = RankInput> = T & { rank: number | null };

/** Vietnamese name order (Đ after D, tones after the base letter). */
const collator = new Intl.Collator('vi');

/** Orders names the Vietnamese way, then unit codes by code point, so equal names stay deterministic. */
function byName(a: RankInput, b: RankInput): number {
  return collator.compare(a.name, b.name) || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0);
}

/** Negative when `a` ranks before `b` on this tie-break, 0 when it does not separate them. */
function tieBreak(by: TieBreak, a: RankInput, b: RankInput): number {
  const ta = a.totals!;
  const tb = b.totals!;
  switch (by.by) {
    case 'section':
      return (tb.sections[by.section] ?? 0) - (ta.sections[by.section] ?? 0);
    case 'deductions':
      return ta.deduction - tb.deduction;
    case 'votes':
      return (b.votes ?? 0) - (a.votes ?? 0);
    case 'womenShare':
      return (b.womenShare ?? 0) - (a.womenShare ?? 0);
  }
}

/** Compares two ranked units on what decides their rank: total, then each tie-break. 0 = shared rank. */
function byStanding(template: Template): (a: RankInput, b: RankInput) => number {
  const breaks = template.tieBreak;
  return (a, b) => {
    const d = b.totals!.final - a.totals!.final;
    if (d !== 0) return d;
    for (const by of breaks) {
      const t = tieBreak(by, a, b);
      if (t !== 0) return t;
    }
    return 0;
  };
}

/**
 * Ranks the members of a group. A unit is ranked when it submitted and has totals; the rest follow in name
 * order with `rank: null`. Units equal on the total and every tie-break share a rank and are listed in
 * name order; the next rank skips (1, 2, 2, 4). Extra fields of the input rows are kept.
 */
export function rankGroup<T extends RankInput>(template: Template, rows: readonly T[]): RankedRow<T>[] {
  const standing = byStanding(template);
  const ranked = rows.filter((r) => r.submitted && r.totals !== null);
  const unranked = rows.filter((r) => !(r.submitted && r.totals !== null));
  ranked.sort((a, b) => standing(a, b) || byName(a, b));
  unranked.sort(byName);

  const out: RankedRow<T>[] = [];
  ranked.forEach((row, i) => {
    const prev = out[i - 1];
    const rank = prev && standing(ranked[i - 1]!, row) === 0 ? prev.rank : i + 1;
    out.push({ ...row, rank });
  });
  for (const row of unranked) out.push({ ...row, rank: null });
  return out;
}
