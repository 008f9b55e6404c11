/** Snapshots for council meetings: freeze, list, read. */
import { Hono } from 'hono';
import { Snapshot, SnapshotHead, SnapshotList } from '../../../shared/contract/snapshots';
import type { AppEnv } from '../env';
import { documentRoute } from '../http/openapi';
import { campaignOf, param } from '../http/params';
import { createSnapshot, listSnapshots, readSnapshot } from '../services/snapshots';
import { reply } from './reply';

export const snapshots = new Hono<AppEnv>();

documentRoute(
  {
    method: 'post',
    path: '/campaigns/{campaign}/snapshots',
    tag: 'snapshots',
    responses: { 201: { schema: SnapshotHead } },
    errors: [403, 404, 409],
  },
  {
    method: 'get',
    path: '/campaigns/{campaign}/snapshots',
    tag: 'snapshots',
    responses: { 200: { schema: SnapshotList } },
    errors: [403, 404],
  },
  {
    method: 'get',
    path: '/campaigns/{campaign}/snapshots/{id}',
    tag: 'snapshots',
    responses: { 200: { schema: Snapshot } },
    errors: [403, 404],
  },
);

snapshots.post('/campaigns/:campaign/snapshots', async (c) =>
  reply(c, SnapshotHead, await createSnapshot(c.env.DB, c.get('actor'), campaignOf(c), Date.now()), 201),
);
snapshots.get('/campaigns/:campaign/snapshots', async (c) =>
  reply(c, SnapshotList, await listSnapshots(c.env.DB, c.get('actor'), campaignOf(c))),
);
snapshots.get('/campaigns/:campaign/snapshots/:id', async (c) =>
  // The stored content is what `snapshotContent` built when it was frozen (SnapshotContent).
  reply(
    c,
    Snapshot,
    (await readSnapshot(c.env.DB, c.get('actor'), campaignOf(c), param(c, 'id'))) as Snapshot,
  ),
);
