/**
 * The import of the register of awards (sổ theo dõi khen thưởng, issue 14): flat rows, one per recipient,
 * checked as a whole before anything is stored, so a sheet with one bad row changes nothing and the answer
 * names every bad row. Applied by the Worker (`POST /register/import`, which adds the units it knows) and by
 * the pane's "Kiểm tra". Paths are `/rows/i/…`; messages name the sheet row ("Dòng i+2": row 1 holds the
 * headings). Rows with the same number and date are one decision (`groupRows`).
 */
import * as z from 'zod';
import { LIST_MAX } from '../contract/fields';
import { type DecisionInput, type RegisterRow, RegisterRow as RowSchema } from '../contract/register';
import { peopleMessages as m } from '../messages/people';
import { rowWise } from '../people/staff-check';
import { zodProblems } from '../plan';
import type { Problem } from '../problems';
import { foldId, foldName } from '../quotas/identity';

export type RowsResult = { ok: true; rows: RegisterRow[] } | { ok: false; problems: Problem[] };

const Body = z.object({ rows: z.array(z.unknown()).min(1).max(50000) });

/** The decision fields every row of one decision repeats, and how to read each. */
const DECISION_FIELDS: readonly [string, (r: RegisterRow) => string | number][] = [
  ['issuerLevel', (r) => r.issuerLevel],
  ['authority', (r) => r.authority],
  ['award.title', (r) => r.award.title],
  ['award.level', (r) => r.award.level],
  ['category', (r) => r.category],
  ['awardName', (r) => r.awardName],
  ['period.from', (r) => r.period.from],
  ['period.to', (r) => r.period.to],
];

/** The key of a row's decision: its number (folded) and date. */
export const decisionKey = (r: Pick<RegisterRow, 'number' | 'date'>): string =>
  `${foldName(r.number)}\u0000${r.date}`;

/** Who a row awards, for "the same recipient twice in one decision". */
function recipientKey(r: RegisterRow): string | null {
  if (r.kind === 'collective') return `c\u0000${r.unit}`;
  const id = foldId(r.staffId);
  if (id !== null) return `s\u0000${r.unit}\u0000${id}`;
  const name = foldName(r.name);
  return name ? `n\u0000${r.unit}\u0000${name}\u0000${r.birthDate ?? ''}` : null;
}

/** Parses an import body and checks every row; all problems are listed, row by row. */
export function validateRegisterImport(input: unknown): RowsResult {
  const body = Body.safeParse(input);
  if (!body.success) return { ok: false, problems: zodProblems(body.error) };
  const rows: RegisterRow[] = [];
  const problems: Problem[] = [];
  body.data.rows.forEach((raw, i) => {
    const row = RowSchema.safeParse(raw);
    if (row.success) rows[i] = row.data;
    else problems.push(...rowWise(zodProblems(row.error, ['rows', i]), 'rows'));
  });
  if (problems.length) return { ok: false, problems: [...problems, ...checkRows(rows)] };
  const more = checkRows(rows);
  return more.length ? { ok: false, problems: more } : { ok: true, rows };
}

/**
 * The checks across rows of parsed rows (a sparse array: rows that failed their schema are skipped): period
 * from > to, an individual without staff id or name, rows of one decision disagreeing on its fields, a
 * recipient twice in one decision, a decision over the recipients' limit.
 */
export function checkRows(rows: readonly (RegisterRow | undefined)[]): Problem[] {
  const problems: Problem[] = [];
  const first = new Map<string, number>();
  const recipients = new Map<string, Map<string, number>>();
  const counts = new Map<string, number>();
  rows.forEach((r, i) => {
    if (!r) return;
    if (r.period.from > r.period.to)
      problems.push({
        path: `/rows/${i}/period/from`,
        code: 'period_reversed',
        message: m.registerPeriodReversed(i, r.period.from, r.period.to),
      });
    const key = decisionKey(r);
    const at = first.get(key);
    if (at === undefined) first.set(key, i);
    else {
      const base = rows[at]!;
      for (const [field, read] of DECISION_FIELDS)
        if (read(r) !== read(base))
          problems.push({
            path: `/rows/${i}/${field.replace('.', '/')}`,
            code: 'decision_disagrees',
            message: m.registerDecisionDisagrees(i, m.decisionField[field] ?? field, r.number, r.date, at),
          });
    }
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (n === LIST_MAX.units + 1)
      problems.push({
        path: `/rows/${i}`,
        code: 'too_many_recipients',
        message: m.registerTooManyRecipients(i, r.number, LIST_MAX.units),
      });
    const who = recipientKey(r);
    if (who === null) {
      problems.push({
        path: `/rows/${i}/name`,
        code: 'name_required',
        message: m.registerIndividualNeedsPerson(i),
      });
      return;
    }
    const seen = recipients.get(key) ?? new Map<string, number>();
    recipients.set(key, seen);
    const before = seen.get(who);
    if (before !== undefined)
      problems.push({
        path: `/rows/${i}/${r.kind === 'collective' ? 'unit' : r.staffId ? 'staffId' : 'name'}`,
        code: 'duplicate_recipient',
        message: m.registerRecipientTwice(i, r.number, before),
      });
    else seen.set(who, i);
  });
  return problems;
}

/** Rows (checked) → decisions, in the order their first rows appear; recipients in row order. */
export function groupRows(rows: readonly RegisterRow[]): DecisionInput[] {
  const out = new Map<string, DecisionInput>();
  for (const r of rows) {
    const { kind, unit, staffId, name, birthDate, ...decision } = r;
    const recipient = {
      kind,
      unit,
      ...(staffId !== undefined ? { staffId } : {}),
      ...(name !== undefined ? { name } : {}),
      ...(birthDate !== undefined ? { birthDate } : {}),
    };
    const key = decisionKey(r);
    const d = out.get(key);
    if (d) d.recipients.push(recipient);
    else out.set(key, { ...decision, recipients: [recipient] });
  }
  return [...out.values()];
}

/** The units the rows name (for the Worker's check against the department's units). */
export const rowUnits = (rows: readonly RegisterRow[]): string[] => [...new Set(rows.map((r) => r.unit))];

/** The problems of rows naming units the department does not know. */
export function unknownUnitProblems(rows: readonly RegisterRow[], known: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  rows.forEach((r, i) => {
    if (!known.has(r.unit))
      problems.push({
        path: `/rows/${i}/unit`,
        code: 'unknown_unit',
        message: m.registerUnknownUnit(i, r.unit),
      });
  });
  return problems;
}
