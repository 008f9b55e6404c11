/**
 * A person's facts come from the staff list (issue 14: never typed twice). An individual nominee or a
 * registered individual with a `staffId` of a unit that has a list of the campaign's year takes its name,
 * birth date and position from the list where the request leaves them out; one it gives must agree (422
 * naming the field); a staffId not in the list is 422 ("không có trong danh sách cán bộ"). A unit without a
 * list is left as it was: the facts are the request's.
 */

import type { Problem } from '../../../shared/problems';
import { foldId, foldName } from '../../../shared/quotas/identity';
import { peopleByIds } from '../db/staff';
import { wmsg } from '../messages';

export interface PersonFields {
  name?: string | undefined;
  staffId?: string | undefined;
  birthDate?: string | undefined;
  position?: string | undefined;
}

export interface PersonAt<P extends PersonFields> {
  unit: string;
  person: P;
  /** The JSON Pointer of the person in the request (`/items/0/nominee`). */
  path: string;
  /** The fields the request may leave for the list to fill (others must only agree). */
  fill: readonly ('name' | 'birthDate' | 'position')[];
}

const FIELDS = ['name', 'birthDate', 'position'] as const;
const same = (field: string, a: string, b: string) =>
  field === 'birthDate' ? a === b : foldName(a) === foldName(b);

/** The people with their facts filled from the lists, and every problem found. */
export async function withStaffFacts<P extends PersonFields>(
  db: D1Database,
  year: number,
  people: readonly PersonAt<P>[],
): Promise<{ people: P[]; problems: Problem[] }> {
  const named = people.filter((p) => foldId(p.person.staffId) !== null);
  if (!named.length) return { people: people.map((p) => p.person), problems: [] };
  const found = await peopleByIds(
    db,
    year,
    named.map((p) => [p.unit, foldId(p.person.staffId)!]),
  );
  const problems: Problem[] = [];
  const out = people.map(({ unit, person, path, fill }) => {
    const key = foldId(person.staffId);
    if (key === null || !found.listed.has(unit)) return person;
    const listed = found.people.get(`${unit}\u0000${key}`);
    if (!listed) {
      problems.push({
        path: `${path}/staffId`,
        code: 'not_in_staff_list',
        message: wmsg.staffNotInList(person.staffId!, unit, year),
      });
      return person;
    }
    const filled: P = { ...person, staffId: listed.staffId };
    for (const field of FIELDS) {
      const value = listed[field];
      const sent = person[field];
      if (value === undefined) continue;
      if (sent === undefined) {
        if (fill.includes(field)) filled[field] = value as P[typeof field];
      } else if (!same(field, sent, value))
        problems.push({
          path: `${path}/${field}`,
          code: 'differs_from_staff_list',
          message: wmsg.staffFactDiffers(wmsg.staffField[field] ?? field, sent, value, listed.staffId),
        });
    }
    return filled;
  });
  return { people: out, problems };
}

/** Nominations with their individual nominees' facts from the staff lists; paths `${basePath}/i/nominee`. */
export async function nomineesWithFacts<T extends { nominee: PersonFields & { kind: string; unit: string } }>(
  db: D1Database,
  year: number,
  items: readonly T[],
  basePath: string,
): Promise<{ items: T[]; problems: Problem[] }> {
  const at = items.flatMap((item, i) =>
    item.nominee.kind === 'individual'
      ? [{ i, unit: item.nominee.unit, person: item.nominee, path: `${basePath}/${i}/nominee`, fill: FIELDS }]
      : [],
  );
  const { people, problems } = await withStaffFacts(db, year, at);
  const out = [...items];
  at.forEach((a, k) => {
    out[a.i] = { ...items[a.i]!, nominee: people[k]! };
  });
  return { items: out, problems };
}
