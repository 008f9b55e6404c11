/**
 * Who may file, correct and withdraw which nomination (contract's role table): a unit its own collective and
 * staff, a movement's responsible unit anyone under that movement, the secretariat anyone; priorities only
 * from the secretariat and the responsible unit; the council reads.
 */
import type { NominationInput } from '../../../shared/contract/nominations';
import type { Plan } from '../../../shared/contract/plan';
import { forbidden } from '../errors';
import { wmsg } from '../messages';
import { type Actor, isSecretariat } from './actor';

/** Movements whose responsible unit is the caller. */
export function responsibleMovements(plan: Plan, actor: Actor): Set<string> {
  if (actor.role !== 'unit') return new Set();
  return new Set(plan.movements.filter((m) => m.responsibleUnit === actor.unit).map((m) => m.code));
}

type Refs = Pick<NominationInput, 'movement' | 'nominee'>;

/** Whether the caller may see and handle a nomination with these references. */
export function handles(actor: Actor, responsible: Set<string>, n: Refs): boolean {
  if (isSecretariat(actor)) return true;
  if (actor.role !== 'unit') return false;
  return n.nominee.unit === actor.unit || (!!n.movement && responsible.has(n.movement));
}

/** Whether the caller may read it (the council reads everything). */
export const reads = (actor: Actor, responsible: Set<string>, n: Refs) =>
  actor.role === 'council' || handles(actor, responsible, n);

/** 403 unless the caller may file this nomination and set its priority (when it carries one). */
export function requireFiler(actor: Actor, responsible: Set<string>, n: Refs, setsPriority: boolean): void {
  if (actor.role === 'council') throw forbidden(wmsg.councilReadsOnly);
  if (!handles(actor, responsible, n)) throw forbidden(wmsg.nominateOwnOnly(n.nominee.unit));
  if (setsPriority && !isSecretariat(actor) && !(n.movement && responsible.has(n.movement)))
    throw forbidden(wmsg.priorityForbidden);
}
