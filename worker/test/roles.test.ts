/**
 * The contract's role table, route by route: each role either succeeds or gets 403. Every case runs on a
 * fresh campaign whose U2 has submitted its sheet (revision 1): U1 leads G1, U4 is listed in the campaign
 * but not in G1, and the "stranger" belongs to another campaign. Its plan has a milestone DK closing
 * registrations (due in the future).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, call, FUTURE, fullEntries, issue, seedPlan, sheetPath, smallPlan, uid } from './helpers';
import { registerDecision, registerImport } from './people-fixtures';

type Role = 'admin' | 'secretariat' | 'council' | 'member' | 'lead' | 'outsider' | 'stranger';
const ROLES: Role[] = ['admin', 'secretariat', 'council', 'member', 'lead', 'outsider', 'stranger'];

interface Fixture {
  code: string;
  /** U2, the member whose sheet is submitted. */
  member: string;
  sheet: string;
  targetToken: string;
}

interface Case {
  name: string;
  method: string;
  path: (f: Fixture) => string;
  body?: (f: Fixture) => unknown;
  ok: number;
  allowed: Role[];
  /** Something the case needs on its campaign first (a snapshot for the papers). */
  setup?: (f: Fixture) => Promise<void>;
}

/** The campaign frozen, so that its papers can be generated. */
const frozen = async (f: Fixture) => {
  expect((await call('POST', `/campaigns/${f.code}/snapshots`)).status).toBe(201);
};

const ALL = ROLES;
/** A date `n` days from now (a token's expiry must fall within TOKEN_DAYS). */
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const STAFF: Role[] = ['admin', 'secretariat'];
const READERS: Role[] = ['admin', 'secretariat', 'council', 'member', 'lead'];
/** Every role that reads the campaign: all but the stranger. */
const CAMPAIGN: Role[] = ['admin', 'secretariat', 'council', 'member', 'lead', 'outsider'];

const cases: Case[] = [
  { name: 'GET /campaigns', method: 'GET', path: () => '/campaigns', ok: 200, allowed: ALL },
  { name: 'GET /me', method: 'GET', path: () => '/me', ok: 200, allowed: ALL },
  { name: 'GET /openapi.json', method: 'GET', path: () => '/openapi.json', ok: 200, allowed: ALL },
  {
    name: 'GET /campaigns/{c}',
    method: 'GET',
    path: (f) => `/campaigns/${f.code}`,
    ok: 200,
    allowed: ['admin', 'secretariat', 'council', 'member', 'lead', 'outsider'],
  },
  {
    name: 'POST /plans',
    method: 'POST',
    path: () => '/plans',
    body: () => smallPlan().plan,
    ok: 201,
    allowed: STAFF,
  },
  {
    name: 'PATCH group',
    method: 'PATCH',
    path: (f) => `/campaigns/${f.code}/groups/G1`,
    body: () => ({ deadline: FUTURE }),
    ok: 200,
    allowed: STAFF,
  },
  { name: 'GET /tokens', method: 'GET', path: () => '/tokens', ok: 200, allowed: STAFF },
  {
    name: 'POST /tokens (council)',
    method: 'POST',
    path: () => '/tokens',
    body: () => ({ role: 'council', label: `Ủy viên mới ${uid()}` }),
    ok: 201,
    allowed: STAFF,
  },
  {
    name: 'POST /tokens (unit, expiresAt)',
    method: 'POST',
    path: () => '/tokens',
    body: (f) => ({ role: 'unit', unit: f.member, label: `Kế toán ${uid()}`, expiresAt: inDays(30) }),
    ok: 201,
    allowed: STAFF,
  },
  {
    name: 'DELETE /tokens/{id}',
    method: 'DELETE',
    path: (f) => `/tokens/${f.targetToken}`,
    ok: 204,
    allowed: STAFF,
  },
  { name: 'GET sheet', method: 'GET', path: (f) => f.sheet, ok: 200, allowed: READERS },
  {
    name: 'PUT sheet',
    method: 'PUT',
    path: (f) => f.sheet,
    body: () => ({ revision: 1, entries: [{ criterion: '1.2', self: 8 }] }),
    ok: 200,
    allowed: ['admin', 'member'],
  },
  {
    name: 'PUT appraisal',
    method: 'PUT',
    path: (f) => `${f.sheet}/appraisal`,
    body: () => ({ revision: 1, entries: [{ criterion: '1.2', appraised: 9, reason: 'Đối chiếu sổ sách' }] }),
    ok: 200,
    allowed: ['admin', 'secretariat', 'lead'],
  },
  {
    name: 'POST reopen',
    method: 'POST',
    path: (f) => `${f.sheet}/reopen`,
    body: () => ({ until: FUTURE, reason: 'Bổ sung' }),
    ok: 200,
    allowed: STAFF,
  },
  { name: 'GET history', method: 'GET', path: (f) => `${f.sheet}/history`, ok: 200, allowed: READERS },
  {
    name: 'GET group sheets',
    method: 'GET',
    path: (f) => `/campaigns/${f.code}/groups/G1/sheets`,
    ok: 200,
    allowed: ['admin', 'secretariat', 'council', 'lead'],
  },
  { name: 'GET audit', method: 'GET', path: (f) => `/campaigns/${f.code}/audit`, ok: 200, allowed: STAFF },
  {
    name: 'GET audit verify',
    method: 'GET',
    path: (f) => `/campaigns/${f.code}/audit/verify`,
    ok: 200,
    allowed: STAFF,
  },
  { name: 'GET /audit (global)', method: 'GET', path: () => '/audit', ok: 200, allowed: ['admin'] },
  { name: 'GET /audit/verify', method: 'GET', path: () => '/audit/verify', ok: 200, allowed: ['admin'] },
  {
    name: 'PUT registration',
    method: 'PUT',
    path: (f) => `/campaigns/${f.code}/units/${f.member}/registration`,
    body: () => ({ awards: ['CO'] }),
    ok: 200,
    allowed: ['admin', 'secretariat', 'member'],
  },
  {
    name: 'GET registration',
    method: 'GET',
    path: (f) => `/campaigns/${f.code}/units/${f.member}/registration`,
    ok: 200,
    allowed: READERS,
  },
  {
    name: 'GET registrations',
    method: 'GET',
    path: (f) => `/campaigns/${f.code}/registrations`,
    ok: 200,
    allowed: ['admin', 'secretariat', 'council'],
  },
  {
    name: 'PUT covenant',
    method: 'PUT',
    path: (f) => `/campaigns/${f.code}/groups/G1/covenant`,
    body: () => ({ documentNo: '01/GƯTĐ-K1', signedAt: '2023-03-10' }),
    ok: 200,
    allowed: ['admin', 'secretariat', 'lead'],
  },
  {
    name: 'GET covenant',
    method: 'GET',
    path: (f) => `/campaigns/${f.code}/groups/G1/covenant`,
    ok: 200,
    allowed: CAMPAIGN,
  },
  {
    name: 'POST milestone reopen',
    method: 'POST',
    path: (f) => `/campaigns/${f.code}/milestones/DK/reopen`,
    // After the milestone's due time (FUTURE), or the reopen would change nothing (422).
    body: () => ({ until: '2100-06-30', reason: 'Gia hạn đăng ký' }),
    ok: 200,
    allowed: STAFF,
  },
  {
    name: 'GET calendar',
    method: 'GET',
    path: (f) => `/campaigns/${f.code}/calendar`,
    ok: 200,
    allowed: CAMPAIGN,
  },
  {
    name: 'PUT votes',
    method: 'PUT',
    path: (f) => `/campaigns/${f.code}/groups/G1/votes/1`,
    body: (f) => ({ members: 3, present: 3, candidates: [{ unit: f.member, votes: 2 }] }),
    ok: 200,
    allowed: ['admin', 'secretariat', 'lead'],
  },
  {
    name: 'GET votes',
    method: 'GET',
    path: (f) => `/campaigns/${f.code}/groups/G1/votes`,
    ok: 200,
    allowed: READERS,
  },
  {
    name: 'GET quotas',
    method: 'GET',
    path: (f) => `/campaigns/${f.code}/quotas`,
    ok: 200,
    allowed: ['admin', 'secretariat', 'council'],
  },
  {
    name: 'GET consolidated',
    method: 'GET',
    path: (f) => `/campaigns/${f.code}/groups/G1/consolidated`,
    ok: 200,
    allowed: ['admin', 'secretariat', 'council'],
  },
  {
    name: 'POST snapshot',
    method: 'POST',
    path: (f) => `/campaigns/${f.code}/snapshots`,
    ok: 201,
    allowed: STAFF,
  },
  {
    name: 'GET backup',
    method: 'GET',
    path: (f) => `/campaigns/${f.code}/backup`,
    ok: 200,
    allowed: ['admin'],
  },
  {
    // A document that is not a backup: the right is checked before the body (403), the admin gets 422.
    name: 'POST /restore',
    method: 'POST',
    path: () => '/restore',
    body: () => ({ format: 'not a backup' }),
    ok: 422,
    allowed: ['admin'],
  },
  {
    name: 'POST amendment',
    method: 'POST',
    path: (f) => `/campaigns/${f.code}/amendments`,
    body: () => ({
      version: 1,
      reason: 'Bổ sung mốc sơ kết',
      changes: [{ kind: 'addMilestone', milestone: { code: 'SK', title: 'Sơ kết 6 tháng', due: FUTURE } }],
    }),
    ok: 201,
    allowed: STAFF,
  },
  { name: 'GET plan', method: 'GET', path: (f) => `/campaigns/${f.code}/plan`, ok: 200, allowed: CAMPAIGN },
  {
    name: 'PUT /units/{unit}',
    method: 'PUT',
    path: (f) => `/units/${f.member}`,
    body: (f) => ({ from: f.code, reason: 'Đổi tên theo quyết định sáp nhập', name: `Tên mới ${f.code}` }),
    ok: 200,
    allowed: STAFF,
  },
  {
    name: 'GET unit staff',
    method: 'GET',
    path: (f) => `/campaigns/${f.code}/units/${f.member}/staff`,
    ok: 200,
    allowed: ['admin', 'secretariat', 'council', 'member'],
  },
  {
    name: 'PUT unit staff',
    method: 'PUT',
    path: (f) => `/campaigns/${f.code}/units/${f.member}/staff`,
    body: () => ({ staff: [{ staffId: 'NV-1', name: 'Nguyễn Văn An' }] }),
    ok: 200,
    allowed: ['admin', 'secretariat', 'member'],
  },
  {
    name: 'GET campaign staff',
    method: 'GET',
    path: (f) => `/campaigns/${f.code}/staff`,
    ok: 200,
    allowed: ['admin', 'secretariat', 'council'],
  },
  {
    name: 'GET earlier staff',
    method: 'GET',
    path: (f) => `/units/${f.member}/staff/2022`,
    ok: 200,
    allowed: ['admin', 'secretariat', 'council', 'member'],
  },
  {
    name: 'PUT earlier staff',
    method: 'PUT',
    path: (f) => `/units/${f.member}/staff/2022`,
    body: () => ({ staff: [{ staffId: 'NV-1', name: 'Nguyễn Văn An' }] }),
    ok: 200,
    allowed: STAFF,
  },
  { name: 'GET /register', method: 'GET', path: () => '/register', ok: 200, allowed: ALL },
  {
    name: 'POST /register/decisions',
    method: 'POST',
    path: () => '/register/decisions',
    body: (f) => registerDecision(f.member),
    ok: 201,
    allowed: STAFF,
  },
  {
    name: 'POST /register/import',
    method: 'POST',
    path: () => '/register/import',
    body: (f) => registerImport(f.member),
    ok: 201,
    allowed: STAFF,
  },
  {
    name: 'POST /register/import?dryRun',
    method: 'POST',
    path: () => '/register/import?dryRun=true',
    body: (f) => registerImport(f.member),
    ok: 200,
    allowed: STAFF,
  },
  {
    name: 'GET snapshots',
    method: 'GET',
    path: (f) => `/campaigns/${f.code}/snapshots`,
    ok: 200,
    allowed: ['admin', 'secretariat', 'council'],
  },
  {
    name: 'GET documents',
    method: 'GET',
    path: (f) => `/campaigns/${f.code}/documents`,
    ok: 200,
    allowed: ['admin', 'secretariat', 'council'],
    setup: frozen,
  },
  {
    name: 'GET documents/{code}',
    method: 'GET',
    path: (f) => `/campaigns/${f.code}/documents/proposal-list?format=xlsx`,
    ok: 200,
    allowed: ['admin', 'secretariat', 'council'],
    setup: frozen,
  },
];

let staff: { secretariat: string; council: string; stranger: string };

beforeAll(async () => {
  const other = await seedPlan();
  staff = {
    secretariat: await issue('secretariat', undefined, 'Thường trực (ma trận)'),
    council: await issue('council', undefined, 'Hội đồng (ma trận)'),
    stranger: await issue('unit', other.u1, 'Đơn vị ngoài'),
  };
});

/** A campaign with U2's sheet submitted and a council token to revoke. */
async function campaign() {
  const p = smallPlan();
  // A milestone closing registrations, due in the future (registrations stay open; it can be reopened).
  p.plan.milestones = [{ code: 'DK', title: 'Đăng ký thi đua', due: FUTURE, closes: 'registration' }];
  expect((await call('POST', '/plans', { body: p.plan })).status).toBe(201);
  const member = await issue('unit', p.u2, `U2 (ma trận) ${p.s}`);
  const sheet = sheetPath(p.code, 'G1', p.u2);
  const put = await call('PUT', sheet, {
    token: member,
    body: { revision: 0, entries: fullEntries, submit: true },
  });
  expect(put.status).toBe(200);
  const target = await call('POST', '/tokens', { body: { role: 'council', label: `Sẽ bị thu hồi ${p.s}` } });
  return { p, member, f: { code: p.code, member: p.u2, sheet, targetToken: target.body.id } };
}

/**
 * The fixture and token of one case: a write that should succeed gets a fresh campaign (it changes the
 * state); reads and refusals of one route share one (a refusal changes nothing, which the sheet tests check).
 */
async function fixture(c: Case, role: Role): Promise<{ f: Fixture; token: string }> {
  const fresh = c.method !== 'GET' && c.allowed.includes(role);
  if (fresh || !shared.has(c)) {
    const made = campaign().then(async (m) => {
      await c.setup?.(m.f);
      return m;
    });
    if (!fresh) shared.set(c, made);
    return withToken(await made, role);
  }
  return withToken(await shared.get(c)!, role);
}

const shared = new Map<Case, ReturnType<typeof campaign>>();

async function withToken({ p, member, f }: Awaited<ReturnType<typeof campaign>>, role: Role) {
  const token = {
    admin: async () => ADMIN,
    secretariat: async () => staff.secretariat,
    council: async () => staff.council,
    member: async () => member,
    lead: () => issue('unit', p.u1, `U1 (ma trận) ${uid()}`),
    outsider: () => issue('unit', p.u4, `U4 (ma trận) ${uid()}`),
    stranger: async () => staff.stranger,
  }[role];
  return { f, token: await token() };
}

describe.each(cases)('$name', (c) => {
  it.each(ROLES)('%s', async (role) => {
    const { f, token } = await fixture(c, role);
    const r = await call(c.method, c.path(f), { token, ...(c.body ? { body: c.body(f) } : {}) });
    const expected = c.allowed.includes(role) ? c.ok : 403;
    expect(r.status, JSON.stringify(r.body).slice(0, 300)).toBe(expected);
  });
});
