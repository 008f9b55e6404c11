/**
 * Loads the second half of the demo (shared/demo/year-end.ts) through the public API, as the people concerned
 * would enter it: KHOI-BV's vote once its ranking is known, the registrations, a recorded covenant, the
 * nominations. The plan's milestones closed registrations (Q1-DK) and nominations (Q4-DN) in 2023, so the
 * secretariat reopens them as it would (POST …/milestones/{code}/reopen, audited): registrations for a few
 * minutes, to enter the year's registrations late, nominations for a year, so a visitor can try filing.
 */
import type { PlanInput } from '../shared/contract/plan';
import { COVENANT, REOPEN, VOTE_GROUP, yearEndDemo } from '../shared/demo/year-end';

type Api = (method: string, path: string, body?: unknown) => Promise<{ status: number; body: unknown }>;

const must = (what: string, r: { status: number; body: unknown }, ok: number[]) => {
  if (!ok.includes(r.status))
    throw new Error(`${what}: HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 500)}`);
  return r;
};

const isoIn = (ms: number) => new Date(Date.now() + ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const DAY = 86_400_000;

export interface AwardsDemoResult {
  registrations: number;
  nominations: number;
  leader: string;
}

/** Whether the campaign has nothing of this half yet (no registration, nomination or vote). */
export async function awardsDemoMissing(call: Api, code: string): Promise<boolean> {
  const c = `/campaigns/${encodeURIComponent(code)}`;
  const regs = must('GET registrations', await call('GET', `${c}/registrations`), [200]).body as {
    registrations: unknown[];
  };
  const noms = must('GET nominations', await call('GET', `${c}/nominations`), [200]).body as {
    items: unknown[];
  };
  const votes = must('GET votes', await call('GET', `${c}/groups/${VOTE_GROUP}/votes`), [200]).body as {
    rounds: unknown[];
  };
  return regs.registrations.length === 0 && noms.items.length === 0 && votes.rounds.length === 0;
}

/** Loads the votes, registrations, covenant and nominations (as admin, on the units' behalf). */
export async function seedAwardsDemo(call: Api, plan: PlanInput): Promise<AwardsDemoResult> {
  const c = `/campaigns/${encodeURIComponent(plan.campaign.code)}`;
  const reopen = async (step: (typeof REOPEN)[keyof typeof REOPEN], ms: number) =>
    must(
      `reopen ${step.milestone}`,
      await call('POST', `${c}/milestones/${step.milestone}/reopen`, {
        until: isoIn(ms),
        reason: step.reason,
      }),
      [200],
    );

  const ranking = must(
    `GET ranking ${VOTE_GROUP}`,
    await call('GET', `${c}/groups/${VOTE_GROUP}/ranking`),
    [200],
  ).body as { rows: { unit: string; rank: number | null }[] };
  const [leader, runnerUp] = ranking.rows.filter((r) => r.rank !== null).map((r) => r.unit);
  if (!leader || !runnerUp) throw new Error(`demo: ${VOTE_GROUP} has fewer than two ranked units`);
  const demo = yearEndDemo(leader, runnerUp);
  must(`PUT votes ${VOTE_GROUP}/1`, await call('PUT', `${c}/groups/${VOTE_GROUP}/votes/1`, demo.vote), [200]);

  // Registrations, entered late: the registration milestone reopened for a few minutes.
  await reopen(REOPEN.registrations, 10 * 60_000);
  for (const [unit, body] of Object.entries(demo.registrations))
    must(`PUT registration ${unit}`, await call('PUT', `${c}/units/${unit}/registration`, body), [200]);

  const { group, ...covenant } = COVENANT;
  must(`PUT covenant ${group}`, await call('PUT', `${c}/groups/${group}/covenant`, covenant), [200]);

  // Nominations: the nominations milestone reopened for a year, then filed on the units' behalf.
  await reopen(REOPEN.nominations, 365 * DAY);
  const filed = must(
    'POST nominations',
    await call('POST', `${c}/nominations`, { items: demo.nominations }),
    [201],
  ).body as { items: unknown[] };
  return {
    registrations: Object.keys(demo.registrations).length,
    nominations: filed.items.length,
    leader,
  };
}
