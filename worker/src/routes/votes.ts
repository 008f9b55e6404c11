/** Votes (bình xét): record a round, read the rounds of a group. */
import { Hono } from 'hono';
import { VotePut, VoteRound, VoteRounds } from '../../../shared/contract/votes';
import type { AppEnv } from '../env';
import { readJson } from '../http/body';
import { documentRoute } from '../http/openapi';
import { campaignOf, param } from '../http/params';
import { getVotes, putVotes } from '../services/votes';
import { reply } from './reply';

export const votesRoutes = new Hono<AppEnv>();

documentRoute(
  {
    method: 'put',
    path: '/campaigns/{campaign}/groups/{group}/votes/{round}',
    tag: 'votes',
    body: VotePut,
    responses: { 200: { schema: VoteRound } },
    errors: [403, 404, 409, 422],
  },
  {
    method: 'get',
    path: '/campaigns/{campaign}/groups/{group}/votes',
    tag: 'votes',
    responses: { 200: { schema: VoteRounds } },
    errors: [403, 404],
  },
);

votesRoutes.put('/campaigns/:campaign/groups/:group/votes/:round', async (c) => {
  const key = { campaign: campaignOf(c), group: param(c, 'group'), round: param(c, 'round') };
  return reply(c, VoteRound, await putVotes(c.env.DB, c.get('actor'), key, () => readJson(c), Date.now()));
});

votesRoutes.get('/campaigns/:campaign/groups/:group/votes', async (c) =>
  reply(c, VoteRounds, await getVotes(c.env.DB, c.get('actor'), campaignOf(c), param(c, 'group'))),
);
