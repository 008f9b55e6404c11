/**
 * The writes of a sheet: the unit's PUT (self scores, submit, withdraw), the appraisal, the reopen. Each
 * checks in the contract's order (422, then 423, then 409) and runs ONE batch: the guarded write
 * (db/sheets.ts), the kept version, the audit row and the token's `last_used_at`, so a refused write changes
 * nothing. The guard also checks that the writer's token is still live: these routes trust a token cached for
 * a few seconds (access/auth.ts), and a token revoked meanwhile gets 401 as an unknown one does.
 */

import { type Appraisers, withAppraisers } from '../../../../shared/appraisal-changes';
import { AppraisalPut, type SheetEntry, SheetPut } from '../../../../shared/contract/sheets';
import { statusAfterUnitWrite } from '../../../../shared/rules/sheet-write';
import { mergeEntries } from '../../../../shared/scoring';
import { formatVn, isoVn } from '../../../../shared/time';
import { type Actor, BOOTSTRAP_ADMIN } from '../../access/actor';
import { forgetToken } from '../../access/token-cache';
import * as audit from '../../db/audit';
import * as sheets from '../../db/sheets';
import * as tokens from '../../db/tokens';
import { conflict, locked, unauthorized } from '../../errors';
import { wmsg } from '../../messages';
import { parseSheetWrite } from './body';
import type { SheetContext } from './context';
import { entriesOf, locksOf, reopenedSinceAppraisal, sheetState, sheetView, totalsColumns } from './state';

/** What a write answers: the whole sheet view (the default), or its new state only (`Prefer: return=minimal`). */
export type Reply = 'full' | 'minimal';

type Status = sheets.SheetRow['status'];

/** PUT …/sheet by the unit: merge the listed criteria, apply `submit`, recompute, write at `revision`. */
export async function putSheet(
  db: D1Database,
  actor: Actor,
  ctx: SheetContext,
  raw: unknown,
  now: number,
  reply: Reply = 'full',
) {
  const row = ctx.row;
  const before: Status = row?.status ?? 'draft';
  const stored = entriesOf(ctx.template, row);
  // 422: the shared sheet-write rules (shape, scores, completeness), as the pane's "Kiểm tra" runs them.
  const body = parseSheetWrite(SheetPut, raw, ctx.template, { status: before, entries: stored }, 'unit');
  const entries = mergeEntries(stored, body.entries, ctx.template);
  const status: Status = statusAfterUnitWrite(before, body.submit);

  const { lockedAt, locksAt } = locksOf(ctx.group, row, now);
  if (lockedAt !== null) throw locked(wmsg.lockedByDeadline(formatVn(lockedAt)), { locksAt: isoVn(locksAt) });
  if (before === 'appraised' && !reopenedSinceAppraisal(row))
    throw locked(wmsg.lockedAppraised, { locksAt: isoVn(locksAt) });

  const action =
    body.submit === true
      ? 'sheet.submit'
      : body.submit === false && before !== 'draft'
        ? 'sheet.withdraw'
        : 'sheet.save';
  return write(db, actor, ctx, body.revision, now, reply, {
    status,
    entries,
    submittedAt: status === 'draft' ? null : (row?.submitted_at ?? now),
    appraisedAt: row?.appraised_at ?? null,
    action,
    changed: body.entries.map((e) => e.criterion),
  });
}

/** PUT …/sheet/appraisal: appraised scores with reasons, on a submitted or appraised sheet. */
export async function putAppraisal(
  db: D1Database,
  actor: Actor,
  ctx: SheetContext,
  raw: unknown,
  now: number,
  reply: Reply = 'full',
) {
  const row = ctx.row;
  const stored = entriesOf(ctx.template, row);
  // 422: the shared sheet-write rules (shape, scores, a submitted sheet, reasons with visible text).
  const state = { status: row?.status ?? 'draft', entries: stored } as const;
  const body = parseSheetWrite(AppraisalPut, raw, ctx.template, state, 'appraisal');
  const entries = mergeEntries(stored, body.entries, ctx.template);

  return write(db, actor, ctx, body.revision, now, reply, {
    status: 'appraised',
    entries,
    submittedAt: row?.submitted_at ?? null,
    appraisedAt: now,
    action: 'sheet.appraise',
    changed: body.entries.map((e) => e.criterion),
    // Who appraised each criterion: the consolidated sheet names the author of every changed score.
    appraisers: withAppraisers(
      JSON.parse(row?.appraisers ?? '{}') as Appraisers,
      body.entries.map((e) => e.criterion),
      entries,
      { label: actor.label, unit: actor.role === 'unit' ? actor.unit : null, role: actor.role, at: now },
    ),
  });
}

interface Change {
  status: Status;
  entries: SheetEntry[];
  submittedAt: number | null;
  appraisedAt: number | null;
  action: string;
  changed: string[];
  /** Set by an appraisal; a unit's write keeps the stored ones. */
  appraisers?: Appraisers;
}

/** The guarded batch; 409 with `currentRevision` when another write got there first. */
async function write(
  db: D1Database,
  actor: Actor,
  ctx: SheetContext,
  expected: number,
  now: number,
  reply: Reply,
  ch: Change,
) {
  const cols = totalsColumns(ctx.template, ch.entries);
  const next: sheets.SheetWrite = {
    status: ch.status,
    entries: JSON.stringify(ch.entries),
    ...cols,
    submitted_at: ch.submittedAt,
    appraised_at: ch.appraisedAt,
    updated_at: now,
    updated_by: actor.label,
    updated_role: actor.role,
    appraisers: ch.appraisers ? JSON.stringify(ch.appraisers) : null,
  };
  const token = actor.tokenId === BOOTSTRAP_ADMIN.tokenId ? null : actor.tokenId;
  const { statements, guard } = sheets.writeStatements(db, ctx.key, expected, next, token);
  const entry: audit.AuditEntry = {
    at: now,
    actor,
    action: ch.action,
    target: `${ctx.key.group}/${ctx.key.unit}`,
    campaign: ctx.key.campaign,
    revisionBefore: expected,
    revisionAfter: expected + 1,
    detail: { status: ch.status, criteria: ch.changed, total: cols.total_final / 100 },
  };
  const results = await db.batch([
    ...statements,
    audit.record(db, entry, { afterChange: true }),
    ...(token === null ? [] : [tokens.touch(db, token, now)]),
  ]);
  if (results[guard]?.meta.changes !== 1) {
    // Refused: a revoked token (401, as an unknown one), else another revision got there first (409).
    const [revision, live] = await db.batch<{ revision?: number; live?: number }>([
      sheets.revisionOf(db, ctx.key),
      tokens.isLive(db, token ?? ''),
    ]);
    if (token !== null && !live?.results[0]?.live) {
      forgetToken(token);
      throw unauthorized(wmsg.badToken);
    }
    const current = revision?.results[0]?.revision ?? 0;
    throw conflict(wmsg.staleRevision(expected, current), { currentRevision: current });
  }
  const row: sheets.SheetRow = {
    ...next,
    appraisers: next.appraisers ?? ctx.row?.appraisers ?? '{}',
    revision: expected + 1,
    reopened_at: ctx.row?.reopened_at ?? null,
    reopen_until: ctx.row?.reopen_until ?? null,
    reopen_reason: ctx.row?.reopen_reason ?? null,
  };
  return reply === 'minimal' ? sheetState(ctx, row, now) : sheetView(ctx, row, now, ch.entries);
}
