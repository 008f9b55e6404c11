/**
 * A unit's facts against what the database already knows (decision 0027): a plan or an amendment may list a
 * known unit only with the facts it has; a fact left out is taken from the unit, a different one is refused
 * (422 naming the unit and the fact) — changing it is a unit update (`PUT /units/{unit}`).
 */
import type { Unit } from '../../../../shared/contract/plan';
import { type Problem, pointer } from '../../../../shared/problems';
import type { UnitRow } from '../../db/units';
import { wmsg } from '../../messages';

export const FACTS = [
  ['name', 'name'],
  ['kind', 'kind'],
  ['parent', 'parent'],
  ['womenShare', 'women_share'],
] as const;

/** Every fact `listed` gives that differs from the known unit's (none when the unit is new). */
export function unitConflicts(
  listed: Unit,
  known: UnitRow | undefined,
  at: readonly PropertyKey[],
): Problem[] {
  if (!known) return [];
  return FACTS.flatMap(([field, column]) => {
    const value = listed[field];
    if (value === undefined || value === known[column]) return [];
    return [
      {
        path: pointer([...at, field]),
        code: 'unit_changed',
        message: wmsg.unitChanged(listed.code, field, known[column], value),
      },
    ];
  });
}

/** `listed` with the facts it leaves out taken from the known unit. */
export function completeUnit(listed: Unit, known: UnitRow | undefined): Unit {
  if (!known) return listed;
  return {
    ...listed,
    ...(listed.kind === undefined && known.kind !== null ? { kind: known.kind as Unit['kind'] } : {}),
    ...(listed.parent === undefined && known.parent !== null ? { parent: known.parent } : {}),
    ...(listed.womenShare === undefined && known.women_share !== null
      ? { womenShare: known.women_share }
      : {}),
  };
}

/** Checks a list of units against the database: the problems, and the units completed. */
export function checkUnits(
  listed: readonly Unit[],
  known: readonly UnitRow[],
  at: (index: number) => readonly PropertyKey[],
): { problems: Problem[]; units: Unit[] } {
  const byCode = new Map(known.map((k) => [k.code, k]));
  const problems = listed.flatMap((u, i) => unitConflicts(u, byCode.get(u.code), at(i)));
  return { problems, units: listed.map((u) => completeUnit(u, byCode.get(u.code))) };
}
