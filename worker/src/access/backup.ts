/**
 * Who may back up and restore a campaign: the admin only. A backup holds every row as stored (the audit
 * log with its actors, every sheet's history) and a restore writes a whole campaign without the checks of
 * the ordinary writes, so neither is the secretariat's.
 */
import { forbidden } from '../errors';
import { wmsg } from '../messages';
import type { Actor } from './actor';

/** 403 unless the caller is the admin. */
export function requireBackupRight(actor: Actor): void {
  if (actor.role !== 'admin') throw forbidden(wmsg.onlyAdmin);
}
