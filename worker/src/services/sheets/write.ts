/**
 * The writes of a sheet: the unit's PUT (self scores, submit, withdraw), the appraisal, the reopen. Each
 * checks in the contract's order (422, then 423, then 409) and runs ONE batch: the guarded write
 * (db/sheets.ts), the kept version, the audit row and the token's `last_used_at`, so a refused write changes
 * nothing. The guard also checks that the writer's token is still live: these routes trust a token cached for
 * a few seconds (access/auth.ts), and a token revoked meanwhile gets 401 as an unknown one does.
 */

import { AppraisalPut, type SheetEntry, SheetPut } from '../../../../shared/contract/sheets';
import { toHundredths } from '../../../../shared/points';
import type { Problem } from '../../../../shared/problems';
import { mergeEntries, missingForSubmit } from '../../../../shared/scoring';
import { type Actor, BOOTSTRAP_ADMIN } from '../../access/actor';
import { forgetToken } from '../../access/token-cache';
import * as audit from '../../db/audit';
import * as sheets from '../../db/sheets';
import * as tokens from '../../db/tokens';
import { conflict, invalid, locked, unauthorized } from '../../errors';
import { wmsg } from '../../messages';
import { formatVn, isoVn } from '../../time';
import { parseEntriesBody } from './body';
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
  const body = parseEntriesBody(SheetPut, raw, ctx.template, 'self');
  const row = ctx.row;
  const before: Status = row?.status ?? 'draft';
  const entries = mergeEntries(entriesOf(ctx.template, row), body.entries, ctx.template);
  const status: Status =
    body.submit === false ? 'draft' : body.submit === true || before !== 'draft' ? 'submitted' : 'draft';

  if (status === 'submitted') {
    const missing = missingForSubmit(ctx.template, entries);
    if (missing.length) throw invalid(missing, body.submit === true ? undefined : wmsg.incompleteSubmitted);
  }

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
  const body = parseEntriesBody(AppraisalPut, raw, ctx.template, 'appraised');
  const row = ctx.row;
  const entries = mergeEntries(entriesOf(ctx.template, row), body.entries, ctx.template);
  const problems: Problem[] = [];
  if (!row || row.status === 'draft')
    problems.push({ path: '', code: 'not_submitted', message: wmsg.appraiseDraft });
  const sentAt = new Map(body.entries.map((e, i) => [e.criterion, i]));
  const titles = new Map(ctx.template.sections.flatMap((s) => s.criteria.map((c) => [c.code, c.title])));
  for (const e of entries) {
    if (e.appraised === null || e.reason?.trim()) continue;
    if (e.self !== null && toHundredths(e.appraised) === toHundredths(e.self)) continue;
    const i = sentAt.get(e.criterion);
    problems.push({
      path: i === undefined ? '/entries' : `/entries/${i}/reason`,
      criterion: e.criterion,
      code: 'reason_required',
      message: wmsg.reasonRequired(e.criterion, titles.get(e.criterion) ?? ''),
    });
  }
  if (problems.length) throw invalid(problems);

  return write(db, actor, ctx, body.revision, now, reply, {
    status: 'appraised',
    entries,
    submittedAt: row?.submitted_at ?? null,
    appraisedAt: now,
    action: 'sheet.appraise',
    changed: body.entries.map((e) => e.criterion),
  });
}

interface Change {
  status: Status;
  entries: SheetEntry[];
  submittedAt: number | null;
  appraisedAt: number | null;
  action: string;
  changed: string[];
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
    revision: expected + 1,
    reopened_at: ctx.row?.reopened_at ?? null,
    reopen_until: ctx.row?.reopen_until ?? null,
    reopen_reason: ctx.row?.reopen_reason ?? null,
  };
  return reply === 'minimal' ? sheetState(ctx, row, now) : sheetView(ctx, row, now, ch.entries);
}
