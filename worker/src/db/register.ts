/**
 * Repository of the register of awards (migration 0007): decisions and their recipients. Many rows go in a
 * few statements (db/json-chunks.ts), so a whole import is one batch: one transaction (decision 0036).
 */
import type { DecisionInput, RegisterQuery } from '../../../shared/contract/register';
import { foldId, foldName } from '../../../shared/quotas/identity';
import { jsonChunks } from './json-chunks';

export interface DecisionRow {
  id: string;
  data: string;
  campaign: string | null;
  meeting: string | null;
  recorded_at: number;
  recorded_by: string;
}

export interface RecipientRow {
  decision: string;
  data: string;
}

/** The folded number that, with the date, identifies a decision. */
export const numberKey = (number: string) => foldName(number);

/** The statements that insert decisions (with their ids) and every recipient, for one batch. */
export function insertStatements(
  db: D1Database,
  decisions: readonly {
    id: string;
    decision: DecisionInput;
    campaign?: string | null;
    meeting?: string | null;
  }[],
  at: number,
  by: string,
): D1PreparedStatement[] {
  const heads = decisions.map(({ id, decision, campaign, meeting }) => {
    const { recipients: _, ...data } = decision;
    return {
      id,
      key: numberKey(decision.number),
      date: decision.date,
      title: decision.award.title,
      level: decision.award.level,
      from: decision.period.from,
      to: decision.period.to,
      data,
      campaign: campaign ?? null,
      meeting: meeting ?? null,
    };
  });
  const recipients = decisions.flatMap(({ id, decision }) =>
    decision.recipients.map((r, i) => ({
      d: id,
      i,
      kind: r.kind,
      unit: r.unit,
      key: r.kind === 'individual' ? foldId(r.staffId) : null,
      data: r,
    })),
  );
  return [
    ...jsonChunks(heads).map((c) =>
      db
        .prepare(
          `INSERT INTO register_decisions
             (id, number_key, date, title, level, year_from, year_to, data, campaign, meeting, recorded_at, recorded_by)
           SELECT value ->> '$.id', value ->> '$.key', value ->> '$.date', value ->> '$.title', value ->> '$.level',
                  value ->> '$.from', value ->> '$.to', value -> '$.data', value ->> '$.campaign',
                  value ->> '$.meeting', ?1, ?2
             FROM json_each(?3)`,
        )
        .bind(at, by, c.json),
    ),
    ...jsonChunks(recipients).map((c) =>
      db
        .prepare(
          `INSERT INTO register_recipients (decision, idx, kind, unit, staff_key, data)
           SELECT value ->> '$.d', value ->> '$.i', value ->> '$.kind', value ->> '$.unit', value ->> '$.key',
                  value -> '$.data'
             FROM json_each(?1)`,
        )
        .bind(c.json),
    ),
  ];
}

/** Which of `units` the department knows (one statement per chunk of codes). */
export async function knownUnits(db: D1Database, units: readonly string[]): Promise<Set<string>> {
  if (!units.length) return new Set();
  const results = await db.batch<{ code: string }>(
    jsonChunks(units).map((c) =>
      db.prepare('SELECT code FROM units WHERE code IN (SELECT value FROM json_each(?1))').bind(c.json),
    ),
  );
  return new Set(results.flatMap((r) => r.results.map((u) => u.code)));
}

/** The `number_key\u0000date` of the decisions already in the register among `keys` ([number, date]). */
export async function existingDecisions(
  db: D1Database,
  keys: readonly [string, string][],
): Promise<Set<string>> {
  if (!keys.length) return new Set();
  const folded = keys.map(([n, d]) => [numberKey(n), d]);
  const results = await db.batch<{ number_key: string; date: string }>(
    jsonChunks(folded).map((c) =>
      db
        .prepare(
          `SELECT number_key, date FROM register_decisions
            WHERE (number_key, date) IN (SELECT value ->> '$[0]', value ->> '$[1]' FROM json_each(?1))`,
        )
        .bind(c.json),
    ),
  );
  return new Set(results.flatMap((r) => r.results.map((x) => `${x.number_key}\u0000${x.date}`)));
}

const FILTER = `(?1 IS NULL OR (d.year_from <= ?1 AND d.year_to >= ?1)) AND (?2 IS NULL OR d.title = ?2)
  AND (?3 IS NULL OR d.level = ?3)
  AND (?4 IS NULL OR EXISTS (SELECT 1 FROM register_recipients x WHERE x.decision = d.id AND x.unit = ?4))`;

/**
 * The decisions matching the query and their recipients (only those of `only` when given: a unit reads
 * its own), in date order: one batch of two statements.
 */
export async function list(db: D1Database, q: RegisterQuery, only: string | null) {
  const args = [q.year ?? null, q.title ?? null, q.level ?? null, only ?? q.unit ?? null];
  const [decisions, recipients] = await db.batch([
    db.prepare(`SELECT d.* FROM register_decisions d WHERE ${FILTER} ORDER BY d.date, d.id`).bind(...args),
    db
      .prepare(
        `SELECT r.decision, r.data FROM register_recipients r JOIN register_decisions d ON d.id = r.decision
          WHERE ${FILTER} AND (?5 IS NULL OR r.unit = ?5) ORDER BY r.decision, r.idx`,
      )
      .bind(...args, only),
  ]);
  return {
    decisions: decisions!.results as unknown as DecisionRow[],
    recipients: recipients!.results as unknown as RecipientRow[],
  };
}

/**
 * The decisions naming the campaign's units (years up to the campaign's) and those recipients, for the
 * quota pass: two statements for the caller's batch.
 */
export function campaignRegisterStatements(
  db: D1Database,
  campaign: string,
): [D1PreparedStatement, D1PreparedStatement] {
  const where = `d.year_from <= (SELECT year FROM campaigns WHERE code = ?1)
    AND r.unit IN (SELECT unit FROM campaign_units WHERE campaign = ?1)`;
  return [
    db
      .prepare(
        `SELECT DISTINCT d.* FROM register_decisions d JOIN register_recipients r ON r.decision = d.id
          WHERE ${where} ORDER BY d.date, d.id`,
      )
      .bind(campaign),
    db
      .prepare(
        `SELECT r.decision, r.data FROM register_recipients r JOIN register_decisions d ON d.id = r.decision
          WHERE ${where} ORDER BY r.decision, r.idx`,
      )
      .bind(campaign),
  ];
}
