/**
 * Per-nomination facts the pass reads many times, computed once: the nominee's identity, its standing in the
 * nomination's group and the numeric sort keys of the two orders the contract uses.
 */
import { foldId, foldName, PersonIndex, type PersonKey, personKey } from './identity';
import type { RegistrationData, Standing, StoredNomination } from './types';

/** A nomination with its facts; it is its own person key (the nominee's identity facts, normalised). */
export interface Entry extends PersonKey {
  /** Position in the input. */
  i: number;
  nom: StoredNomination;
  standing: Standing | undefined;
  /** Priority, Infinity when missing (last). */
  priority: number;
  /** Rank in the nomination's group, Infinity when unranked or no group (last). */
  rank: number;
  /** Filing instant in ms, Infinity when unreadable. */
  filed: number;
  seq: number;
  /** Dependency level of the award (ratio rules): lower levels are settled first. */
  level: number;
}

const key = (group: string, unit: string) => `${group}\u0000${unit}`;

/** Standings by group and unit. */
export function indexStandings(standings: readonly Standing[]): Map<string, Standing> {
  return new Map(standings.map((s) => [key(s.group, s.unit), s]));
}

export function buildEntry(
  nom: StoredNomination,
  i: number,
  standings: Map<string, Standing>,
  levels: Map<string, number>,
): Entry {
  const standing = nom.group ? standings.get(key(nom.group, nom.nominee.unit)) : undefined;
  const filed = Date.parse(nom.filedAt);
  return {
    unit: nom.nominee.unit,
    staffId: foldId(nom.nominee.staffId),
    name: foldName(nom.nominee.name),
    birthDate: foldId(nom.nominee.birthDate),
    i,
    nom,
    standing,
    priority: typeof nom.priority === 'number' ? nom.priority : Number.POSITIVE_INFINITY,
    rank: standing?.rank ?? Number.POSITIVE_INFINITY,
    filed: Number.isNaN(filed) ? Number.POSITIVE_INFINITY : filed,
    seq: nom.seq ?? Number.POSITIVE_INFINITY,
    level: levels.get(nom.award) ?? 0,
  };
}

const byId = (a: Entry, b: Entry) => (a.nom.id < b.nom.id ? -1 : a.nom.id > b.nom.id ? 1 : 0);

/** Filing order: filing time, then `seq`, then id. Decides which of two nominations of one nominee came first. */
export function filingOrder(a: Entry, b: Entry): number {
  return cmp(a.filed, b.filed) || cmp(a.seq, b.seq) || byId(a, b);
}

/**
 * Processing order of the limits: award level (see `awardLevels`), then priority ascending, then the rank in
 * the nomination's group, then filing order. Missing keys are Infinity: last.
 */
export function processingOrder(a: Entry, b: Entry): number {
  return (
    cmp(a.level, b.level) ||
    cmp(a.priority, b.priority) ||
    cmp(a.rank, b.rank) ||
    cmp(a.filed, b.filed) ||
    cmp(a.seq, b.seq) ||
    byId(a, b)
  );
}

function cmp(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What each unit and each of its people registered, searchable by the nominee identity. */
export class Registrations {
  private readonly unitAwards = new Map<string, Set<string>>();
  private readonly people = new PersonIndex<PersonKey & { awards: Set<string> }>();

  constructor(list: readonly RegistrationData[]) {
    for (const r of list) {
      const set = this.unitAwards.get(r.unit) ?? new Set<string>();
      for (const a of r.awards) set.add(a);
      this.unitAwards.set(r.unit, set);
      for (const p of r.individuals)
        this.people.add('', { ...personKey({ ...p, unit: r.unit }), awards: new Set(p.awards) });
    }
  }

  /** Whether the nominee registered `award`: the unit itself for a collective, the same person for an individual. */
  registered(e: Entry): boolean {
    if (e.nom.nominee.kind === 'collective')
      return this.unitAwards.get(e.nom.nominee.unit)?.has(e.nom.award) ?? false;
    return this.people.find('', e).some((p) => p.awards.has(e.nom.award));
  }
}
