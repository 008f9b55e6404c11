/**
 * Loads the demo's council meeting (shared/demo/council.ts) through the public API once the year's
 * nominations are in: a snapshot frozen, the meeting opened on it, the ballots recorded (one below the
 * threshold), the list decided, the meeting closed — so every paper can be downloaded after `npm start`.
 * Skipped when the campaign has a meeting already.
 */
import type { MeetingList, MeetingView } from '../shared/contract/meetings';
import { DEMO_LIST_REFUSAL, demoBallot, demoMeeting } from '../shared/demo/council';

type Api = (method: string, path: string, body?: unknown) => Promise<{ status: number; body: unknown }>;

const must = (what: string, r: { status: number; body: unknown }, ok: number[]) => {
  if (!ok.includes(r.status))
    throw new Error(`${what}: HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 500)}`);
  return r;
};

export interface MeetingDemoResult {
  ballots: number;
  proposed: number;
  notProposed: number;
}

/** Seeds the meeting unless one exists; null when skipped. */
export async function seedMeetingDemo(call: Api, code: string): Promise<MeetingDemoResult | null> {
  const c = `/campaigns/${encodeURIComponent(code)}`;
  const list = must('GET meetings', await call('GET', `${c}/meetings`), [200]).body as MeetingList;
  if (list.meetings.length > 0) return null;
  const snap = must('POST snapshot', await call('POST', `${c}/snapshots`), [201]).body as { id: string };
  const m = must('POST meeting', await call('POST', `${c}/meetings`, demoMeeting(snap.id)), [201])
    .body as MeetingView;
  const M = `${c}/meetings/${encodeURIComponent(m.id)}`;
  const byBallot = m.proposals.filter((p) => p.ballot !== null);
  const byList = m.proposals.filter((p) => p.ballot === null);
  if (byBallot.length)
    must(
      'PUT ballots',
      await call('PUT', `${M}/ballots`, {
        results: byBallot.map((p, i) => ({ nomination: p.id, ...demoBallot(i) })),
      }),
      [200],
    );
  if (byList.length)
    must(
      'PUT list',
      await call('PUT', `${M}/list`, {
        items: byList.map((p, i) =>
          i === byList.length - 1 && byList.length > 1
            ? { nomination: p.id, propose: false, reason: DEMO_LIST_REFUSAL }
            : { nomination: p.id, propose: true },
        ),
      }),
      [200],
    );
  const closed = must('POST close', await call('POST', `${M}/close`), [200]).body as MeetingView;
  return {
    ballots: byBallot.length,
    proposed: closed.counts.proposed,
    notProposed: closed.counts.not_proposed,
  };
}
