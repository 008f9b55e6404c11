/** GET /campaigns/{campaign}/audit: every write, filtered by actor (label), action, from, to. */
import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { documentRoute } from '../http/openapi';
import { AuditQuery, readAudit } from '../services/audit';
import { AuditList } from './schemas';

export const audit = new Hono<AppEnv>();

documentRoute({
  method: 'get',
  path: '/campaigns/{campaign}/audit',
  tag: 'audit',
  summary: 'Nhật ký mọi thao tác ghi của đợt thi đua',
  description: '`action` khớp đúng tên (sheet.submit) hoặc tiền tố (sheet); `to` tính cả thời điểm đó.',
  roles: 'quản trị, Thường trực',
  query: AuditQuery,
  responses: { 200: { description: 'Các dòng nhật ký, cũ nhất trước', schema: AuditList } },
  errors: [403, 404, 422],
});

audit.get('/campaigns/:campaign/audit', async (c) =>
  c.json(await readAudit(c.env.DB, c.get('actor'), c.req.param('campaign').normalize('NFC'), c.req.query())),
);
