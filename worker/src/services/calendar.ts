/**
 * The campaign's calendar (contract `GET …/calendar`) and reopening a milestone that closes an activity
 * (`POST …/milestones/{code}/reopen`, secretariat, audited). A milestone closes at its due time, or at the
 * end of its reopening when that is later — the same rule `requireOpen` (milestones.ts) enforces with 423.
 */
import type { MilestoneState } from '../../../shared/contract/enums';
import { type Milestone, Plan } from '../../../shared/contract/plan';
import { Reopen as MilestoneReopen } from '../../../shared/contract/sheets';
import { formatVn, instantMs, isoVn } from '../../../shared/time';
import type { Actor } from '../access/actor';
import { requireCampaignReader } from '../access/guards';
import { requireSecretariat } from '../access/roles';
import * as audit from '../db/audit';
import * as cal from '../db/calendar';
import { invalid, notFound } from '../errors';
import { wmsg } from '../messages';
import { parseBody, type RawBody } from '../validation';

/** A milestone is `due_soon` when it closes within this time. */
export const DUE_SOON_MS = 7 * 86_400_000;

/** One milestone as the calendar shows it. */
export function milestoneView(m: Milestone, reopen: cal.ReopenRow | undefined, now: number) {
  const due = instantMs(m.due);
  const closesAt = Math.max(due, reopen?.until_at ?? 0);
  const state: MilestoneState =
    now >= closesAt ? 'closed' : closesAt - now <= DUE_SOON_MS ? 'due_soon' : 'upcoming';
  return {
    code: m.code,
    title: m.title,
    due: m.due,
    dueAt: isoVn(due),
    quarter: m.quarter ?? null,
    details: m.details ?? [],
    closes: m.closes ?? null,
    closesLabel: m.closes ? wmsg.closesLabel[m.closes] : null,
    closesAt: isoVn(closesAt),
    state,
    stateLabel: wmsg.milestoneState[state],
    reopened: reopen
      ? {
          until: isoVn(reopen.until_at),
          reason: reopen.reason,
          reopenedAt: isoVn(reopen.reopened_at),
          reopenedBy: reopen.reopened_by,
        }
      : null,
  };
}

/** Every milestone of the plan, ordered by due time (plan order among equal times). */
export function calendarOf(plan: Plan, reopens: readonly cal.ReopenRow[], now: number) {
  const byCode = new Map(reopens.map((r) => [r.milestone, r]));
  const ordered = plan.milestones
    .map((m, i) => ({ m, i, due: instantMs(m.due) }))
    .sort((a, b) => a.due - b.due || a.i - b.i);
  return ordered.map(({ m }) => milestoneView(m, byCode.get(m.code), now));
}

async function planOr404(db: D1Database, campaign: string) {
  const found = await cal.planAndReopens(db, campaign);
  if (!found) throw notFound(wmsg.unknownCampaign(campaign));
  return { plan: Plan.parse(JSON.parse(found.document)), reopens: found.reopens };
}

export async function readCalendar(db: D1Database, actor: Actor, campaign: string, now: number) {
  const { plan, reopens } = await planOr404(db, campaign);
  await requireCampaignReader(db, campaign, actor);
  return { campaign, milestones: calendarOf(plan, reopens, now) };
}

export async function reopenMilestone(
  db: D1Database,
  actor: Actor,
  key: { campaign: string; milestone: string },
  readBody: RawBody,
  now: number,
) {
  const { plan, reopens } = await planOr404(db, key.campaign);
  const m = plan.milestones.find((x) => x.code === key.milestone);
  if (!m) throw notFound(wmsg.unknownMilestone(key.milestone));
  requireSecretariat(actor);
  const body = await parseBody(MilestoneReopen, readBody);
  const until = instantMs(body.until);
  const problems = [];
  if (!m.closes)
    problems.push({ path: '', code: 'closes_nothing', message: wmsg.milestoneClosesNothing(m.code) });
  if (until <= now)
    problems.push({ path: '/until', code: 'not_in_future', message: wmsg.reopenUntilPast(formatVn(until)) });
  else if (m.closes && until <= instantMs(m.due))
    problems.push({
      path: '/until',
      code: 'not_after_due',
      message: wmsg.reopenBeforeDue(m.code, formatVn(until), formatVn(instantMs(m.due))),
    });
  if (problems.length > 0) throw invalid(problems);
  const row: cal.ReopenRow = {
    milestone: m.code,
    until_at: until,
    reason: body.reason,
    reopened_at: now,
    reopened_by: actor.label,
  };
  const before = reopens.find((r) => r.milestone === m.code);
  await db.batch([
    cal.upsertReopen(db, {
      campaign: key.campaign,
      milestone: m.code,
      until,
      reason: body.reason,
      at: now,
      by: actor.label,
    }),
    audit.record(db, {
      at: now,
      actor,
      action: 'milestone.reopen',
      target: m.code,
      campaign: key.campaign,
      detail: { until: body.until, reason: body.reason, previousUntil: isoVn(before?.until_at) },
    }),
  ]);
  return milestoneView(m, row, now);
}
