/**
 * The staff lists of every unit and year, indexed once per pass (decision 0035): a person by (year, unit,
 * staff id), falling back to the folded name and birth date of the contract's identity (`PersonIndex`).
 */
import type { StaffList, StaffMember } from '../contract/staff';
import { PersonIndex, type PersonKey, personKey } from './identity';

export interface StaffRecord extends PersonKey {
  member: StaffMember;
}

const listKey = (year: number, unit: string) => `${year}\u0000${unit}`;

export class StaffIndex {
  private readonly lists = new Map<string, StaffRecord[]>();
  private readonly people = new PersonIndex<StaffRecord>();

  /** A unit's list of a year given twice: the first one counts. */
  constructor(lists: readonly StaffList[]) {
    for (const l of lists) {
      const key = listKey(l.year, l.unit);
      if (this.lists.has(key)) continue;
      const records = l.staff.map((member) => ({ ...personKey({ ...member, unit: l.unit }), member }));
      this.lists.set(key, records);
      for (const r of records) this.people.add(String(l.year), r);
    }
  }

  /** The unit's staff of the year, undefined when it sent no list for that year. */
  list(year: number, unit: string): readonly StaffRecord[] | undefined {
    return this.lists.get(listKey(year, unit));
  }

  /** The person in the unit's list of the year (staff id first, then name and birth date), if any. */
  find(year: number, who: PersonKey): StaffMember | undefined {
    return this.people.first(String(year), who)?.member;
  }
}
