/** What the nominations sheet's cells hold: dates both ways, a nomination's input as "sent", statuses and reasons. */
import type { NominationInput } from '../../../../shared/contract/nominations';
import type { NominationStatus } from '../../api/awards';
import { nominationSheetText as T } from '../../messages/nominations';

/** "1990-05-02" → "02/05/1990". */
export const dateVi = (iso: string | undefined) => {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? `${m[3]}/${m[2]}/${m[1]}` : (iso ?? '');
};

/** The input of a nomination, in one fixed shape and key order: what "sent" stores and compares. */
export function inputOf(n: NominationInput): NominationInput {
  const out: Record<string, unknown> = { award: n.award };
  for (const k of ['movement', 'programme', 'group'] as const) if (n[k]) out[k] = n[k];
  const nominee: Record<string, unknown> = { kind: n.nominee.kind, unit: n.nominee.unit };
  for (const k of ['name', 'staffId', 'birthDate', 'position'] as const)
    if (n.nominee[k]) nominee[k] = n.nominee[k];
  out.nominee = nominee;
  if (n.summary) out.summary = n.summary;
  if (n.priority !== undefined && n.priority !== null) out.priority = n.priority;
  return out as NominationInput;
}

export const sentKey = (n: NominationInput) => JSON.stringify(inputOf(n));

/** Status and reasons as the sheet shows them. */
export const statusLabel = (s: NominationStatus | string) => T.status[s] ?? s;
export const reasonsText = (reasons: readonly string[]) => reasons.join('; ');

/** Reads a birth date: dd/mm/yyyy (or with . or -), yyyy-mm-dd, or an Excel date serial. */
export function readBirthDate(value: unknown): string | null | undefined {
  if (value === '' || value === null || value === undefined) return undefined;
  let y: number;
  let m: number;
  let d: number;
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 1) return null;
    const date = new Date(Date.UTC(1899, 11, 30) + value * 86_400_000);
    [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  } else {
    const s = String(value).trim();
    const vi = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (vi) [d, m, y] = [Number(vi[1]), Number(vi[2]), Number(vi[3])];
    else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    else return null;
  }
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
