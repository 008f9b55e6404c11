/**
 * The demo's council meeting loads through the public API as `npm start` sends it: `seedDemo`
 * (scripts/seed-demo.ts) runs whole — sheets, people, the year's end, then the meeting
 * (scripts/seed-demo-meeting.ts) — against the Worker in workerd (its `fetch` routed to `SELF`). The meeting
 * is closed with a ballot below the threshold, not proposed for the reason the rule gives, and the list's
 * refusal; every paper listed downloads in every format; a second load adds nothing.
 */
import { env, SELF } from 'cloudflare:test';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seedDemo } from '../../scripts/seed-demo';
import { seedMeetingDemo } from '../../scripts/seed-demo-meeting';
import type { MeetingList, MeetingView } from '../../shared/contract/meetings';
import { Plan } from '../../shared/contract/plan';
import { brvt2023 } from '../../shared/demo/brvt-2023';
import { DEMO_LIST_REFUSAL } from '../../shared/demo/council';
import { ballotRuleOf } from '../../shared/meetings';
import { call, checked } from '../../worker/test/helpers';

const code = brvt2023.campaign.code;
const C = `/campaigns/${encodeURIComponent(code)}`;
const BASE = 'http://localhost';
const MIME: Record<string, RegExp> = { docx: /wordprocessingml\.document/, xlsx: /spreadsheetml\.sheet/ };

const api = async (method: string, path: string, body?: unknown) => {
  const r = await call(method, path, body === undefined ? {} : { body });
  return { status: r.status, body: r.body as unknown };
};

beforeAll(() => {
  // seedDemo speaks to a base URL with the global fetch, as scripts/start.mjs runs it: here, to the Worker.
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => SELF.fetch(input, init));
});
afterAll(() => vi.unstubAllGlobals());

describe('the demo meeting through the API', () => {
  it('loads once, closed, with a ballot below the threshold, and every paper downloads', async () => {
    const log: string[] = [];
    expect(await seedDemo(BASE, env.ADMIN_TOKEN, (s) => log.push(s))).toBe(true);
    // The meeting's line (scripts/messages/seed.ts): seedMeetingDemo did not return null, with ballots.
    const loaded = log
      .map((l) => /^Đã nạp phiên họp Hội đồng.*: (\d+) đề nghị bỏ phiếu kín/.exec(l))
      .find(Boolean);
    expect(loaded, log.join('\n')).toBeTruthy();
    const ballots = Number(loaded![1]);
    expect(ballots).toBeGreaterThan(0);

    const list = (await call<MeetingList>('GET', `${C}/meetings`)).body;
    expect(list.meetings).toHaveLength(1);
    const head = list.meetings[0]!;
    expect(head.status).toBe('closed');
    expect(head.closed).not.toBeNull();

    const m = (await call<MeetingView>('GET', `${C}/meetings/${encodeURIComponent(head.id)}`)).body;
    const byBallot = m.proposals.filter((p) => p.ballot !== null);
    expect(byBallot).toHaveLength(ballots);
    // The threshold is plan data with its source: the rule the plan gives the award (the strictest).
    for (const p of byBallot) {
      const rule = ballotRuleOf(Plan.parse(brvt2023).rules, p.award)!;
      expect(p.ballot).toMatchObject({ percent: rule.percent, of: rule.of, source: rule.source });
    }
    expect(m.proposals.every((p) => p.state !== 'pending')).toBe(true);

    const below = byBallot.filter((p) => p.result && p.result.inFavour < p.ballot!.required);
    expect(below.length, JSON.stringify(byBallot.map((p) => p.result))).toBeGreaterThan(0);
    for (const p of below) {
      expect(p.state).toBe('not_proposed');
      expect(p.share).not.toBeNull();
      const reason = p.reason ?? '';
      expect(reason).toMatch(/^Không đề nghị/);
      expect(reason).toContain(`${p.result!.inFavour}/${p.ballot!.base} phiếu đồng ý`);
      expect(reason).toContain(`${p.ballot!.percent}%`);
      expect(reason).toContain(`cần ít nhất ${p.ballot!.required} phiếu`);
      expect(reason).toContain(p.ballot!.source!);
      expect(reason).toBe(reason.normalize('NFC'));
    }
    const passed = byBallot.filter((p) => p.result && p.result.inFavour >= p.ballot!.required);
    expect(passed.length).toBeGreaterThan(0);
    for (const p of passed) expect(p.state).toBe('proposed');

    const byList = m.proposals.filter((p) => p.ballot === null);
    const refused = byList.filter((p) => p.state === 'not_proposed');
    expect(refused.length).toBeGreaterThan(0);
    for (const p of refused) expect(p.reason).toBe(DEMO_LIST_REFUSAL);
    expect(m.counts.not_proposed).toBe(below.length + refused.length);

    const docs = await call('GET', `${C}/documents`);
    expect(docs.status).toBe(200);
    const papers = docs.body.documents as { code: string; formats: string[]; meeting?: string }[];
    expect(papers.length).toBeGreaterThan(0);
    expect(papers.some((d) => d.meeting === head.id)).toBe(true);
    for (const d of papers)
      for (const f of d.formats) {
        const path = `${C}/documents/${encodeURIComponent(d.code)}?format=${f}`;
        const res = await checked(
          'GET',
          path,
          await SELF.fetch(`${BASE}/api/v1${path}`, {
            headers: { Authorization: `Bearer ${env.ADMIN_TOKEN}` },
          }),
        );
        expect(res.status, `${d.code}.${f}`).toBe(200);
        expect(res.headers.get('Content-Type'), `${d.code}.${f}`).toMatch(MIME[f]!);
        const bytes = new Uint8Array(await res.arrayBuffer());
        expect(bytes.length, `${d.code}.${f}`).toBeGreaterThan(2000);
        expect(String.fromCharCode(bytes[0]!, bytes[1]!), `${d.code}.${f}`).toBe('PK');
      }

    expect(await seedMeetingDemo(api, code)).toBeNull();
    expect(await seedDemo(BASE, env.ADMIN_TOKEN, () => {})).toBe(false);
    expect((await call<MeetingList>('GET', `${C}/meetings`)).body.meetings).toHaveLength(1);
  });
});
