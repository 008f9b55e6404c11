/**
 * Milestones that close an activity (`closes`: registration, nominations): past their due time, writes of
 * that kind get 423 unless the secretariat reopened the milestone until a later time.
 */
import type { MilestoneCloses } from '../../../shared/contract/enums';
import type { Plan } from '../../../shared/contract/plan';
import { formatVn, instantMs, isoVn } from '../../../shared/time';
import { locked } from '../errors';
import { wmsg } from '../messages';

/** Throws 423 when a milestone closing `activity` has passed and is not reopened at `now`. */
export function requireOpen(
  plan: Plan,
  reopens: readonly { milestone: string; until_at: number }[],
  activity: MilestoneCloses,
  now: number,
): void {
  const until = new Map(reopens.map((r) => [r.milestone, r.until_at]));
  for (const m of plan.milestones ?? []) {
    if (m.closes !== activity) continue;
    const due = instantMs(m.due);
    if (now < due) continue;
    const reopened = until.get(m.code);
    if (reopened !== undefined && now < reopened) continue;
    const when = formatVn(Math.max(due, reopened ?? 0));
    const detail =
      activity === 'nominations'
        ? wmsg.nominationsClosed(m.title, when)
        : wmsg.registrationClosed(m.title, when);
    throw locked(detail, { locksAt: isoVn(Math.max(due, reopened ?? 0)) });
  }
}
