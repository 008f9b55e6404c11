/** Staff lists (shared/contract/staff.ts): the campaign's year, every unit's of it, earlier years. */
import { type Context, Hono } from 'hono';
import { StaffList, StaffLists, StaffPut, StaffQuery } from '../../../shared/contract/staff';
import type { Actor } from '../access/actor';
import type { AppEnv } from '../env';
import { bodyOf } from '../http/body';
import { documentRoute, type RouteDoc } from '../http/openapi';
import { campaignOf, param } from '../http/params';
import {
  getCampaignStaff,
  getYearStaff,
  listCampaignStaff,
  putCampaignStaff,
  putYearStaff,
} from '../services/staff';
import type { RawBody } from '../validation';
import { reply } from './reply';

/** A list of 10,000 people with their initiatives: more than the 1 MB of an ordinary call. */
export const STAFF_BODY_LIMIT = 16 * 1024 * 1024;

export const staff = new Hono<AppEnv>();

/** A GET and a PUT of one list (the campaign's year, or an earlier year under the unit). */
const listDocs = (path: string): RouteDoc[] => [
  { method: 'get', path, tag: 'staff', responses: { 200: { schema: StaffList } }, errors: [403, 404] },
  {
    method: 'put',
    path,
    tag: 'staff',
    body: StaffPut,
    responses: { 200: { schema: StaffList } },
    errors: [403, 404],
  },
];
documentRoute(
  ...listDocs('/campaigns/{campaign}/units/{unit}/staff'),
  {
    method: 'get',
    path: '/campaigns/{campaign}/staff',
    tag: 'staff',
    query: StaffQuery,
    responses: { 200: { schema: StaffLists } },
    errors: [403, 404],
  },
  ...listDocs('/units/{unit}/staff/{year}'),
);

type Ctx = Context<AppEnv>;
const unitKey = (c: Ctx) => ({ campaign: campaignOf(c), unit: param(c, 'unit') });
const yearKey = (c: Ctx) => ({ unit: param(c, 'unit'), year: param(c, 'year') });

/** The two lists of one year, under the campaign and under the unit: a GET and a PUT each. */
function list<K>(
  path: string,
  key: (c: Ctx) => K,
  read: (db: D1Database, actor: Actor, key: K) => Promise<StaffList>,
  write: (db: D1Database, actor: Actor, key: K, body: RawBody, now: number) => Promise<StaffList>,
) {
  staff.get(path, async (c) => reply(c, StaffList, await read(c.env.DB, c.get('actor'), key(c))));
  staff.put(path, async (c) =>
    reply(
      c,
      StaffList,
      await write(c.env.DB, c.get('actor'), key(c), bodyOf(c, { limit: STAFF_BODY_LIMIT }), Date.now()),
    ),
  );
}

list('/campaigns/:campaign/units/:unit/staff', unitKey, getCampaignStaff, putCampaignStaff);
list('/units/:unit/staff/:year', yearKey, getYearStaff, putYearStaff);
staff.get('/campaigns/:campaign/staff', async (c) =>
  reply(c, StaffLists, await listCampaignStaff(c.env.DB, c.get('actor'), campaignOf(c), c.req.query())),
);
