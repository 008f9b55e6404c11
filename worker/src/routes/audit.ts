/**
 * The audit log: GET /campaigns/{campaign}/audit (every write, filtered by actor (label), action, from, to),
 * GET /audit (the global chain: tokens, units; admin), and the verification of either chain.
 */
import { Hono } from 'hono';
import { AuditList, AuditQuery, AuditVerification } from '../../../shared/contract/audit';
import type { AppEnv } from '../env';
import { documentRoute } from '../http/openapi';
import { campaignOf } from '../http/params';
import { readAudit, readGlobalAudit, verifyCampaignAudit, verifyGlobalAudit } from '../services/audit';
import { reply } from './reply';

export const audit = new Hono<AppEnv>();

documentRoute(
  {
    method: 'get',
    path: '/campaigns/{campaign}/audit',
    tag: 'audit',
    query: AuditQuery,
    responses: { 200: { schema: AuditList } },
    errors: [403, 404, 422],
  },
  {
    method: 'get',
    path: '/campaigns/{campaign}/audit/verify',
    tag: 'audit',
    responses: { 200: { schema: AuditVerification } },
    errors: [403, 404],
  },
  {
    method: 'get',
    path: '/audit',
    tag: 'audit',
    query: AuditQuery,
    responses: { 200: { schema: AuditList } },
    errors: [403, 422],
  },
  {
    method: 'get',
    path: '/audit/verify',
    tag: 'audit',
    responses: { 200: { schema: AuditVerification } },
    errors: [403],
  },
);

audit.get('/campaigns/:campaign/audit', async (c) =>
  reply(c, AuditList, await readAudit(c.env.DB, c.get('actor'), campaignOf(c), c.req.query())),
);
audit.get('/campaigns/:campaign/audit/verify', async (c) =>
  reply(c, AuditVerification, await verifyCampaignAudit(c.env.DB, c.get('actor'), campaignOf(c))),
);
audit.get('/audit', async (c) =>
  reply(c, AuditList, await readGlobalAudit(c.env.DB, c.get('actor'), c.req.query())),
);
audit.get('/audit/verify', async (c) =>
  reply(c, AuditVerification, await verifyGlobalAudit(c.env.DB, c.get('actor'))),
);
