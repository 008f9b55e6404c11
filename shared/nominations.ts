/**
 * Checks of nominations and registrations against the plan that their schemas (shared/contract/) cannot
 * express (unknown codes, programme, nominee kind, group membership), each problem with its JSON Pointer and
 * a Vietnamese message, for 422 answers; and how a PATCH merges over a stored nomination.
 */
import type { NomineeKind } from './contract/enums';
import type { NominationInput, NominationPatch } from './contract/nominations';
import type { Plan } from './contract/plan';
import type { Registration } from './contract/registrations';
import { msg } from './messages';
import { type Problem, pointer } from './problems';
import { PersonIndex, type PersonKey, personKey } from './quotas/identity';
import { awardName, indexPlan, type PlanIndex } from './quotas/plan-index';

/** A nomination as far as the plan checks read it: request bodies and stored rows alike (null = absent). */
export interface NominationRefs {
  award: string;
  movement?: string | null;
  programme?: string | null;
  group?: string | null;
  nominee: { kind: NomineeKind; unit: string; name?: string | null };
}

/**
 * Applies a PATCH to a stored nomination: fields sent replace, `null` clears, absent keeps; nominee fields are
 * merged one by one. The result must pass `checkNominationRef` again.
 */
export function mergeNominationPatch(current: NominationInput, patch: NominationPatch): NominationInput {
  const out: Record<string, unknown> = { ...current };
  for (const [k, v] of Object.entries(patch)) {
    if (k === 'nominee' || v === undefined) continue;
    if (v === null) delete out[k];
    else out[k] = v;
  }
  const nominee: Record<string, unknown> = { ...current.nominee };
  for (const [k, v] of Object.entries(patch.nominee ?? {})) {
    if (v === undefined) continue;
    if (v === null) delete nominee[k];
    else nominee[k] = v;
  }
  out.nominee = nominee;
  return out as NominationInput;
}

/**
 * Checks a batch of nominations against the plan; paths are `${basePath}/${i}/…`. Every problem is listed:
 * unknown award, movement, programme, group or unit; a missing or foreign programme; a nominee of the wrong
 * kind for the award; an individual without a name; an award the movement does not consider; an award governed
 * by a group rule without `group`; a nominee unit that is not a member of the group.
 */
export function checkNominationRefs(
  plan: Plan | PlanIndex,
  items: readonly NominationRefs[],
  basePath = '/items',
): Problem[] {
  const ix = 'plan' in plan ? plan : indexPlan(plan);
  return items.flatMap((item, i) => checkNominationRef(ix, item, `${basePath}/${i}`));
}

/** Checks one nomination (a PATCH merged over the stored one, say); paths are `${basePath}/…`. */
export function checkNominationRef(plan: Plan | PlanIndex, item: NominationRefs, basePath = ''): Problem[] {
  const ix = 'plan' in plan ? plan : indexPlan(plan);
  const problems: Problem[] = [];
  const add = (path: readonly PropertyKey[], code: string, message: string) =>
    problems.push({ path: basePath + pointer(path), code, message });

  const award = ix.awards.get(item.award);
  if (!award) add(['award'], 'unknown_award', msg.unknownRef('award', item.award));
  const unitKnown = ix.units.has(item.nominee.unit);
  if (!unitKnown) add(['nominee', 'unit'], 'unknown_unit', msg.unknownRef('unit', item.nominee.unit));
  if (award && award.nominee !== 'any' && award.nominee !== item.nominee.kind)
    add(['nominee', 'kind'], 'nominee_kind', msg.nominationKindMismatch(award.name, award.nominee));
  if (item.nominee.kind === 'individual' && !item.nominee.name?.trim())
    add(['nominee', 'name'], 'name_required', msg.nominationNameRequired());

  const movement = item.movement ? ix.movements.get(item.movement) : undefined;
  if (item.movement && !movement)
    add(['movement'], 'unknown_movement', msg.unknownRef('movement', item.movement));
  if (movement) {
    if (award && movement.awards && !movement.awards.includes(award.code))
      add(['award'], 'award_not_in_movement', msg.nominationAwardNotInMovement(award.name, movement.code));
    if (movement.programmes.length > 0 && !item.programme)
      add(['programme'], 'programme_required', msg.nominationProgrammeRequired(movement.code));
    if (item.programme && !movement.programmes.some((p) => p.code === item.programme))
      add(
        ['programme'],
        'unknown_programme',
        msg.nominationProgrammeNotInMovement(item.programme, movement.code),
      );
  } else if (item.programme && !item.movement) {
    add(['programme'], 'unknown_programme', msg.nominationProgrammeWithoutMovement(item.programme));
  }

  if (item.group) {
    const members = ix.members.get(item.group);
    if (!members) add(['group'], 'unknown_group', msg.unknownRef('group', item.group));
    else if (unitKnown && !members.has(item.nominee.unit))
      add(['group'], 'not_member', msg.nominationNotMember(item.nominee.unit, item.group));
  } else if (award && ix.groupBound.has(award.code)) {
    add(['group'], 'group_required', msg.nominationGroupRequired(award.name));
  }
  return problems;
}

/**
 * Checks a registration against the plan: unknown or repeated award codes; an award registered for the wrong
 * kind (a collective title for a person or the reverse); the same person listed twice (same identity as
 * nominations use, without birth dates).
 */
export function checkRegistrationRefs(plan: Plan | PlanIndex, unit: string, body: Registration): Problem[] {
  const ix = 'plan' in plan ? plan : indexPlan(plan);
  const problems: Problem[] = [];
  const checkAwards = (awards: readonly string[], at: readonly PropertyKey[], kind: NomineeKind) => {
    const seen = new Set<string>();
    awards.forEach((a, i) => {
      const award = ix.awards.get(a);
      const path = pointer([...at, i]);
      if (seen.has(a))
        problems.push({ path, code: 'duplicate_code', message: msg.duplicateCode('award', a) });
      seen.add(a);
      if (!award) problems.push({ path, code: 'unknown_award', message: msg.unknownRef('award', a) });
      else if (award.nominee !== 'any' && award.nominee !== kind)
        problems.push({
          path,
          code: 'nominee_kind',
          message: msg.registrationAwardKind(awardName(ix, a), kind),
        });
    });
  };
  checkAwards(body.awards, ['awards'], 'collective');
  const people = new PersonIndex<PersonKey>();
  body.individuals.forEach((p, i) => {
    checkAwards(p.awards, ['individuals', i, 'awards'], 'individual');
    const key = personKey({ unit, name: p.name, staffId: p.staffId });
    if (people.has('', key))
      problems.push({
        path: pointer(['individuals', i]),
        code: 'duplicate_person',
        message: msg.registrationDuplicatePerson(p.name),
      });
    else people.add('', key);
  });
  return problems;
}
