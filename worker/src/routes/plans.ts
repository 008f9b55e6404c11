/** Plans and campaigns (contract: "The plan document"). */
import { Hono } from 'hono';
import { CampaignList, CampaignView, GroupPatch, GroupView } from '../../../shared/contract/campaigns';
import { Plan } from '../../../shared/contract/plan';
import { allow } from '../access/guards';
import type { AppEnv } from '../env';
import { bodyOf, readJson } from '../http/body';
import { documentRoute } from '../http/openapi';
import { campaignOf, param } from '../http/params';
import { createPlan, getCampaign, listCampaigns, patchGroup } from '../services/plans';
import { reply } from './reply';

export const plans = new Hono<AppEnv>();

documentRoute(
  {
    method: 'post',
    path: '/plans',
    tag: 'plans',
    body: Plan,
    responses: { 201: { schema: CampaignView } },
    errors: [403, 409],
  },
  { method: 'get', path: '/campaigns', tag: 'plans', responses: { 200: { schema: CampaignList } } },
  {
    method: 'get',
    path: '/campaigns/{campaign}',
    tag: 'plans',
    responses: { 200: { schema: CampaignView } },
    errors: [403, 404],
  },
  {
    method: 'patch',
    path: '/campaigns/{campaign}/groups/{group}',
    tag: 'plans',
    body: GroupPatch,
    responses: { 200: { schema: GroupView } },
    errors: [403, 404],
  },
);

plans.post('/plans', allow('admin', 'secretariat'), async (c) => {
  return reply(c, CampaignView, await createPlan(c.env.DB, c.get('actor'), bodyOf(c), Date.now()), 201);
});

plans.get('/campaigns', async (c) => reply(c, CampaignList, await listCampaigns(c.env.DB, c.get('actor'))));

plans.get('/campaigns/:campaign', async (c) =>
  // The stored document is a plan validated when it was created; `status` comes from its row.
  reply(c, CampaignView, (await getCampaign(c.env.DB, c.get('actor'), campaignOf(c))) as CampaignView),
);

plans.patch('/campaigns/:campaign/groups/:group', async (c) =>
  reply(
    c,
    GroupView,
    await patchGroup(
      c.env.DB,
      c.get('actor'),
      campaignOf(c),
      param(c, 'group'),
      () => readJson(c),
      Date.now(),
    ),
  ),
);
