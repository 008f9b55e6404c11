/**
 * Loads the demo campaign (BR-VT 2023, shared/demo) into a running Worker through its public API, once:
 * POST /plans (409 → already there, nothing else is done), then demo sheets submitted for most members so
 * rankings are not empty. The server records a submission at the moment it arrives (today), so a deadline
 * left in 2023 would show sheets submitted years late: each group's deadline is extended (PATCH with a reason,
 * as a secretariat would; the audit log shows it) while its sheets are submitted, then closed at the moment
 * after the last one — every submission before its deadline, the extension on record — except KHOI-TTYT,
 * which stays open so a unit can try saving and submitting. TTYT-BR's sheet is left
 * empty for that. Then the people (seed-demo-people.ts): the staff lists of 2019–2023 and the register; then
 * the year's end (seed-demo-awards.ts): a vote, registrations, a covenant and nominations across movements —
 * each loaded too into a demo campaign created before it existed, when the campaign has none of it yet. Bundled by esbuild and run by scripts/start.mjs.
 */
import { brvt2023, demoScores } from '../shared/demo';
import { type DemoToken, NOT_SUBMITTED, OPEN_GROUP } from '../shared/demo/visitors';
import { VOTE_GROUP } from '../shared/demo/year-end';
import { seedText } from './messages/seed';
import { awardsDemoMissing, seedAwardsDemo } from './seed-demo-awards';
import { seedMeetingDemo } from './seed-demo-meeting';
import { type PeopleDemoResult, peopleDemoMissing, seedPeopleDemo } from './seed-demo-people';

export { DEMO_TOKENS, type DemoToken } from '../shared/demo/visitors';

/** The demo campaign's code (BRVT-YT-2023). */
export const DEMO_CAMPAIGN = brvt2023.campaign.code;

interface Reply {
  status: number;
  body: unknown;
}

type Api = (method: string, path: string, body?: unknown) => Promise<Reply>;

export function api(base: string, token: string): Api {
  return async (method, path, body) => {
    const res = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };
}

const must = (what: string, r: { status: number; body: unknown }, ok: number[]) => {
  if (!ok.includes(r.status))
    throw new Error(`${what}: HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 500)}`);
  return r;
};

/** A group of the demo plan with its kind, for the words of the log. */
const groupOf = (code: string) => brvt2023.groups?.find((g) => g.code === code) ?? { code };

/** A date a year from now (YYYY-MM-DD): the demo's open deadline. */
const nextYear = () => new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);

/** Creates the demo campaign and its sheets; returns false when it was already there. */
export async function seedDemo(base: string, adminToken: string, log: (s: string) => void): Promise<boolean> {
  const call = api(base, adminToken);
  const created = must('POST /plans', await call('POST', '/plans', brvt2023), [201, 409]);
  const code = brvt2023.campaign.code;
  if (created.status === 409) {
    const people = await peopleDemoMissing(call, code);
    if (people) logPeople(await seedPeopleDemo(call, code), log);
    if (!(await awardsDemoMissing(call, code)))
      return logMeeting(await seedMeetingDemo(call, code), log) || people;
    logAwards(await seedAwardsDemo(call, brvt2023), log);
    logMeeting(await seedMeetingDemo(call, code), log);
    return true;
  }
  const open = nextYear();
  let submitted = 0;
  for (const group of brvt2023.groups ?? []) {
    const path = `/campaigns/${encodeURIComponent(code)}/groups/${encodeURIComponent(group.code)}`;
    const extend = { deadline: open, reason: seedText.extendReason };
    must(`PATCH ${group.code}`, await call('PATCH', path, extend), [200]);
    for (const unit of group.members) {
      if (NOT_SUBMITTED.has(unit)) continue;
      const entries = demoScores(brvt2023, group.code, unit);
      const sheet = `${path}/units/${encodeURIComponent(unit)}/sheet`;
      const current = must(`GET ${sheet}`, await call('GET', sheet), [200]).body as { revision: number };
      // The admin writes on the units' behalf here (demo data); real units use their own tokens.
      must(
        `PUT ${sheet}`,
        await call('PUT', sheet, { revision: current.revision, entries, submit: true }),
        [200],
      );
      submitted++;
    }
    if (group.code !== OPEN_GROUP)
      must(
        `PATCH ${group.code} closed`,
        await call('PATCH', path, { deadline: new Date().toISOString(), reason: seedText.closeReason }),
        [200],
      );
  }
  log(seedText.sheetsLoaded(code, submitted, groupOf(OPEN_GROUP), open));
  logPeople(await seedPeopleDemo(call, code), log);
  logAwards(await seedAwardsDemo(call, brvt2023), log);
  logMeeting(await seedMeetingDemo(call, code), log);
  return true;
}

function logPeople(r: PeopleDemoResult, log: (s: string) => void) {
  log(seedText.peopleLoaded(r.lists, r.people, r.decisions, r.recipients));
}

/** Logs the meeting loaded (true), or nothing when one was there already (false). */
function logMeeting(r: Awaited<ReturnType<typeof seedMeetingDemo>>, log: (s: string) => void): boolean {
  if (r) log(seedText.meetingLoaded(r.ballots, r.proposed, r.notProposed));
  return r !== null;
}

function logAwards(
  r: { registrations: number; nominations: number; leader: string },
  log: (s: string) => void,
) {
  log(seedText.yearEndLoaded(groupOf(VOTE_GROUP), r.leader, r.registrations, r.nominations));
}

/**
 * Issues a demo token (as admin); returns its secret. A label is unique among live tokens: when the saved
 * secret was lost or has expired but its token still holds the label (409), that token is revoked first.
 */
export async function issueDemoToken(base: string, adminToken: string, t: DemoToken): Promise<string> {
  const call = api(base, adminToken);
  const body = { role: t.role, unit: t.unit, label: t.label };
  let r = await call('POST', '/tokens', body);
  if (r.status === 409) {
    const list = must('GET /tokens', await call('GET', '/tokens'), [200]).body as {
      tokens: { id: string; label: string }[];
    };
    for (const old of list.tokens.filter((x) => x.label === t.label))
      must(`DELETE /tokens/${old.id}`, await call('DELETE', `/tokens/${old.id}`), [204]);
    r = await call('POST', '/tokens', body);
  }
  return (must(`POST /tokens ${t.label}`, r, [201]).body as { token: string }).token;
}

/** Whether a token still works (GET /me). */
export async function tokenWorks(base: string, token: string): Promise<boolean> {
  return (await api(base, token)('GET', '/me')).status === 200;
}
