/** Plan amendments and unit updates (decision 0027): the only ways a plan or a known unit changes. */
import { Hono } from 'hono';
import {
  AmendmentInput,
  PlanVersionView,
  UnitUpdate,
  UnitUpdateView,
} from '../../../shared/contract/amendments';
import { allow } from '../access/guards';
import type { AppEnv } from '../env';
import { bodyOf } from '../http/body';
import { documentRoute } from '../http/openapi';
import { campaignOf, param } from '../http/params';
import { amendPlan, planView } from '../services/amendments/amend';
import { updateUnit } from '../services/units/update';
import { reply } from './reply';

export const amendments = new Hono<AppEnv>();

documentRoute(
  {
    method: 'post',
    path: '/campaigns/{campaign}/amendments',
    tag: 'plans',
    body: AmendmentInput,
    responses: { 201: { schema: PlanVersionView } },
    errors: [403, 404, 409],
  },
  {
    method: 'get',
    path: '/campaigns/{campaign}/plan',
    tag: 'plans',
    responses: { 200: { schema: PlanVersionView } },
    errors: [403, 404],
  },
  {
    method: 'put',
    path: '/units/{unit}',
    tag: 'plans',
    body: UnitUpdate,
    responses: { 200: { schema: UnitUpdateView } },
    errors: [403, 404, 409],
  },
);

amendments.post('/campaigns/:campaign/amendments', async (c) =>
  reply(
    c,
    PlanVersionView,
    await amendPlan(c.env.DB, c.get('actor'), campaignOf(c), bodyOf(c), Date.now()),
    201,
  ),
);

amendments.get('/campaigns/:campaign/plan', async (c) =>
  reply(c, PlanVersionView, await planView(c.env.DB, c.get('actor'), campaignOf(c))),
);

amendments.put('/units/:unit', allow('admin', 'secretariat'), async (c) =>
  reply(
    c,
    UnitUpdateView,
    await updateUnit(c.env.DB, c.get('actor'), param(c, 'unit'), bodyOf(c), Date.now()),
  ),
);
