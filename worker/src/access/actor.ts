/** Who is calling: resolved from the bearer token by `auth`, read by routes as `c.get('actor')`. */
import { Role } from '../../../shared/contract/enums';
import { wmsg } from '../messages';

export const ROLES = Role.options;
export type { Role };

export interface Actor {
  /** The token's id; `admin` for the bootstrap ADMIN_TOKEN. */
  tokenId: string;
  role: Role;
  /** The unit code a `unit` token is bound to; null for the other roles. */
  unit: string | null;
  /** The holder's name, as the audit log records it. */
  label: string;
}

/** The id and label of the bootstrap admin (ADMIN_TOKEN from the environment). */
export const BOOTSTRAP_ADMIN = { tokenId: 'admin', label: wmsg.bootstrapAdminLabel } as const;

/** Roles that read every campaign and every sheet. */
export const isStaff = (actor: Actor) => actor.role !== 'unit';
/** Roles that run the process: create plans, appraise, reopen, read the audit log. */
export const isSecretariat = (actor: Actor) => actor.role === 'admin' || actor.role === 'secretariat';
