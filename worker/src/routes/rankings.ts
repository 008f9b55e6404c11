/** Rankings (contract: "Rankings, votes, consolidated sheets and snapshots"): one group, or every group. */
import { Hono } from 'hono';
import { CampaignRankings, GroupRanking, TableQuery } from '../../../shared/contract/rankings';
import type { AppEnv } from '../env';
import { documentRoute } from '../http/openapi';
import { campaignOf, param } from '../http/params';
import { csvReply, tableQuery } from '../http/table-reply';
import { rankingsTable } from '../services/export/tables';
import { campaignRankings, groupRanking } from '../services/rankings/read';
import { reply } from './reply';

export const rankings = new Hono<AppEnv>();

documentRoute(
  {
    method: 'get',
    path: '/campaigns/{campaign}/groups/{group}/ranking',
    tag: 'rankings',
    query: TableQuery,
    responses: { 200: { schema: GroupRanking } },
    errors: [403, 404, 406],
  },
  {
    method: 'get',
    path: '/campaigns/{campaign}/rankings',
    tag: 'rankings',
    query: TableQuery,
    responses: { 200: { schema: CampaignRankings } },
    errors: [403, 404, 406],
  },
);

rankings.get('/campaigns/:campaign/groups/:group/ranking', async (c) => {
  const q = tableQuery(c, TableQuery);
  const campaign = campaignOf(c);
  const r = await groupRanking(c.env.DB, c.get('actor'), campaign, param(c, 'group'), Date.now());
  if (q.format === 'csv')
    return csvReply(c, `${campaign}-${r.ranking.group}-xep-hang`, rankingsTable([r.ranking]), q.dialect);
  return reply(c, GroupRanking, r.ranking);
});

rankings.get('/campaigns/:campaign/rankings', async (c) => {
  const q = tableQuery(c, TableQuery);
  const campaign = campaignOf(c);
  const all = await campaignRankings(c.env.DB, c.get('actor'), campaign, Date.now());
  if (q.format === 'csv') return csvReply(c, `${campaign}-xep-hang`, rankingsTable(all.groups), q.dialect);
  return reply(c, CampaignRankings, all);
});
