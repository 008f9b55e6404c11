/** Nominations and quotas (contract: "Nominations and quotas"). */
import { Hono } from 'hono';
import { z } from 'zod';
import { NominationPatch, NominationsPost } from '../../../shared/nominations';
import type { AppEnv } from '../env';
import { readJson } from '../http/body';
import { documentRoute } from '../http/openapi';
import { campaignOf } from '../http/params';
import { listNominations, NominationsQuery, readQuotas } from '../services/nominations/read';
import { deleteNomination, patchNomination, postNominations } from '../services/nominations/write';

export const nominations = new Hono<AppEnv>();

const Status = z.enum(['within_quota', 'over_quota', 'ineligible']);
const Filed = z.object({ id: z.string(), status: Status, reasons: z.array(z.string()) });
const Item = z.looseObject({
  id: z.string(),
  award: z.string(),
  status: Status,
  reasons: z.array(z.string()),
  rules: z.array(z.string()),
  filedAt: z.string(),
});
const QuotaRow = z.object({
  rule: z.string(),
  label: z.string(),
  scope: z.enum(['movement', 'programme', 'group', 'unit']),
  limit: z.number().int().nullable(),
  used: z.number().int(),
  over: z.number().int(),
});

const P = '/campaigns/{campaign}/nominations';
documentRoute(
  {
    method: 'post',
    path: P,
    tag: 'nominations',
    summary: 'Gửi hồ sơ đề nghị khen thưởng',
    description:
      'Trạng thái được tính lại trên toàn bộ hồ sơ của đợt thi đua (ưu tiên, hạng, thời điểm nộp).',
    roles: 'đơn vị (tập thể và cá nhân của mình), đơn vị phụ trách phong trào, Thường trực, quản trị',
    body: NominationsPost,
    responses: {
      201: { description: 'Đã nhận, với trạng thái hiện tại', schema: z.object({ items: z.array(Filed) }) },
    },
    errors: [403, 404, 423],
  },
  {
    method: 'get',
    path: P,
    tag: 'nominations',
    summary: 'Danh sách hồ sơ đề nghị với trạng thái hiện tại',
    roles: 'Thường trực, Hội đồng, quản trị; đơn vị: hồ sơ của mình và của phong trào mình phụ trách',
    query: NominationsQuery,
    responses: { 200: { description: 'Các hồ sơ', schema: z.object({ items: z.array(Item) }) } },
    errors: [403, 404, 422],
  },
  {
    method: 'patch',
    path: `${P}/{id}`,
    tag: 'nominations',
    summary: 'Sửa hồ sơ đề nghị (giữ thời điểm nộp)',
    roles: 'như khi gửi',
    body: NominationPatch,
    responses: { 200: { description: 'Hồ sơ sau khi sửa', schema: Item } },
    errors: [403, 404, 423],
  },
  {
    method: 'delete',
    path: `${P}/{id}`,
    tag: 'nominations',
    summary: 'Rút hồ sơ đề nghị',
    roles: 'như khi gửi',
    responses: { 204: { description: 'Đã rút' } },
    errors: [403, 404, 423],
  },
  {
    method: 'get',
    path: '/campaigns/{campaign}/quotas',
    tag: 'nominations',
    summary: 'Tình hình sử dụng chỉ tiêu khen thưởng',
    roles: 'Thường trực, Hội đồng, quản trị',
    responses: {
      200: { description: 'Mỗi giới hạn một dòng', schema: z.object({ rules: z.array(QuotaRow) }) },
    },
    errors: [403, 404],
  },
);

nominations.post('/campaigns/:campaign/nominations', async (c) =>
  c.json(await postNominations(c.env.DB, c.get('actor'), campaignOf(c), () => readJson(c), Date.now()), 201),
);

nominations.get('/campaigns/:campaign/nominations', async (c) =>
  c.json(await listNominations(c.env.DB, c.get('actor'), campaignOf(c), c.req.query(), Date.now())),
);

nominations.patch('/campaigns/:campaign/nominations/:id', async (c) =>
  c.json(
    await patchNomination(
      c.env.DB,
      c.get('actor'),
      campaignOf(c),
      c.req.param('id'),
      () => readJson(c),
      Date.now(),
    ),
  ),
);

nominations.delete('/campaigns/:campaign/nominations/:id', async (c) => {
  await deleteNomination(c.env.DB, c.get('actor'), campaignOf(c), c.req.param('id'), Date.now());
  return c.body(null, 204);
});

nominations.get('/campaigns/:campaign/quotas', async (c) =>
  c.json(await readQuotas(c.env.DB, c.get('actor'), campaignOf(c), Date.now())),
);
