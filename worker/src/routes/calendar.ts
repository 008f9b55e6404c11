/** Registrations, covenants, the calendar and reopening milestones (contract: "Registration, covenants, …"). */
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { RegisteredIndividual, Registration } from '../../../shared/nominations';
import { Covenant } from '../../../shared/plan';
import type { Actor } from '../access/actor';
import type { AppEnv } from '../env';
import { readJson } from '../http/body';
import { documentRoute } from '../http/openapi';
import { param } from '../http/params';
import { MilestoneReopen, readCalendar, reopenMilestone } from '../services/calendar';
import { getCovenant, putCovenant } from '../services/covenants';
import { getRegistration, listRegistrations, putRegistration } from '../services/registrations';

export const calendar = new Hono<AppEnv>();

const RegistrationSchema = z.object({
  campaign: z.string(),
  unit: z.string(),
  name: z.string(),
  awards: z.array(z.string()),
  individuals: z.array(RegisteredIndividual),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});

const CovenantSchema = z.object({
  group: z.string(),
  documentNo: z.string().nullable(),
  signedAt: z.string().nullable(),
  url: z.string().optional(),
  source: z.enum(['recorded', 'plan']).nullable(),
  recordedAt: z.string().nullable(),
  recordedBy: z.string().nullable(),
});

const MilestoneSchema = z.object({
  code: z.string(),
  title: z.string(),
  due: z.string(),
  dueAt: z.string(),
  quarter: z.number().int().nullable(),
  details: z.array(z.string()),
  closes: z.enum(['registration', 'nominations']).nullable(),
  closesLabel: z.string().nullable(),
  closesAt: z.string(),
  state: z.enum(['upcoming', 'due_soon', 'closed']),
  stateLabel: z.string(),
  reopened: z
    .object({ until: z.string(), reason: z.string(), reopenedAt: z.string(), reopenedBy: z.string() })
    .nullable(),
});

const REG = '/campaigns/{campaign}/units/{unit}/registration';
const COV = '/campaigns/{campaign}/groups/{group}/covenant';
documentRoute(
  {
    method: 'put',
    path: REG,
    tag: 'registrations',
    summary: 'Đăng ký thi đua của đơn vị (danh hiệu tập thể và cá nhân)',
    description:
      'Thay toàn bộ bản đăng ký. Bị khóa (423) khi mốc đóng đăng ký (`closes: "registration"`) đã qua mà chưa được mở lại.',
    roles: 'chính đơn vị, Thường trực, quản trị',
    body: Registration,
    responses: { 200: { description: 'Bản đăng ký đã lưu', schema: RegistrationSchema } },
    errors: [403, 404, 423],
  },
  {
    method: 'get',
    path: REG,
    tag: 'registrations',
    summary: 'Xem đăng ký thi đua của đơn vị',
    roles: 'chính đơn vị, trưởng khối/cụm của đơn vị, Thường trực, Hội đồng, quản trị',
    responses: { 200: { description: 'Bản đăng ký (rỗng nếu chưa đăng ký)', schema: RegistrationSchema } },
    errors: [403, 404],
  },
  {
    method: 'get',
    path: '/campaigns/{campaign}/registrations',
    tag: 'registrations',
    summary: 'Mọi bản đăng ký thi đua của đợt',
    roles: 'Thường trực, Hội đồng, quản trị',
    responses: {
      200: {
        description: 'Các bản đăng ký, theo mã đơn vị',
        schema: z.object({ registrations: z.array(RegistrationSchema) }),
      },
    },
    errors: [403, 404],
  },
  {
    method: 'put',
    path: COV,
    tag: 'registrations',
    summary: 'Ghi giao ước thi đua đã ký của khối/cụm',
    roles: 'trưởng khối/cụm, Thường trực, quản trị',
    body: Covenant,
    responses: { 200: { description: 'Giao ước đã ghi', schema: CovenantSchema } },
    errors: [403, 404],
  },
  {
    method: 'get',
    path: COV,
    tag: 'registrations',
    summary: 'Giao ước thi đua của khối/cụm (đã ghi, hoặc theo kế hoạch)',
    roles: 'mọi đơn vị của đợt, Thường trực, Hội đồng, quản trị',
    responses: { 200: { description: 'Giao ước; các trường null nếu chưa có', schema: CovenantSchema } },
    errors: [403, 404],
  },
  {
    method: 'post',
    path: '/campaigns/{campaign}/milestones/{code}/reopen',
    tag: 'registrations',
    summary: 'Mở lại hoạt động mà một mốc đã khóa (đăng ký, hồ sơ đề nghị)',
    roles: 'Thường trực, quản trị',
    body: MilestoneReopen,
    responses: { 200: { description: 'Mốc sau khi mở lại', schema: MilestoneSchema } },
    errors: [403, 404],
  },
  {
    method: 'get',
    path: '/campaigns/{campaign}/calendar',
    tag: 'registrations',
    summary: 'Lịch các mốc của đợt thi đua, theo thứ tự thời gian',
    description:
      '`state`: `upcoming`, `due_soon` (đến hạn trong 7 ngày), `closed`; `closes` cho biết mốc khóa hoạt động nào; `closesAt` tính cả lần mở lại.',
    roles: 'mọi đơn vị của đợt, Thường trực, Hội đồng, quản trị',
    responses: {
      200: {
        description: 'Các mốc',
        schema: z.object({ campaign: z.string(), milestones: z.array(MilestoneSchema) }),
      },
    },
    errors: [403, 404],
  },
);

const p = param;

/** A write: the service gets the route's key, the body read lazily (after the checks) and the time. */
const writeRoute =
  <K, R>(
    write: (db: D1Database, actor: Actor, key: K, raw: () => Promise<unknown>, now: number) => Promise<R>,
    keyOf: (c: Context<AppEnv>) => K,
  ) =>
  async (c: Context<AppEnv>) =>
    c.json(await write(c.env.DB, c.get('actor'), keyOf(c), () => readJson(c), Date.now()));

calendar.put(
  '/campaigns/:campaign/units/:unit/registration',
  writeRoute(putRegistration, (c) => ({ campaign: p(c, 'campaign'), unit: p(c, 'unit') })),
);

calendar.get('/campaigns/:campaign/units/:unit/registration', async (c) =>
  c.json(await getRegistration(c.env.DB, c.get('actor'), { campaign: p(c, 'campaign'), unit: p(c, 'unit') })),
);

calendar.get('/campaigns/:campaign/registrations', async (c) =>
  c.json(await listRegistrations(c.env.DB, c.get('actor'), p(c, 'campaign'))),
);

calendar.put(
  '/campaigns/:campaign/groups/:group/covenant',
  writeRoute(putCovenant, (c) => ({ campaign: p(c, 'campaign'), group: p(c, 'group') })),
);

calendar.get('/campaigns/:campaign/groups/:group/covenant', async (c) =>
  c.json(await getCovenant(c.env.DB, c.get('actor'), { campaign: p(c, 'campaign'), group: p(c, 'group') })),
);

calendar.post(
  '/campaigns/:campaign/milestones/:code/reopen',
  writeRoute(reopenMilestone, (c) => ({ campaign: p(c, 'campaign'), milestone: p(c, 'code') })),
);

calendar.get('/campaigns/:campaign/calendar', async (c) =>
  c.json(await readCalendar(c.env.DB, c.get('actor'), p(c, 'campaign'), Date.now())),
);
