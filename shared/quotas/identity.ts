/**
 * Who is the same nominee (contract: "Nominations and quotas"). Two individuals are the same person when the
 * unit matches and, if both have a staff id, the staff ids match; otherwise when their folded names match and
 * their birth dates do not differ (a missing one is no difference). A collective is its unit.
 */
import { foldText } from '../text';
import { upsert } from './maps';

/** The facts identity reads from a nominee or a registered individual. */
export interface PersonFacts {
  unit: string;
  name?: string | null;
  staffId?: string | null;
  birthDate?: string | null;
}

/** A person's identity facts, normalised once. */
export interface PersonKey {
  unit: string;
  /** Folded staff id, or null when there is none. */
  staffId: string | null;
  /** Folded name ('' when there is none: such a person matches nobody by name). */
  name: string;
  /** Folded birth date, or null. */
  birthDate: string | null;
}

/**
 * Folds a name for comparison (shared/text.ts `foldText`): NFC, without invisible and format characters (a
 * soft hyphen or a zero-width space pasted from a document is not another person), inner runs of white space
 * collapsed to one space (a double space typed by mistake is not another person either), trimmed, lower
 * case. "  NGUYỄN\u00AD  Văn An" → "nguyễn văn an". The plain `toLowerCase()` equals
 * `toLocaleLowerCase('vi')` on every string (Unicode tailors only Lithuanian, Turkish and Azeri; a test
 * checks it) and is several times faster, which matters at 100,000 nominations.
 */
export const foldName = foldText;

/**
 * A staff id folded the same way (invisible characters, spacing and case ignored: "nv\u200B 01" is NV 01),
 * or null when none is left.
 */
export const foldId = (s: string | null | undefined): string | null => {
  const t = foldText(s);
  return t ? t : null;
};

export function personKey(p: PersonFacts): PersonKey {
  return {
    unit: p.unit,
    staffId: foldId(p.staffId),
    name: foldName(p.name),
    birthDate: foldId(p.birthDate),
  };
}

/** The contract's person identity. Not transitive: "An" without a birth date matches both An 1980 and An 1990. */
export function samePerson(a: PersonKey, b: PersonKey): boolean {
  if (a.unit !== b.unit) return false;
  if (a.staffId !== null && b.staffId !== null) return a.staffId === b.staffId;
  if (a.name === '' || a.name !== b.name) return false;
  return a.birthDate === null || b.birthDate === null || a.birthDate === b.birthDate;
}

/**
 * A set of people, searchable by identity in near-constant time: by staff id, and by folded name for the
 * comparisons that fall back to names. `scope` partitions the set (e.g. by movement); the unit always does.
 * Values are their own keys (anything with the identity facts).
 */
export class PersonIndex<T extends PersonKey> {
  private readonly buckets = new Map<string, Map<string, Bucket<T>>>();

  add(scope: string, person: T): void {
    const units = upsert(this.buckets, scope, () => new Map<string, Bucket<T>>());
    const bucket = upsert(units, person.unit, (): Bucket<T> => ({ byStaff: new Map(), byName: new Map() }));
    if (person.staffId !== null) push(bucket.byStaff, person.staffId, person);
    if (person.name !== '') push(bucket.byName, person.name, person);
  }

  /** Every stored person who is the same as `key`: first those with its staff id, then by name. */
  find(scope: string, key: PersonKey): T[] {
    const found: T[] = [];
    this.match(scope, key, found);
    return found;
  }

  /** The first stored person who is the same as `key` (staff id matches first), if any. */
  first(scope: string, key: PersonKey): T | undefined {
    return this.match(scope, key, null);
  }

  has(scope: string, key: PersonKey): boolean {
    return this.match(scope, key, null) !== undefined;
  }

  /** Returns the first match, or with `all` collects every match into it. */
  private match(scope: string, key: PersonKey, all: T[] | null): T | undefined {
    const bucket = this.buckets.get(scope)?.get(key.unit);
    if (!bucket) return undefined;
    if (key.staffId !== null) {
      const slot = bucket.byStaff.get(key.staffId);
      for (const p of slot === undefined ? [] : Array.isArray(slot) ? slot : [slot]) {
        if (!all) return p;
        all.push(p);
      }
    }
    if (key.name === '') return all?.[0];
    const slot = bucket.byName.get(key.name);
    for (const p of slot === undefined ? [] : Array.isArray(slot) ? slot : [slot]) {
      // People with a staff id were matched above (same id) or are someone else (another id).
      if (key.staffId !== null && p.staffId !== null) continue;
      if (!samePerson(key, p)) continue;
      if (!all) return p;
      all.push(p);
    }
    return all?.[0];
  }
}

/** One person per key, or several once a second arrives (most keys hold one: no array for them). */
interface Bucket<T> {
  byStaff: Map<string, T | T[]>;
  byName: Map<string, T | T[]>;
}

function push<T>(map: Map<string, T | T[]>, key: string, value: T): void {
  const slot = map.get(key);
  if (slot === undefined) map.set(key, value);
  else if (Array.isArray(slot)) slot.push(value);
  else map.set(key, [slot, value]);
}
