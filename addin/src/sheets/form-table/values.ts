/** A form table's cell values both ways: dates as Excel serials, list codes as labels, typed text resolved. */
import { sheetRow } from '../../../../shared/messages/people';
import { readBirthDate } from '../nominations/values';
import type { Choice } from './types';

const DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/** "1990-05-02" → Excel's date serial (32995); null for anything else. */
export function isoToSerial(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return Math.round((Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - EPOCH) / DAY);
}

/** A date cell: a serial, "dd/mm/yyyy" (or . -), "yyyy-mm-dd" → ISO; undefined when empty, null when unreadable. */
export const readDate = readBirthDate;

const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');

/** A typed list value: its label or its code, in any case; null when neither. */
export function resolveChoice(list: readonly Choice[], typed: string): Choice | null {
  const t = norm(typed);
  return list.find((c) => norm(c.label) === t) ?? list.find((c) => norm(c.code) === t) ?? null;
}

export const labelOf = (list: readonly Choice[], code: string) =>
  list.find((c) => c.code === code)?.label ?? code;

/** Excel's text prefix stripped: what a text cell written as "'=x" reads back as. */
export const unprefixed = (v: unknown) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v);

/** FNV-1a of a text, in hex: whether a sheet still holds what was written (no security meant). */
export function digest(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * A shared check's message names item i as "Dòng i+2" (one row an item, headings in row 1); on a sheet where
 * the item sits elsewhere (blank rows skipped, a person's extra rows) the message names its own row.
 */
export function atRow(message: string, i: number, row: number): string {
  const named = sheetRow(i);
  return message.startsWith(named) ? sheetRow(row - 2) + message.slice(named.length) : message;
}
