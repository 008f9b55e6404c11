/** Rankings (contract: "Rankings, votes, consolidated sheets and snapshots"): one group, or every group. */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../env';
import { documentRoute } from '../http/openapi';
import { campaignOf, param } from '../http/params';
import { campaignRankings, groupRanking } from '../services/rankings/read';

export const rankings = new Hono<AppEnv>();

const RankingRowSchema = z.object({
  rank: z.number().int().nullable(),
  unit: z.string(),
  name: z.string(),
  status: z.enum(['draft', 'submitted', 'appraised']),
  total: z.number().nullable(),
  totalSelf: z.number().nullable(),
  sections: z.record(z.string(), z.number()),
  classification: z.string().nullable(),
  votes: z.number().int().nullable(),
  voteShare: z.number().nullable(),
  leading: z.boolean(),
});
export const GroupRankingSchema = z.object({
  group: z.string(),
  name: z.string(),
  generatedAt: z.string(),
  rows: z.array(RankingRowSchema),
});

documentRoute(
  {
    method: 'get',
    path: '/campaigns/{campaign}/groups/{group}/ranking',
    tag: 'rankings',
    summary: 'Bảng xếp hạng của một khối/cụm',
    description:
      'Theo tổng điểm cuối cùng, rồi các tiêu chí phụ của bảng điểm; bằng nhau thì cùng hạng (1, 2, 2, 4). Đơn vị chưa nộp xếp cuối, hạng null.',
    roles: 'Thường trực, Hội đồng, quản trị; đơn vị thành viên sau hạn nộp của khối/cụm',
    responses: { 200: { description: 'Bảng xếp hạng', schema: GroupRankingSchema } },
    errors: [403, 404],
  },
  {
    method: 'get',
    path: '/campaigns/{campaign}/rankings',
    tag: 'rankings',
    summary: 'Bảng xếp hạng mọi khối/cụm của đợt thi đua',
    roles: 'Thường trực, Hội đồng, quản trị; đơn vị: các khối/cụm của mình đã hết hạn nộp',
    responses: {
      200: {
        description: 'Mỗi khối/cụm một bảng',
        schema: z.object({ groups: z.array(GroupRankingSchema) }),
      },
    },
    errors: [403, 404],
  },
);

rankings.get('/campaigns/:campaign/groups/:group/ranking', async (c) => {
  const r = await groupRanking(c.env.DB, c.get('actor'), campaignOf(c), param(c, 'group'), Date.now());
  return c.json(r.ranking);
});

rankings.get('/campaigns/:campaign/rankings', async (c) =>
  c.json(await campaignRankings(c.env.DB, c.get('actor'), campaignOf(c), Date.now())),
);
