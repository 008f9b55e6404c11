/** Who may issue and revoke which tokens: the admin any role, the secretariat only unit and council tokens. */
import { forbidden } from '../errors';
import { wmsg } from '../messages';
import type { Actor } from './actor';

/** Roles the secretariat may issue and revoke. */
const SECRETARIAT_ISSUES = new Set(['unit', 'council']);

/** 403 unless the caller may issue or revoke a token of `role`. */
export function requireIssuer(actor: Actor, role: string): void {
  if (actor.role === 'admin') return;
  if (actor.role === 'secretariat' && SECRETARIAT_ISSUES.has(role)) return;
  throw actor.role === 'secretariat' ? forbidden(wmsg.cannotIssue(role)) : forbidden();
}
