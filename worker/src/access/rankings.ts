/** Who may read a group's ranking: staff always; a unit only its own groups, once their deadline has passed. */

import { formatVn } from '../../../shared/time';
import type { GroupRow } from '../db/campaigns';
import { wmsg } from '../messages';
import type { Actor } from './actor';

/** Why the caller may not read this group's ranking now; null when it may. */
export function rankingRefusal(actor: Actor, g: GroupRow, members: (unit: string) => boolean, now: number) {
  if (actor.role !== 'unit') return null;
  if (!actor.unit || !members(actor.unit)) return wmsg.rankingNotMember(g.code, g.kind);
  if (g.deadline_at === null) return wmsg.rankingNoDeadline(g.code, g.kind);
  if (now < g.deadline_at) return wmsg.rankingBeforeDeadline(g.code, formatVn(g.deadline_at), g.kind);
  return null;
}
