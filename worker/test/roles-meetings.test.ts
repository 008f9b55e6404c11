/**
 * The role table of the council's meeting routes (decision 0039): each role succeeds or gets 403. A write
 * that should succeed runs on a fresh campaign brought to the stage it needs (open, decided, closed,
 * submitted); reads and refusals share one per route.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, call, issue, seedPlan, uid } from './helpers';
import { openBody, seedMeeting } from './meeting-fixtures';

type Role = 'admin' | 'secretariat' | 'council' | 'unit' | 'stranger';
const ROLES: Role[] = ['admin', 'secretariat', 'council', 'unit', 'stranger'];
const STAFF: Role[] = ['admin', 'secretariat'];
const READERS: Role[] = ['admin', 'secretariat', 'council'];
type Stage = 'none' | 'open' | 'decided' | 'closed' | 'submitted';

interface Fixture {
  code: string;
  snapshot: string;
  meeting: string;
  ids: string[];
}

interface Case {
  name: string;
  method: string;
  stage: Stage;
  path: (f: Fixture) => string;
  body?: (f: Fixture) => unknown;
  ok: number;
  allowed: Role[];
}

const M = (f: Fixture) => `/campaigns/${f.code}/meetings`;
const ballots = (f: Fixture) => ({
  results: f.ids
    .slice(0, 2)
    .map((nomination) => ({ nomination, issued: 9, returned: 9, valid: 9, inFavour: 8 })),
});
const list = (f: Fixture) => ({ items: [{ nomination: f.ids[2]!, propose: true }] });

const cases: Case[] = [
  {
    name: 'POST meetings',
    method: 'POST',
    stage: 'none',
    path: M,
    body: (f) => openBody(f.snapshot),
    ok: 201,
    allowed: STAFF,
  },
  { name: 'GET meetings', method: 'GET', stage: 'open', path: M, ok: 200, allowed: READERS },
  {
    name: 'GET meeting',
    method: 'GET',
    stage: 'open',
    path: (f) => `${M(f)}/${f.meeting}`,
    ok: 200,
    allowed: READERS,
  },
  {
    name: 'PUT ballots',
    method: 'PUT',
    stage: 'open',
    path: (f) => `${M(f)}/${f.meeting}/ballots`,
    body: ballots,
    ok: 200,
    allowed: READERS,
  },
  {
    name: 'PUT list',
    method: 'PUT',
    stage: 'open',
    path: (f) => `${M(f)}/${f.meeting}/list`,
    body: list,
    ok: 200,
    allowed: STAFF,
  },
  {
    name: 'POST close',
    method: 'POST',
    stage: 'decided',
    path: (f) => `${M(f)}/${f.meeting}/close`,
    ok: 200,
    allowed: STAFF,
  },
  {
    name: 'POST reopen',
    method: 'POST',
    stage: 'closed',
    path: (f) => `${M(f)}/${f.meeting}/reopen`,
    body: () => ({ reason: 'Nhầm phiếu khi tổng hợp' }),
    ok: 200,
    allowed: STAFF,
  },
  {
    name: 'POST submit',
    method: 'POST',
    stage: 'closed',
    path: (f) => `${M(f)}/${f.meeting}/submit`,
    body: () => ({ date: '2026-12-20' }),
    ok: 200,
    allowed: STAFF,
  },
  {
    name: 'POST decisions',
    method: 'POST',
    stage: 'submitted',
    path: (f) => `${M(f)}/${f.meeting}/decisions`,
    body: (f) => ({
      number: `${uid()}/QĐ-UBND`,
      date: '2027-01-15',
      issuerLevel: 'province',
      authority: 'Chủ tịch UBND tỉnh',
      items: [f.ids[0]!],
    }),
    ok: 201,
    allowed: STAFF,
  },
];

let tokens: { secretariat: string; council: string; stranger: string };

beforeAll(async () => {
  const other = await seedPlan();
  tokens = {
    secretariat: await issue('secretariat', undefined, 'Thường trực (ma trận phiên họp)'),
    council: await issue('council', undefined, 'Hội đồng (ma trận phiên họp)'),
    stranger: await issue('unit', other.u1, 'Đơn vị ngoài (phiên họp)'),
  };
});

/** A campaign with its snapshot, and a meeting brought to `stage`. */
async function campaign(stage: Stage) {
  const s = await seedMeeting();
  const f: Fixture = { code: s.code, snapshot: s.snapshot, meeting: '', ids: s.ids };
  const unit = await issue('unit', s.u(1), `U1 (phiên họp) ${s.s}`);
  if (stage === 'none') return { f, unit };
  const opened = await call('POST', M(f), { body: openBody(s.snapshot) });
  f.meeting = opened.body.id;
  const steps: [Stage, () => Promise<unknown>][] = [
    ['decided', () => call('PUT', `${M(f)}/${f.meeting}/ballots`, { body: ballots(f) })],
    ['decided', () => call('PUT', `${M(f)}/${f.meeting}/list`, { body: list(f) })],
    ['closed', () => call('POST', `${M(f)}/${f.meeting}/close`)],
    ['submitted', () => call('POST', `${M(f)}/${f.meeting}/submit`, { body: { date: '2026-12-20' } })],
  ];
  const order: Stage[] = ['open', 'decided', 'closed', 'submitted'];
  for (const [at, step] of steps) if (order.indexOf(at) <= order.indexOf(stage)) await step();
  return { f, unit };
}

const shared = new Map<Case, ReturnType<typeof campaign>>();

async function fixture(c: Case, role: Role) {
  const fresh = c.method !== 'GET' && c.allowed.includes(role);
  let made = shared.get(c);
  if (fresh || !made) {
    made = campaign(c.stage);
    if (!fresh) shared.set(c, made);
  }
  const { f, unit } = await made;
  const token = {
    admin: ADMIN,
    secretariat: tokens.secretariat,
    council: tokens.council,
    unit,
    stranger: tokens.stranger,
  }[role];
  return { f, token };
}

describe.each(cases)('$name', (c) => {
  it.each(ROLES)('%s', async (role) => {
    const { f, token } = await fixture(c, role);
    const r = await call(c.method, c.path(f), { token, ...(c.body ? { body: c.body(f) } : {}) });
    expect(r.status, JSON.stringify(r.body).slice(0, 300)).toBe(c.allowed.includes(role) ? c.ok : 403);
  });
});
