/** Plans and campaigns (contract: "The plan document"). */
import { Hono } from 'hono';
import { Plan } from '../../../shared/plan';
import { allow } from '../access/guards';
import type { AppEnv } from '../env';
import { bodyOf, readJson } from '../http/body';
import { documentRoute } from '../http/openapi';
import { createPlan, GroupPatch, getCampaign, listCampaigns, patchGroup } from '../services/plans';
import { CampaignList, GroupView } from './schemas';

export const plans = new Hono<AppEnv>();

documentRoute(
  {
    method: 'post',
    path: '/plans',
    tag: 'plans',
    summary: 'Tạo một đợt thi đua từ văn bản kế hoạch',
    description: 'Toàn bộ hoặc không gì cả; 422 liệt kê mọi lỗi của văn bản; 409 nếu mã đã tồn tại.',
    roles: 'quản trị, Thường trực',
    body: Plan,
    responses: { 201: { description: 'Văn bản đã lưu', schema: Plan } },
    errors: [403, 409],
  },
  {
    method: 'get',
    path: '/campaigns',
    tag: 'plans',
    summary: 'Danh sách đợt thi đua',
    roles: 'mọi vai trò; đơn vị chỉ thấy các đợt có mình',
    responses: { 200: { description: 'Các đợt', schema: CampaignList } },
  },
  {
    method: 'get',
    path: '/campaigns/{campaign}',
    tag: 'plans',
    summary: 'Văn bản kế hoạch và trạng thái',
    roles: 'quản trị, Thường trực, Hội đồng, đơn vị có trong kế hoạch',
    responses: { 200: { description: 'Văn bản kế hoạch + "status"', schema: Plan.extend({}) } },
    errors: [403, 404],
  },
  {
    method: 'patch',
    path: '/campaigns/{campaign}/groups/{group}',
    tag: 'plans',
    summary: 'Đổi hạn nộp của khối/cụm (gia hạn)',
    roles: 'quản trị, Thường trực',
    body: GroupPatch,
    responses: { 200: { description: 'Khối/cụm với hạn mới', schema: GroupView } },
    errors: [403, 404],
  },
);

plans.post('/plans', allow('admin', 'secretariat'), async (c) => {
  return c.json(await createPlan(c.env.DB, c.get('actor'), bodyOf(c), Date.now()), 201);
});

plans.get('/campaigns', async (c) => c.json(await listCampaigns(c.env.DB, c.get('actor'))));

plans.get('/campaigns/:campaign', async (c) =>
  c.json(await getCampaign(c.env.DB, c.get('actor'), c.req.param('campaign').normalize('NFC'))),
);

plans.patch('/campaigns/:campaign/groups/:group', async (c) => {
  const { campaign, group } = c.req.param();
  return c.json(
    await patchGroup(
      c.env.DB,
      c.get('actor'),
      campaign.normalize('NFC'),
      group.normalize('NFC'),
      () => readJson(c),
      Date.now(),
    ),
  );
});
