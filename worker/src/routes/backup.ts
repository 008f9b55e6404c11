/** Backup and restore of a whole campaign (admin): GET …/backup, POST /restore (docs/decisions/0030). */
import { Hono } from 'hono';
import { Backup, RestoreResult } from '../../../shared/contract/backup';
import type { AppEnv } from '../env';
import { bodyOf } from '../http/body';
import { documentRoute } from '../http/openapi';
import { campaignOf } from '../http/params';
import { backupCampaign } from '../services/backup/export';
import { restoreCampaign } from '../services/backup/restore';
import { reply } from './reply';

/** A restore carries a whole campaign (snapshots included): more than the 1 MB of an ordinary call. */
export const RESTORE_BODY_LIMIT = 32 * 1024 * 1024;

export const backup = new Hono<AppEnv>();

documentRoute(
  {
    method: 'get',
    path: '/campaigns/{campaign}/backup',
    tag: 'backup',
    responses: { 200: { schema: Backup } },
    errors: [403, 404],
  },
  {
    method: 'post',
    path: '/restore',
    tag: 'backup',
    body: Backup,
    responses: { 201: { schema: RestoreResult } },
    errors: [403, 409],
  },
);

backup.get('/campaigns/:campaign/backup', async (c) =>
  reply(c, Backup, await backupCampaign(c.env.DB, c.get('actor'), campaignOf(c), Date.now())),
);
backup.post('/restore', async (c) =>
  reply(
    c,
    RestoreResult,
    await restoreCampaign(
      c.env.DB,
      c.get('actor'),
      bodyOf(c, { limit: RESTORE_BODY_LIMIT, exact: true }),
      Date.now(),
    ),
    201,
  ),
);
