/** Snapshots for council meetings: freeze, list, read. */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../env';
import { documentRoute } from '../http/openapi';
import { campaignOf } from '../http/params';
import { createSnapshot, listSnapshots, readSnapshot } from '../services/snapshots';

export const snapshots = new Hono<AppEnv>();

const Head = z.object({ id: z.string(), createdAt: z.string(), sha256: z.string() });

documentRoute(
  {
    method: 'post',
    path: '/campaigns/{campaign}/snapshots',
    tag: 'snapshots',
    summary: 'Chốt số liệu cho phiên họp Hội đồng',
    description:
      'Chốt bảng xếp hạng, bảng tổng hợp, kết quả bỏ phiếu, hồ sơ đề nghị với trạng thái, chỉ tiêu và giao ước; `sha256` tính trên bản tuần tự hóa chuẩn RFC 8785 (không gồm id, createdAt, sha256).',
    roles: 'Thường trực, quản trị',
    responses: { 201: { description: 'Đã chốt', schema: Head } },
    errors: [403, 404],
  },
  {
    method: 'get',
    path: '/campaigns/{campaign}/snapshots',
    tag: 'snapshots',
    summary: 'Các bản chốt của đợt thi đua',
    roles: 'Thường trực, Hội đồng, quản trị',
    responses: {
      200: {
        description: 'Các bản chốt, cũ nhất trước',
        schema: z.object({ snapshots: z.array(Head.extend({ createdBy: z.string(), bytes: z.number() })) }),
      },
    },
    errors: [403, 404],
  },
  {
    method: 'get',
    path: '/campaigns/{campaign}/snapshots/{id}',
    tag: 'snapshots',
    summary: 'Nội dung một bản chốt, đúng như lúc chốt',
    roles: 'Thường trực, Hội đồng, quản trị',
    responses: { 200: { description: 'Bản chốt', schema: Head.loose() } },
    errors: [403, 404],
  },
);

snapshots.post('/campaigns/:campaign/snapshots', async (c) =>
  c.json(await createSnapshot(c.env.DB, c.get('actor'), campaignOf(c), Date.now()), 201),
);
snapshots.get('/campaigns/:campaign/snapshots', async (c) =>
  c.json(await listSnapshots(c.env.DB, c.get('actor'), campaignOf(c))),
);
snapshots.get('/campaigns/:campaign/snapshots/:id', async (c) =>
  c.json(await readSnapshot(c.env.DB, c.get('actor'), campaignOf(c), c.req.param('id'))),
);
