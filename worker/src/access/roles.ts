/**
 * The role checks services share (the contract's role table), each a named 403: staff-only reads, the
 * secretariat's own actions, a group's writes (its lead unit or the secretariat), a unit's own records.
 * Services call these after their 404 lookups; no service tests `actor.role` for a right itself.
 */
import { forbidden } from '../errors';
import { wmsg } from '../messages';
import { type Actor, isSecretariat } from './actor';
import { isUnit } from './guards';

/** 403 for a unit token: the read is for the secretariat, the council and the admin (`message` says which). */
export function requireStaff(actor: Actor, message: string = wmsg.staffOnlyReads): void {
  if (actor.role === 'unit') throw forbidden(message);
}

/** 403 unless the caller is the secretariat or the admin. */
export function requireSecretariat(actor: Actor): void {
  if (!isSecretariat(actor)) throw forbidden(wmsg.onlySecretariat);
}

/** Whether the caller is the lead unit of a group whose lead is `lead`. */
export const isLeadUnit = (actor: Actor, lead: string | null) => actor.role === 'unit' && actor.unit === lead;

/** 403 unless the caller is the group's lead unit or the secretariat (`message` names the act). */
export function requireLeadOrSecretariat(actor: Actor, lead: string | null, message: string): void {
  if (!isSecretariat(actor) && !isLeadUnit(actor, lead)) throw forbidden(message);
}

/** 403 unless the caller is the unit itself or the secretariat (`message` names the act). */
export function requireUnitOrSecretariat(actor: Actor, unit: string, message: string): void {
  if (!isSecretariat(actor) && !isUnit(actor, unit)) throw forbidden(message);
}

/** 403 for the council, which reads but never changes. */
export function requireNotCouncil(actor: Actor): void {
  if (actor.role === 'council') throw forbidden(wmsg.councilReadsOnly);
}
