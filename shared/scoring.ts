/**
 * The scoring rules of a template (domain.md, "Scoring rules"): checking entries, merging a PUT into the
 * stored sheet, completeness on submit, totals with caps, classification. Totals are integer hundredths
 * (shared/points.ts) so sums, caps and bands are exact; scores cross the API as points.
 */

import type { SectionKind } from './contract/enums';
import type { SheetEntry } from './contract/sheets';
import type { Criterion, Template } from './contract/template';
import { msg } from './messages';
import { criteriaOf } from './plan';
import { toHundredths, toPoints } from './points';
import type { Problem } from './problems';

/** What `validateEntries` reads of an entry: its criterion and the score field being checked. */
export interface ScoreInput {
  criterion: string;
  self?: unknown;
  appraised?: unknown;
}

/** The score fields `computeTotals` and `classify` read; missing or null counts as no score. */
export interface ScoredEntry {
  criterion: string;
  self?: number | null;
  appraised?: number | null;
}

/** One changed criterion of a PUT: an absent field keeps its value, `null` clears it. */
export interface EntryChange {
  criterion: string;
  self?: number | null;
  appraised?: number | null;
  evidence?: string | null;
  reason?: string | null;
}

/** Totals of a sheet in integer HUNDREDTHS. Deduction totals are positive (points taken off). */
export interface SheetTotals {
  /** Final total from self scores only. */
  self: number;
  /** Final total from appraised scores where present, self otherwise. */
  final: number;
  /** Each section's capped total (final scores), by section code. */
  sections: Record<string, number>;
  /** Σ standard sections (final scores). */
  standard: number;
  /** Σ bonus sections, each capped (final scores). */
  bonus: number;
  /** Σ deduction sections, each capped (final scores), as a positive number. */
  deduction: number;
}

/** Totals as the API returns them (contract `totals`): points, JSON numbers. */
export interface PointsTotals {
  self: number;
  final: number;
  sections: Record<string, number>;
}

/** Hundredths of a score field; null, missing or not a number counts as 0 (invalid input is refused earlier). */
function hundredths(value: number | null | undefined): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 0;
  return toHundredths(value) ?? Math.round(value * 100);
}

/** The score that counts: the appraised one where there is one, the self score otherwise. */
export function finalScore(entry: ScoredEntry): number | null {
  return entry.appraised ?? entry.self ?? null;
}

/** The step of a criterion in hundredths: its own, or 0.01. */
export function stepOf(criterion: Criterion): number {
  const step = criterion.step === undefined ? null : toHundredths(criterion.step);
  return step && step > 0 ? step : 1;
}

/**
 * Checks the scores of `field` in a list of entries against the template: unknown and duplicate criteria,
 * not a number, below 0, above the maximum, off the step. Returns every problem, each with its JSON Pointer
 * (`/entries/3/self`) and criterion. A null or absent score is not checked (it clears or keeps a value).
 */
export function validateEntries(
  template: Template,
  entries: readonly ScoreInput[],
  field: 'self' | 'appraised',
  basePath = '/entries',
): Problem[] {
  const criteria = new Map(criteriaOf(template).map((c) => [c.code, c]));
  const seen = new Set<string>();
  const problems: Problem[] = [];
  entries.forEach((entry, i) => {
    const code = entry.criterion;
    const c = criteria.get(code);
    const at = `${basePath}/${i}`;
    if (!c) {
      problems.push({
        path: `${at}/criterion`,
        criterion: code,
        code: 'unknown_criterion',
        message: msg.scoreUnknownCriterion(code, template.code),
      });
      return;
    }
    if (seen.has(code)) {
      problems.push({
        path: `${at}/criterion`,
        criterion: code,
        code: 'duplicate_criterion',
        message: msg.scoreDuplicateCriterion(code, c.title),
      });
    }
    seen.add(code);
    const value = entry[field];
    if (value === null || value === undefined) return;
    const add = (problem: string, message: string) =>
      problems.push({ path: `${at}/${field}`, criterion: code, code: problem, message });
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      add('not_a_number', msg.scoreNotANumber(code, c.title, value));
      return;
    }
    const h = toHundredths(value);
    if (value < 0) add('below_zero', msg.scoreBelowZero(code, c.title, value));
    else if (h === null ? value > c.max : h > hundredths(c.max))
      add('above_max', msg.scoreAboveMax(code, c.title, value, c.max));
    const step = stepOf(c);
    if (h === null || h % step !== 0) add('off_step', msg.scoreOffStep(code, c.title, value, toPoints(step)));
  });
  return problems;
}

const emptyEntry = (criterion: string): SheetEntry => ({
  criterion,
  self: null,
  appraised: null,
  evidence: null,
  reason: null,
});

/**
 * PUT semantics (contract: "criteria not listed keep their values"): listed criteria take the fields they
 * carry (`null` clears one, an absent field keeps it), unlisted criteria keep theirs. With a template, the
 * result has exactly one entry per criterion of the template, in template order; without one, the current
 * order, with new criteria appended in the order of the changes.
 */
export function mergeEntries(
  current: readonly SheetEntry[],
  changes: readonly EntryChange[],
  template?: Template,
): SheetEntry[] {
  const byCode = new Map<string, SheetEntry>();
  for (const e of current) byCode.set(e.criterion, { ...e });
  for (const change of changes) {
    const entry = byCode.get(change.criterion) ?? emptyEntry(change.criterion);
    if (change.self !== undefined) entry.self = change.self;
    if (change.appraised !== undefined) entry.appraised = change.appraised;
    if (change.evidence !== undefined) entry.evidence = change.evidence;
    if (change.reason !== undefined) entry.reason = change.reason;
    byCode.set(change.criterion, entry);
  }
  if (!template) return [...byCode.values()];
  return criteriaOf(template).map((c) => byCode.get(c.code) ?? emptyEntry(c.code));
}

/** "Incomplete on submit": every standard criterion without a self score, as a `missing_score` problem. */
export function missingForSubmit(template: Template, entries: readonly ScoredEntry[]): Problem[] {
  const scored = new Set(entries.filter((e) => typeof e.self === 'number').map((e) => e.criterion));
  return criteriaOf(template)
    .filter((c) => c.kind === 'standard' && !scored.has(c.code))
    .map((c) => ({
      path: '/entries',
      criterion: c.code,
      code: 'missing_score',
      message: msg.scoreMissing(c.code, c.title),
    }));
}

/** Section totals (capped) and the three sums, from one score per criterion in hundredths. */
function sum(template: Template, score: (code: string) => number) {
  const sections: Record<string, number> = {};
  const by: Record<SectionKind, number> = { standard: 0, bonus: 0, deduction: 0 };
  for (const s of template.sections) {
    let total = 0;
    for (const c of s.criteria) total += score(c.code);
    if (s.cap !== undefined) total = Math.min(total, hundredths(s.cap));
    sections[s.code] = total;
    by[s.kind] += total;
  }
  return { sections, ...by, final: by.standard + by.bonus - by.deduction };
}

/**
 * Totals of a sheet in hundredths: section totals capped at their cap, final = Σ standard + Σ bonus − Σ
 * deduction, with appraised scores where present (`final`, `sections`, …) or self scores only (`self`).
 * A missing score counts as 0.
 */
export function computeTotals(template: Template, entries: readonly ScoredEntry[]): SheetTotals {
  const selfScores = new Map<string, number>();
  const finalScores = new Map<string, number>();
  for (const e of entries) {
    selfScores.set(e.criterion, hundredths(e.self));
    finalScores.set(e.criterion, hundredths(finalScore(e)));
  }
  const final = sum(template, (code) => finalScores.get(code) ?? 0);
  const self = sum(template, (code) => selfScores.get(code) ?? 0);
  return {
    self: self.final,
    final: final.final,
    sections: final.sections,
    standard: final.standard,
    bonus: final.bonus,
    deduction: final.deduction,
  };
}

/** The API's `totals` in points: `{"self","final","sections"}`. */
export function toPointsTotals(totals: SheetTotals): PointsTotals {
  const sections: Record<string, number> = {};
  for (const [code, value] of Object.entries(totals.sections)) sections[code] = toPoints(value);
  return { self: toPoints(totals.self), final: toPoints(totals.final), sections };
}

/** Whether some standard criterion scores 0 (or has no score) in the final scores: `noZero` bands are out. */
export function hasZeroStandard(template: Template, entries: readonly ScoredEntry[]): boolean {
  const finals = new Map(entries.map((e) => [e.criterion, hundredths(finalScore(e))]));
  return criteriaOf(template).some((c) => c.kind === 'standard' && !finals.get(c.code));
}

/** Whether every standard criterion has a final score (0 counts as a score; blank does not). */
export function isScored(template: Template, entries: readonly ScoredEntry[]): boolean {
  const finals = new Map(entries.map((e) => [e.criterion, finalScore(e)]));
  return criteriaOf(template).every((c) => c.kind !== 'standard' || typeof finals.get(c.code) === 'number');
}

/**
 * The classification band of a sheet: the highest band whose minimum the final total reaches, skipping
 * `noZero` bands when a standard criterion scores 0. Bands may be listed in any order; null when none fits,
 * and null until every standard criterion is scored: a sheet with nothing (or half) scored is not yet
 * "Trung bình", whatever the lowest band's minimum (issue 13). A submitted sheet is always complete.
 */
export function classify(
  template: Template,
  totals: Pick<SheetTotals, 'final'>,
  entries: readonly ScoredEntry[],
): string | null {
  const bands = template.classification
    .map((b, i) => ({ ...b, minH: hundredths(b.min), i }))
    .sort((a, b) => b.minH - a.minH || a.i - b.i);
  if (!isScored(template, entries)) return null;
  let zero: boolean | undefined;
  for (const band of bands) {
    if (band.minH > totals.final) continue;
    if (band.noZero) {
      zero ??= hasZeroStandard(template, entries);
      if (zero) continue;
    }
    return band.label;
  }
  return null;
}

/** The largest possible final total in hundredths: Σ standard maxima (section caps respected) + bonus caps. */
export function maxTotal(template: Template): number {
  return sectionBounds(template, 'standard') + sectionBounds(template, 'bonus');
}

/** The smallest possible final total in hundredths: minus the reachable deductions (≤ their caps). */
export function minTotal(template: Template): number {
  return -sectionBounds(template, 'deduction');
}

/** Σ over sections of a kind of min(Σ maxima, cap), in hundredths. */
function sectionBounds(template: Template, kind: SectionKind): number {
  let total = 0;
  for (const s of template.sections) {
    if (s.kind !== kind) continue;
    let max = 0;
    for (const c of s.criteria) max += hundredths(c.max);
    total += s.cap === undefined ? max : Math.min(max, hundredths(s.cap));
  }
  return total;
}
