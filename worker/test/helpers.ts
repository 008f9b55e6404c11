/**
 * Helpers of the Worker's integration tests: calls through the real Worker (`SELF.fetch`, workerd, local D1),
 * small plans with unique codes (storage is shared by every test), tokens of each role. Every JSON answer
 * is checked strictly against the response schema its route declares (contract-check.ts).
 */
import { env, SELF } from 'cloudflare:test';
import type { PlanInput } from '../../shared/contract/plan';
import { checkResponse } from './contract-check';

export const ADMIN = env.ADMIN_TOKEN;
const BASE = 'http://localhost/api/v1';

// biome-ignore lint/suspicious/noExplicitAny: test replies are read loosely
export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** Calls the API. `body` is sent as JSON unless `raw` is given (a string sent as is). */
// biome-ignore lint/suspicious/noExplicitAny: test replies are read loosely
export async function call<T = any>(
  method: string,
  path: string,
  opts: { token?: string | null; body?: unknown; raw?: BodyInit; headers?: Record<string, string> } = {},
): Promise<Reply<T>> {
  const headers: Record<string, string> = { ...opts.headers };
  const token = opts.token === undefined ? ADMIN : opts.token;
  if (token) headers.Authorization = `Bearer ${token}`;
  let body: BodyInit | undefined = opts.raw;
  if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['Content-Type'] ??= 'application/json';
  }
  const res = await SELF.fetch(`${BASE}${path}`, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {}
  checkResponse(method, path, res.status, res.headers.get('Content-Type'), parsed);
  return { status: res.status, body: parsed as T, headers: res.headers };
}

/**
 * A response fetched some other way (`SELF.fetch` for its raw body), checked like `call()`'s when it is JSON.
 * `path` is under /api/v1.
 */
export async function checked(method: string, path: string, res: Response): Promise<Response> {
  const type = res.headers.get('Content-Type') ?? '';
  if (/json/.test(type)) checkResponse(method, path, res.status, type, await res.clone().json());
  return res;
}

/** A random suffix for unique codes. */
export const uid = () => crypto.randomUUID().slice(0, 8).toUpperCase();

export const FUTURE = '2099-12-31T17:00:00+07:00';
export const PAST = '2020-01-31';

/**
 * A small plan: units U1..U4 (U1 leads G1, U3 leads G2), template TPL with a stepped criterion, bonus and
 * deduction caps and bands; G1 (U1, U2, U3) open until 2099, G2 (U3, U4) past its deadline; movement M1
 * with U4 responsible.
 */
export function smallPlan(s = uid()) {
  const u = (n: number) => `U${n}-${s}`;
  const plan: PlanInput = {
    campaign: { code: `C-${s}`, year: 2023, title: `Kế hoạch thử ${s}` },
    units: [1, 2, 3, 4].map((n) => ({ code: u(n), name: `Đơn vị ${n} ${s}`, womenShare: 0.5 })),
    awards: [{ code: 'CO', name: 'Cờ thi đua', nominee: 'collective' }],
    templates: [
      {
        code: 'TPL',
        title: 'Bảng thử',
        sections: [
          {
            code: 'I',
            title: 'Chuyên môn',
            kind: 'standard',
            criteria: [
              { code: '1.1', title: 'Khám chữa bệnh', max: 20, step: 0.5 },
              { code: '1.2', title: 'Chất lượng', max: 10 },
            ],
          },
          {
            code: 'II',
            title: 'Quản lý',
            kind: 'standard',
            criteria: [{ code: '2.1', title: 'Tài chính', max: 70 }],
          },
          {
            code: 'T',
            title: 'Điểm thưởng',
            kind: 'bonus',
            cap: 5,
            criteria: [
              { code: 'T.1', title: 'Sáng kiến', max: 3 },
              { code: 'T.2', title: 'Đề tài', max: 3 },
            ],
          },
          {
            code: 'D',
            title: 'Điểm trừ',
            kind: 'deduction',
            cap: 10,
            criteria: [{ code: 'D.1', title: 'Sai sót', max: 5 }],
          },
        ],
        classification: [
          { label: 'Xuất sắc', min: 95, noZero: true },
          { label: 'Tốt', min: 85 },
          { label: 'Khá', min: 70 },
          { label: 'Trung bình', min: 0 },
        ],
      },
    ],
    groups: [
      {
        code: 'G1',
        kind: 'khoi',
        name: 'Khối một',
        template: 'TPL',
        lead: u(1),
        members: [u(1), u(2), u(3)],
        deadline: FUTURE,
      },
      {
        code: 'G2',
        kind: 'cum',
        name: 'Cụm hai',
        template: 'TPL',
        lead: u(3),
        members: [u(3), u(4)],
        deadline: PAST,
      },
    ],
    movements: [{ code: 'M1', name: 'Phong trào một', responsibleUnit: u(4) }],
  };
  return { s, plan, code: `C-${s}`, u1: u(1), u2: u(2), u3: u(3), u4: u(4) };
}

/** Creates a campaign through the API (as admin) and returns its codes. */
export async function seedPlan(s = uid()) {
  const p = smallPlan(s);
  const r = await call('POST', '/plans', { body: p.plan });
  if (r.status !== 201) throw new Error(`seedPlan: ${r.status} ${JSON.stringify(r.body)}`);
  return p;
}

/** Issues a token (as admin) and returns the secret. Labels are unique among live tokens: the default is. */
export async function issue(
  role: string,
  unit?: string,
  label = `${role} ${unit ?? ''} ${uid()}`.replace(/ +/g, ' '),
): Promise<string> {
  const r = await call('POST', '/tokens', { body: { role, unit, label } });
  if (r.status !== 201) throw new Error(`issue: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.token;
}

/** A full set of self scores for the small template (total 90 + 4 bonus − 2 = 92 → "Tốt"). */
export const fullEntries = [
  { criterion: '1.1', self: 18.5, evidence: 'Báo cáo số 12/BC' },
  { criterion: '1.2', self: 9.5 },
  { criterion: '2.1', self: 62 },
  { criterion: 'T.1', self: 2 },
  { criterion: 'T.2', self: 2 },
  { criterion: 'D.1', self: 2 },
];

export const sheetPath = (code: string, group: string, unit: string) =>
  `/campaigns/${encodeURIComponent(code)}/groups/${encodeURIComponent(group)}/units/${encodeURIComponent(unit)}/sheet`;

/** Every row of the tables a sheet write touches, for a campaign: to compare before and after. */
export async function dumpCampaign(code: string): Promise<string> {
  const tables = {
    sheets: 'SELECT * FROM sheets WHERE campaign = ?1 ORDER BY group_code, unit',
    sheet_versions: 'SELECT * FROM sheet_versions WHERE campaign = ?1 ORDER BY group_code, unit, revision',
    audit_log: 'SELECT * FROM audit_log WHERE campaign = ?1 ORDER BY id',
    plan_groups: 'SELECT * FROM plan_groups WHERE campaign = ?1 ORDER BY code',
    campaigns: 'SELECT * FROM campaigns WHERE code = ?1',
  };
  const out: Record<string, unknown> = {};
  for (const [name, sql] of Object.entries(tables))
    out[name] = (await env.DB.prepare(sql).bind(code).all()).results;
  return JSON.stringify(out);
}
