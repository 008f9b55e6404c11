/**
 * What every limit of the pass is (a usage row of `GET …/quotas` and a check in processing order), and the
 * arithmetic they share.
 */
import { toHundredths } from '../points';
import type { Entry } from './facts';
import type { QuotaScope } from './types';

export interface Limit {
  id: string;
  label: string;
  scope: QuotaScope;
  /** Row order: kind of limit, then plan order of its parts, then a code for units the plan does not list. */
  order: [number, number, number, number, string];
  /** Nominations within it, and those it kept out. */
  used: number;
  over: number;
  /** The cap of the row; null = none. Constant, except a ratio's, which follows the count of its base. */
  cap(): number | null;
  /** Whether the nomination fits (a count limit: a place is left). */
  fits(e: Entry): boolean;
  /** Takes the nomination's place. */
  take(e: Entry): void;
  /** Why a nomination is kept out. */
  full(e: Entry): string;
  /** Why a nomination is in: its place in line. */
  within(e: Entry): string;
}

/** A limit counted on its row alone: it fits while `used` is under the cap, and each nomination takes one. */
export function withCount(l: Omit<Limit, 'fits' | 'take'>): Limit {
  const limit = l as Limit;
  limit.fits = () => !isFull(limit);
  limit.take = () => {
    limit.used++;
  };
  return limit;
}

/** `percent` % of `n`, rounded down, exactly: the percent is read to hundredths (12.5 % → 1250 / 10000). */
export function percentOf(n: number, percent: number): number {
  const p = toHundredths(percent) ?? Math.floor(percent * 100);
  const a = n * p;
  return (a - (a % 10000)) / 10000;
}

/**
 * Caches a sentence while the numbers in it stay the same: every nomination a full limit keeps out reads the same
 * one, and formatting percents the Vietnamese way is slow enough to matter at 100,000 nominations.
 */
export function cached(key: () => number | string, make: () => string): () => string {
  let lastKey: number | string | undefined;
  let last = '';
  return () => {
    const k = key();
    if (k !== lastKey) {
      lastKey = k;
      last = make();
    }
    return last;
  };
}

/** Whether a count limit has no place left. */
export function isFull(l: Limit): boolean {
  const cap = l.cap();
  return cap !== null && l.used >= cap;
}

export function compareOrder(a: Limit['order'], b: Limit['order']): number {
  for (let i = 0; i < 4; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return a[4] < b[4] ? -1 : a[4] > b[4] ? 1 : 0;
}
