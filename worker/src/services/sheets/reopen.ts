/**
 * POST …/sheet/reopen (secretariat): the unit may write this one sheet until `until`; status, entries,
 * appraised values and revision stay. An appraised sheet becomes writable for its unit (its next write makes
 * it `submitted` again). Recorded in the audit log, in the same batch.
 */
import { Reopen as ReopenBody } from '../../../../shared/contract/sheets';
import { formatVn, instantMs } from '../../../../shared/time';
import type { Actor } from '../../access/actor';
import * as audit from '../../db/audit';
import * as sheets from '../../db/sheets';
import { invalid } from '../../errors';
import { wmsg } from '../../messages';
import { parseWith } from '../../validation';
import type { SheetContext } from './context';
import { entriesOf, sheetView, totalsColumns } from './state';

export async function reopenSheet(
  db: D1Database,
  actor: Actor,
  ctx: SheetContext,
  raw: unknown,
  now: number,
) {
  const body = parseWith(ReopenBody, raw);
  const until = instantMs(body.until);
  if (until <= now)
    throw invalid([
      { path: '/until', code: 'not_in_future', message: wmsg.reopenUntilPast(formatVn(until)) },
    ]);
  const revision = ctx.row?.revision ?? 0;
  const entries = entriesOf(ctx.template, ctx.row);
  const totals = totalsColumns(ctx.template, entries);
  const [written] = await db.batch([
    sheets.reopen(db, ctx.key, {
      at: now,
      until,
      reason: body.reason,
      by: actor.label,
      role: actor.role,
      totals,
    }),
    audit.record(db, {
      at: now,
      actor,
      action: 'sheet.reopen',
      target: `${ctx.key.group}/${ctx.key.unit}`,
      campaign: ctx.key.campaign,
      revisionBefore: revision,
      revisionAfter: revision,
      detail: { until: body.until, reason: body.reason },
    }),
  ]);
  // The row as the batch left it (RETURNING), not a second read.
  const row = written!.results[0] as sheets.SheetRow;
  return sheetView(ctx, row, now, entries);
}
