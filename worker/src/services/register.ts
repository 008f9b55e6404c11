/**
 * The register of awards (shared/contract/register.ts): the department's, so global routes and the global
 * audit chain (decision 0028). Reads: the secretariat, the council and the admin read every decision; a unit
 * the decisions naming it, with its own recipients only. Writes (the secretariat): one decision, or an
 * import checked whole first (shared/register/rows-check.ts, then the units and the decisions already in
 * the register): any bad row → 422 naming every bad row, nothing stored; else every row in one batch.
 */
import {
  DecisionInput,
  type DecisionView,
  type Recipient,
  RegisterImportQuery,
  RegisterQuery,
} from '../../../shared/contract/register';
import { sheetRow } from '../../../shared/messages/people';
import type { Problem } from '../../../shared/problems';
import {
  groupRows,
  rowUnits,
  unknownUnitProblems,
  validateRegisterImport,
} from '../../../shared/register/rows-check';
import { isoVn } from '../../../shared/time';
import type { Actor } from '../access/actor';
import { requireSecretariat } from '../access/roles';
import * as audit from '../db/audit';
import { isGuardFailure } from '../db/plans';
import * as reg from '../db/register';
import { conflict, invalid } from '../errors';
import { wmsg } from '../messages';
import { parseBody, parseWith, type RawBody } from '../validation';

/** Stored rows → answers: each decision with its recipients (a decision left without any is dropped). */
export function viewsOf(rows: {
  decisions: reg.DecisionRow[];
  recipients: reg.RecipientRow[];
}): DecisionView[] {
  const byDecision = new Map<string, Recipient[]>();
  for (const r of rows.recipients) {
    const list = byDecision.get(r.decision) ?? [];
    list.push(JSON.parse(r.data) as Recipient);
    byDecision.set(r.decision, list);
  }
  return rows.decisions.flatMap((d) => {
    const recipients = byDecision.get(d.id);
    if (!recipients?.length) return [];
    const data = JSON.parse(d.data) as Omit<DecisionInput, 'recipients'>;
    return [
      {
        ...data,
        recipients,
        id: d.id,
        recordedAt: isoVn(d.recorded_at),
        recordedBy: d.recorded_by,
        campaign: d.campaign,
        meeting: d.meeting,
      },
    ];
  });
}

export async function listRegister(db: D1Database, actor: Actor, query: Record<string, string>) {
  const q = parseWith(RegisterQuery, query);
  const only = actor.role === 'unit' ? actor.unit : null;
  return { decisions: viewsOf(await reg.list(db, q, only)) };
}

/** Runs an insert batch; a decision stored meanwhile (the unique number and date) is 409. */
async function store(db: D1Database, statements: D1PreparedStatement[], what: DecisionInput) {
  try {
    await db.batch(statements);
  } catch (error) {
    if (isGuardFailure(error) || /UNIQUE constraint failed: register_decisions/i.test(String(error)))
      throw conflict(wmsg.registerDecisionExists(what.number, what.date));
    throw error;
  }
}

export async function postDecision(db: D1Database, actor: Actor, readBody: RawBody, now: number) {
  requireSecretariat(actor);
  const d = await parseBody(DecisionInput, readBody);
  const problems: Problem[] = [];
  if (d.period.from > d.period.to)
    problems.push({
      path: '/period/from',
      code: 'period_reversed',
      message: wmsg.registerPeriodReversed(d.period.from, d.period.to),
    });
  const known = await reg.knownUnits(db, [...new Set(d.recipients.map((r) => r.unit))]);
  d.recipients.forEach((r, i) => {
    if (!known.has(r.unit))
      problems.push({
        path: `/recipients/${i}/unit`,
        code: 'unknown_unit',
        message: wmsg.registerUnknownUnit(`/recipients/${i}/unit`, r.unit),
      });
  });
  if (problems.length) throw invalid(problems);
  if ((await reg.existingDecisions(db, [[d.number, d.date]])).size)
    throw conflict(wmsg.registerDecisionExists(d.number, d.date));
  const id = `QD-${crypto.randomUUID()}`;
  await store(
    db,
    [
      ...reg.insertStatements(db, [{ id, decision: d }], now, actor.label),
      audit.record(db, { at: now, actor, action: 'register.record', target: id, campaign: null, detail: d }),
    ],
    d,
  );
  return { ...d, id, recordedAt: isoVn(now), recordedBy: actor.label, campaign: null, meeting: null };
}

export async function importRegister(
  db: D1Database,
  actor: Actor,
  query: Record<string, string>,
  readBody: RawBody,
  now: number,
) {
  requireSecretariat(actor);
  const dryRun = parseWith(RegisterImportQuery, query).dryRun === 'true';
  const checked = validateRegisterImport(await readBody());
  if (!checked.ok) throw badRows(checked.problems);
  const rows = checked.rows;
  const problems = unknownUnitProblems(rows, await reg.knownUnits(db, rowUnits(rows)));
  const decisions = groupRows(rows);
  const existing = await reg.existingDecisions(
    db,
    decisions.map((d) => [d.number, d.date]),
  );
  if (existing.size)
    rows.forEach((r, i) => {
      if (existing.has(`${reg.numberKey(r.number)}\u0000${r.date}`))
        problems.push({
          path: `/rows/${i}/number`,
          code: 'decision_exists',
          message: wmsg.registerRowDecisionExists(sheetRow(i), r.number, r.date),
        });
    });
  if (problems.length) throw badRows(problems.sort((a, b) => rowOf(a) - rowOf(b)));
  const counts = { decisions: decisions.length, recipients: rows.length };
  if (dryRun) return { body: { ...counts, dryRun: true }, status: 200 as const };
  const withIds = decisions.map((decision) => ({ id: `QD-${crypto.randomUUID()}`, decision }));
  await store(
    db,
    [
      ...reg.insertStatements(db, withIds, now, actor.label),
      audit.record(db, {
        at: now,
        actor,
        action: 'register.import',
        target: `${counts.decisions}`,
        campaign: null,
        detail: { ...counts, ids: [withIds[0]!.id, withIds.at(-1)!.id] },
      }),
    ],
    decisions[0]!,
  );
  return { body: { ...counts, dryRun: false }, status: 201 as const };
}

const rowOf = (p: Problem) => Number(/^\/rows\/(\d+)/.exec(p.path)?.[1] ?? -1);

/** 422 listing every problem; the detail counts the bad rows. */
function badRows(problems: Problem[]) {
  const rows = new Set(problems.map(rowOf).filter((i) => i >= 0));
  return invalid(problems, rows.size ? wmsg.registerImportBad(rows.size, problems.length) : undefined);
}
