/**
 * The register decision a meeting's `POST …/decisions` writes (shared/contract/register.ts `DecisionInput`, the
 * tables of migration 0007). TODO(worker14): use the register's own repository (db/register) once it lands, so
 * the number is folded the one way `POST /register/decisions` folds it.
 */
import type { DecisionInput } from '../../../../shared/contract/register';

/** The number as the register compares numbers: NFC, lower case, no spaces ("12/QĐ-UBND" = "12/qđ-ubnd"). */
export const numberKey = (n: string) => n.normalize('NFC').toLowerCase().replace(/\s+/g, '');

export interface StoredDecision extends DecisionInput {
  id: string;
  campaign: string;
  meeting: string;
  recordedAt: number;
  recordedBy: string;
}

/** The decision and its recipients: two statements, the recipients as one JSON value. */
export function registerStatements(db: D1Database, d: StoredDecision): D1PreparedStatement[] {
  const { recipients, id, campaign, meeting, recordedAt, recordedBy, ...data } = d;
  return [
    db
      .prepare(
        `INSERT INTO register_decisions
           (id, number_key, date, title, level, year_from, year_to, data, campaign, meeting, recorded_at, recorded_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)`,
      )
      .bind(
        id,
        numberKey(d.number),
        d.date,
        d.award.title,
        d.award.level,
        d.period.from,
        d.period.to,
        JSON.stringify(data),
        campaign,
        meeting,
        recordedAt,
        recordedBy,
      ),
    db
      .prepare(
        `INSERT INTO register_recipients (decision, idx, kind, unit, staff_key, data)
         SELECT ?1, key, json_extract(value, '$.kind'), json_extract(value, '$.unit'),
                json_extract(value, '$.staffKey'), json(json_extract(value, '$.data'))
           FROM json_each(?2)`,
      )
      .bind(
        id,
        JSON.stringify(
          recipients.map((r) => ({
            kind: r.kind,
            unit: r.unit,
            staffKey: r.staffId === undefined ? null : numberKey(r.staffId),
            data: JSON.stringify(r),
          })),
        ),
      ),
  ];
}

/** Whether a D1 error is the register's unique (number, date) colliding. */
export const isDuplicateDecision = (error: unknown) =>
  /UNIQUE constraint failed: register_decisions/i.test(
    String((error as { message?: unknown })?.message ?? error),
  );
