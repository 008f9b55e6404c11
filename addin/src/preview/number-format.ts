/**
 * How a cell's value is shown under its number format, in the Vietnamese locale Excel uses for the sheets
 * (decimal comma, thousands dot): the formats the add-in writes — "General", "@", "0", "0.00", "#,##0",
 * "#,##0.00", "0%", "0.0%". Another format falls back to "General", which is what the preview can promise.
 */
import type { CellValue } from './sheet';

const DECIMAL = ',';
const THOUSANDS = '.';

/** "0.0%" → 1 decimal, percent, no grouping; null for a format this renderer does not know. */
function parseFormat(format: string): { decimals: number; grouped: boolean; percent: boolean } | null {
  const m = /^(#,##)?0(?:\.(0+))?(%)?$/.exec(format);
  if (!m) return null;
  return { decimals: m[2]?.length ?? 0, grouped: m[1] !== undefined, percent: m[3] !== undefined };
}

/** Digits with a fixed number of decimals; toPrecision first so 0.7143 × 100 rounds as 71.43, not 71.4299…. */
function fixed(v: number, decimals: number, grouped: boolean): string {
  const [int = '0', frac] = Math.abs(Number(v.toPrecision(15)))
    .toFixed(decimals)
    .split('.');
  const head = grouped ? int.replace(/\B(?=(\d{3})+(?!\d))/g, THOUSANDS) : int;
  const sign = v < 0 && /[1-9]/.test(int + (frac ?? '')) ? '-' : '';
  return sign + head + (frac ? DECIMAL + frac : '');
}

/** Excel's "General" for a number: up to 10 significant digits, trailing zeros dropped, no grouping. */
export function generalNumber(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const s = String(Number(v.toPrecision(10)));
  if (/e/i.test(s)) return s.replace('.', DECIMAL).toUpperCase();
  return s.replace('.', DECIMAL);
}

/** The date format the add-in writes ("dd/mm/yyyy"), which Excel shows and reads as a day. */
export const DATE_FORMAT = 'dd/mm/yyyy';
const DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/** "02/05/1990" typed under a date format: Excel's serial of that day (Vietnamese order); null when not a day. */
export function readDateText(text: string): number | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCDate() !== d || back.getUTCMonth() !== mo - 1) return null;
  return Math.round((t - EPOCH) / DAY);
}

/** The text a cell shows for `value` under `format`. */
export function formatValue(value: CellValue, format: string): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value !== 'number') return value;
  if (format === '@') return generalNumber(value);
  if (format === DATE_FORMAT && Number.isInteger(value)) {
    const d = new Date(EPOCH + value * DAY);
    const two = (n: number) => String(n).padStart(2, '0');
    return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  }
  const f = parseFormat(format);
  if (!f) return generalNumber(value);
  if (f.percent) return `${fixed(value * 100, f.decimals, f.grouped)} %`;
  return fixed(value, f.decimals, f.grouped);
}

/**
 * The number a person means by `text` in the Vietnamese locale: "6,5", "6.5" (the add-in's own sheets
 * accept both), "-2", "71,4%" (a percentage, 0.714); null when it is no number.
 */
export function readNumber(text: string): number | null {
  const t = text.trim();
  const m = /^([-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+))\s*(%)?$/.exec(t);
  if (!m) return null;
  const n = Number(m[1]!.replace(',', '.'));
  return m[2] ? n / 100 : n;
}

/** What the formula bar shows for a cell's value, as Excel's in the Vietnamese locale: 6,5 and 71,43%. */
export function editText(value: CellValue, format: string): string {
  if (typeof value !== 'number') return formatValue(value, format);
  return parseFormat(format)?.percent ? `${generalNumber(value * 100)}%` : generalNumber(value);
}
