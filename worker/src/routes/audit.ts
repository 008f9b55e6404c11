/** GET /campaigns/{campaign}/audit: every write, filtered by actor (label), action, from, to. */
import { Hono } from 'hono';
import { AuditList, AuditQuery } from '../../../shared/contract/audit';
import type { AppEnv } from '../env';
import { documentRoute } from '../http/openapi';
import { campaignOf } from '../http/params';
import { readAudit } from '../services/audit';
import { reply } from './reply';

export const audit = new Hono<AppEnv>();

documentRoute({
  method: 'get',
  path: '/campaigns/{campaign}/audit',
  tag: 'audit',
  query: AuditQuery,
  responses: { 200: { schema: AuditList } },
  errors: [403, 404, 422],
});

audit.get('/campaigns/:campaign/audit', async (c) =>
  reply(c, AuditList, await readAudit(c.env.DB, c.get('actor'), campaignOf(c), c.req.query())),
);
