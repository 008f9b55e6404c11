/** Registrations, covenants, the calendar and reopening milestones (contract: "Registration, covenants, …"). */
import { type Context, Hono } from 'hono';
import type { z } from 'zod';
import { Covenant } from '../../../shared/contract/plan';
import {
  Calendar,
  CovenantView,
  MilestoneView,
  Registration,
  RegistrationList,
  RegistrationView,
} from '../../../shared/contract/registrations';
import { Reopen } from '../../../shared/contract/sheets';
import type { Actor } from '../access/actor';
import type { AppEnv } from '../env';
import { readJson } from '../http/body';
import { documentRoute } from '../http/openapi';
import { campaignOf, param } from '../http/params';
import { readCalendar, reopenMilestone } from '../services/calendar';
import { getCovenant, putCovenant } from '../services/covenants';
import { getRegistration, listRegistrations, putRegistration } from '../services/registrations';
import { reply } from './reply';

export const calendar = new Hono<AppEnv>();

const REG = '/campaigns/{campaign}/units/{unit}/registration';
const COV = '/campaigns/{campaign}/groups/{group}/covenant';
const tag = 'registrations';
documentRoute(
  {
    method: 'put',
    path: REG,
    tag,
    body: Registration,
    responses: { 200: { schema: RegistrationView } },
    errors: [403, 404, 423],
  },
  { method: 'get', path: REG, tag, responses: { 200: { schema: RegistrationView } }, errors: [403, 404] },
  {
    method: 'get',
    path: '/campaigns/{campaign}/registrations',
    tag,
    responses: { 200: { schema: RegistrationList } },
    errors: [403, 404],
  },
  {
    method: 'put',
    path: COV,
    tag,
    body: Covenant,
    responses: { 200: { schema: CovenantView } },
    errors: [403, 404],
  },
  { method: 'get', path: COV, tag, responses: { 200: { schema: CovenantView } }, errors: [403, 404] },
  {
    method: 'post',
    path: '/campaigns/{campaign}/milestones/{code}/reopen',
    tag,
    body: Reopen,
    responses: { 200: { schema: MilestoneView } },
    errors: [403, 404],
  },
  {
    method: 'get',
    path: '/campaigns/{campaign}/calendar',
    tag,
    responses: { 200: { schema: Calendar } },
    errors: [403, 404],
  },
);

type Write<K, R> = (
  db: D1Database,
  actor: Actor,
  key: K,
  raw: () => Promise<unknown>,
  now: number,
) => Promise<R>;

/** A write: the service gets the route's key, the body read lazily (after the checks) and the time. */
const writeRoute =
  <K, S extends z.ZodType>(schema: S, write: Write<K, z.output<S>>, keyOf: (c: Context<AppEnv>) => K) =>
  async (c: Context<AppEnv>) =>
    reply(c, schema, await write(c.env.DB, c.get('actor'), keyOf(c), () => readJson(c), Date.now()));

const unitKey = (c: Context<AppEnv>) => ({ campaign: campaignOf(c), unit: param(c, 'unit') });
const groupKey = (c: Context<AppEnv>) => ({ campaign: campaignOf(c), group: param(c, 'group') });

calendar.put(
  '/campaigns/:campaign/units/:unit/registration',
  writeRoute(RegistrationView, putRegistration, unitKey),
);

calendar.get('/campaigns/:campaign/units/:unit/registration', async (c) =>
  reply(c, RegistrationView, await getRegistration(c.env.DB, c.get('actor'), unitKey(c))),
);

calendar.get('/campaigns/:campaign/registrations', async (c) =>
  reply(c, RegistrationList, await listRegistrations(c.env.DB, c.get('actor'), campaignOf(c))),
);

calendar.put('/campaigns/:campaign/groups/:group/covenant', writeRoute(CovenantView, putCovenant, groupKey));

calendar.get('/campaigns/:campaign/groups/:group/covenant', async (c) =>
  reply(c, CovenantView, await getCovenant(c.env.DB, c.get('actor'), groupKey(c))),
);

calendar.post(
  '/campaigns/:campaign/milestones/:code/reopen',
  writeRoute(MilestoneView, reopenMilestone, (c) => ({
    campaign: campaignOf(c),
    milestone: param(c, 'code'),
  })),
);

calendar.get('/campaigns/:campaign/calendar', async (c) =>
  reply(c, Calendar, await readCalendar(c.env.DB, c.get('actor'), campaignOf(c), Date.now())),
);
