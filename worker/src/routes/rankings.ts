/** Rankings (contract: "Rankings, votes, consolidated sheets and snapshots"): one group, or every group. */
import { Hono } from 'hono';
import { CampaignRankings, GroupRanking } from '../../../shared/contract/rankings';
import type { AppEnv } from '../env';
import { documentRoute } from '../http/openapi';
import { campaignOf, param } from '../http/params';
import { campaignRankings, groupRanking } from '../services/rankings/read';
import { reply } from './reply';

export const rankings = new Hono<AppEnv>();

documentRoute(
  {
    method: 'get',
    path: '/campaigns/{campaign}/groups/{group}/ranking',
    tag: 'rankings',
    responses: { 200: { schema: GroupRanking } },
    errors: [403, 404],
  },
  {
    method: 'get',
    path: '/campaigns/{campaign}/rankings',
    tag: 'rankings',
    responses: { 200: { schema: CampaignRankings } },
    errors: [403, 404],
  },
);

rankings.get('/campaigns/:campaign/groups/:group/ranking', async (c) => {
  const r = await groupRanking(c.env.DB, c.get('actor'), campaignOf(c), param(c, 'group'), Date.now());
  return reply(c, GroupRanking, r.ranking);
});

rankings.get('/campaigns/:campaign/rankings', async (c) =>
  reply(c, CampaignRankings, await campaignRankings(c.env.DB, c.get('actor'), campaignOf(c), Date.now())),
);
