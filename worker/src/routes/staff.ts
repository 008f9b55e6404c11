/** Staff lists (shared/contract/staff.ts): the campaign's year, every unit's of it, earlier years. */
import { Hono } from 'hono';
import { StaffList, StaffLists, StaffPut, StaffQuery } from '../../../shared/contract/staff';
import type { AppEnv } from '../env';
import { bodyOf } from '../http/body';
import { documentRoute } from '../http/openapi';
import { campaignOf, param } from '../http/params';
import {
  getCampaignStaff,
  getYearStaff,
  listCampaignStaff,
  putCampaignStaff,
  putYearStaff,
} from '../services/staff';
import { reply } from './reply';

/** A list of 10,000 people with their initiatives: more than the 1 MB of an ordinary call. */
export const STAFF_BODY_LIMIT = 16 * 1024 * 1024;

export const staff = new Hono<AppEnv>();

const UNIT = '/campaigns/{campaign}/units/{unit}/staff';
const YEAR = '/units/{unit}/staff/{year}';
documentRoute(
  { method: 'get', path: UNIT, tag: 'staff', responses: { 200: { schema: StaffList } }, errors: [403, 404] },
  {
    method: 'put',
    path: UNIT,
    tag: 'staff',
    body: StaffPut,
    responses: { 200: { schema: StaffList } },
    errors: [403, 404],
  },
  {
    method: 'get',
    path: '/campaigns/{campaign}/staff',
    tag: 'staff',
    query: StaffQuery,
    responses: { 200: { schema: StaffLists } },
    errors: [403, 404],
  },
  { method: 'get', path: YEAR, tag: 'staff', responses: { 200: { schema: StaffList } }, errors: [403, 404] },
  {
    method: 'put',
    path: YEAR,
    tag: 'staff',
    body: StaffPut,
    responses: { 200: { schema: StaffList } },
    errors: [403, 404],
  },
);

const unitKey = (c: Parameters<typeof campaignOf>[0]) => ({
  campaign: campaignOf(c),
  unit: param(c, 'unit'),
});
const yearKey = (c: Parameters<typeof campaignOf>[0]) => ({ unit: param(c, 'unit'), year: param(c, 'year') });

staff.get('/campaigns/:campaign/units/:unit/staff', async (c) =>
  reply(c, StaffList, await getCampaignStaff(c.env.DB, c.get('actor'), unitKey(c))),
);
staff.put('/campaigns/:campaign/units/:unit/staff', async (c) =>
  reply(
    c,
    StaffList,
    await putCampaignStaff(
      c.env.DB,
      c.get('actor'),
      unitKey(c),
      bodyOf(c, { limit: STAFF_BODY_LIMIT }),
      Date.now(),
    ),
  ),
);
staff.get('/campaigns/:campaign/staff', async (c) =>
  reply(c, StaffLists, await listCampaignStaff(c.env.DB, c.get('actor'), campaignOf(c), c.req.query())),
);
staff.get('/units/:unit/staff/:year', async (c) =>
  reply(c, StaffList, await getYearStaff(c.env.DB, c.get('actor'), yearKey(c))),
);
staff.put('/units/:unit/staff/:year', async (c) =>
  reply(
    c,
    StaffList,
    await putYearStaff(
      c.env.DB,
      c.get('actor'),
      yearKey(c),
      bodyOf(c, { limit: STAFF_BODY_LIMIT }),
      Date.now(),
    ),
  ),
);
