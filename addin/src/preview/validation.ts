/**
 * Data validation of a preview cell as Excel applies it when a person types: a list, or a number rule
 * (decimal or whole number, with its operator and bounds), and the error alert Excel shows when an entry
 * breaks it (its style, title and message).
 */
import type { CellValue } from './sheet';

export type AlertStyle = 'Stop' | 'Warning' | 'Information';

export interface NumberRule {
  kind: 'decimal' | 'whole';
  operator: string;
  min: number;
  max?: number;
}

export interface CellValidation {
  /** A list's source ("=$S$6:$S$9" on the same sheet, or "a,b,c"). */
  source?: string;
  rule?: NumberRule;
  /** The alert is Stop: the entry is refused without a choice. */
  stop: boolean;
  style?: AlertStyle;
  title?: string;
  message?: string;
}

/** `Range.dataValidation.rule`'s decimal / wholeNumber part as the preview keeps it; null for other rules. */
export function numberRule(r: { decimal?: RuleBounds; wholeNumber?: RuleBounds }): NumberRule | null {
  const b = r.decimal ?? r.wholeNumber;
  if (!b) return null;
  const min = Number(b.formula1);
  const max = b.formula2 === undefined ? undefined : Number(b.formula2);
  // A bound given as a formula ("=A1") is not evaluated by the preview: no rule rather than a wrong one.
  if (!Number.isFinite(min) || (max !== undefined && !Number.isFinite(max))) return null;
  return {
    kind: r.decimal ? 'decimal' : 'whole',
    operator: b.operator ?? 'Between',
    min,
    ...(max !== undefined ? { max } : {}),
  };
}

interface RuleBounds {
  formula1: number | string;
  formula2?: number | string;
  operator?: string;
}

/** Whether `value` (what the typing produced) breaks `rule`; a blank entry never does (ignoreBlanks). */
export function breaks(rule: NumberRule, value: CellValue): boolean {
  if (value === '') return false;
  if (typeof value !== 'number') return true;
  if (rule.kind === 'whole' && !Number.isInteger(value)) return true;
  const { min, max = min } = rule;
  switch (rule.operator) {
    case 'Between':
      return value < min || value > max;
    case 'NotBetween':
      return value >= min && value <= max;
    case 'EqualTo':
      return value !== min;
    case 'NotEqualTo':
      return value === min;
    case 'GreaterThan':
      return value <= min;
    case 'LessThan':
      return value >= min;
    case 'GreaterThanOrEqualTo':
      return value < min;
    case 'LessThanOrEqualTo':
      return value > min;
    default:
      return false;
  }
}
