/** `GET /campaigns/{campaign}/backup` (admin): the whole campaign as one sealed document. */
import { BACKUP_FORMAT, type Backup } from '../../../../shared/contract/backup';
import { isoVn } from '../../../../shared/time';
import type { Actor } from '../../access/actor';
import { requireBackupRight } from '../../access/backup';
import { campaignOr404 } from '../../access/scope';
import { migrationsOf } from '../../db/backup-tables';
import { sealChain } from '../audit-chain';
import { readCampaign, sealed } from './read';

export async function backupCampaign(
  db: D1Database,
  actor: Actor,
  campaign: string,
  now: number,
): Promise<Backup> {
  await campaignOr404(db, campaign);
  requireBackupRight(actor);
  // Its audit rows sealed first: a row sealed after the backup would no longer be the backup's row, and a
  // restore resumed after that would find it changed (409).
  await sealChain(db, campaign);
  const [{ tables, globals }, migrations] = await Promise.all([readCampaign(db, campaign), migrationsOf(db)]);
  const body = { campaign, migrations, globals, tables };
  return {
    format: BACKUP_FORMAT,
    version: 1,
    campaign,
    exportedAt: isoVn(now),
    migrations,
    globals,
    tables,
    sha256: await sealed(body),
  };
}
