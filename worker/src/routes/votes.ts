/** Votes (bình xét): record a round, read the rounds of a group. */
import { Hono } from 'hono';
import { z } from 'zod';
import { VotePut } from '../../../shared/sheet';
import type { AppEnv } from '../env';
import { readJson } from '../http/body';
import { documentRoute } from '../http/openapi';
import { getVotes, putVotes } from '../services/votes';

export const votesRoutes = new Hono<AppEnv>();

const RoundSchema = z.object({
  round: z.number().int(),
  members: z.number().int(),
  present: z.number().int(),
  threshold: z.number().int().nullable(),
  base: z.number().int(),
  candidates: z.array(
    z.object({ unit: z.string(), votes: z.number().int(), voteShare: z.number(), reached: z.boolean() }),
  ),
  recordedAt: z.string().nullable(),
  recordedBy: z.string(),
});

documentRoute(
  {
    method: 'put',
    path: '/campaigns/{campaign}/groups/{group}/votes/{round}',
    tag: 'votes',
    summary: 'Ghi kết quả bỏ phiếu bình xét (vòng 1 hoặc 2)',
    roles: 'trưởng khối/cụm, Thường trực, quản trị',
    body: VotePut,
    responses: {
      200: { description: 'Vòng bỏ phiếu đã ghi, với ngưỡng và đơn vị đạt', schema: RoundSchema },
    },
    errors: [403, 404],
  },
  {
    method: 'get',
    path: '/campaigns/{campaign}/groups/{group}/votes',
    tag: 'votes',
    summary: 'Các vòng bỏ phiếu của khối/cụm',
    roles: 'thành viên khối/cụm, Thường trực, Hội đồng, quản trị',
    responses: { 200: { description: 'Các vòng', schema: z.object({ rounds: z.array(RoundSchema) }) } },
    errors: [403, 404],
  },
);

votesRoutes.put('/campaigns/:campaign/groups/:group/votes/:round', async (c) => {
  const p = c.req.param();
  const key = { campaign: p.campaign!.normalize('NFC'), group: p.group!.normalize('NFC'), round: p.round! };
  return c.json(await putVotes(c.env.DB, c.get('actor'), key, () => readJson(c), Date.now()));
});

votesRoutes.get('/campaigns/:campaign/groups/:group/votes', async (c) =>
  c.json(
    await getVotes(
      c.env.DB,
      c.get('actor'),
      c.req.param('campaign').normalize('NFC'),
      c.req.param('group').normalize('NFC'),
    ),
  ),
);
