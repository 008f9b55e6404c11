/**
 * Repository of the council's meetings (decision 0039; migration 0008). Each write's statements go in ONE batch
 * with a guard first: `stateGuard` inserts into `write_guards` (NOT NULL, so the insert fails the batch) when
 * the meeting is not in the state the write needs, so nothing is written after a concurrent close or reopen.
 * The updates repeat the state in their own WHERE, and the audit row follows with `afterChange`.
 */

export interface MeetingRow {
  id: string;
  campaign: string;
  snapshot: string;
  data: string;
  council_size: number;
  present: number;
  status: 'open' | 'closed';
  opened_at: number;
  opened_by: string;
  closed_at: number | null;
  closed_by: string | null;
  reopenings: string;
  submitted_at: number | null;
  submitted_by: string | null;
  submitted_no: string | null;
  submitted_on: string | null;
  /** Joined from the snapshot on reads. */
  snapshot_sha256?: string;
}

export interface ProposalRow {
  meeting: string;
  nomination: string;
  idx: number;
  award: string;
  data: string;
  ballot: string | null;
  issued: number | null;
  returned: number | null;
  valid: number | null;
  in_favour: number | null;
  state: 'pending' | 'proposed' | 'not_proposed' | 'submitted' | 'awarded';
  reason: string | null;
  decided_at: number | null;
  decided_by: string | null;
  decision: string | null;
}

/** What a new proposal row holds (the rest starts empty, `pending`). */
export interface NewProposal {
  nomination: string;
  award: string;
  data: unknown;
  ballot: unknown;
}

export function insertMeeting(
  db: D1Database,
  m: Omit<
    MeetingRow,
    | 'status'
    | 'closed_at'
    | 'closed_by'
    | 'reopenings'
    | 'submitted_at'
    | 'submitted_by'
    | 'submitted_no'
    | 'submitted_on'
  >,
) {
  return db
    .prepare(
      `INSERT INTO meetings (id, campaign, snapshot, data, council_size, present, status, opened_at, opened_by)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'open', ?7, ?8)`,
    )
    .bind(m.id, m.campaign, m.snapshot, m.data, m.council_size, m.present, m.opened_at, m.opened_by);
}

/** Every proposal in one statement: the rows travel as one JSON value (D1 allows 2 MB per value). */
export function insertProposals(db: D1Database, meeting: string, rows: readonly NewProposal[]) {
  return db
    .prepare(
      `INSERT INTO meeting_proposals (meeting, nomination, idx, award, data, ballot, state)
       SELECT ?1, json_extract(value, '$.nomination'), key, json_extract(value, '$.award'),
              json(json_extract(value, '$.data')), json(json_extract(value, '$.ballot')), 'pending'
         FROM json_each(?2)`,
    )
    .bind(
      meeting,
      JSON.stringify(
        rows.map((r) => ({
          ...r,
          data: JSON.stringify(r.data),
          ballot: r.ballot === null ? null : JSON.stringify(r.ballot),
        })),
      ),
    );
}

export type Guard = 'open' | 'closable' | 'reopenable' | 'submittable';

const GUARDS: Record<Guard, string> = {
  open: `(SELECT status FROM meetings WHERE id = ?1) IS NOT 'open'`,
  closable: `(SELECT status FROM meetings WHERE id = ?1) IS NOT 'open'
             OR EXISTS (SELECT 1 FROM meeting_proposals WHERE meeting = ?1 AND state = 'pending')`,
  reopenable: `(SELECT status = 'closed' AND submitted_at IS NULL FROM meetings WHERE id = ?1) IS NOT 1`,
  submittable: `(SELECT status = 'closed' AND submitted_at IS NULL FROM meetings WHERE id = ?1) IS NOT 1`,
};

/** Fails the batch unless the meeting is in the state the write needs. */
export function stateGuard(db: D1Database, meeting: string, guard: Guard) {
  return db.prepare(`INSERT INTO write_guards (guard) SELECT NULL WHERE ${GUARDS[guard]}`).bind(meeting);
}

/** Fails the batch unless every one of `ids` is a proposal of the meeting in `state`. */
export function proposalsGuard(
  db: D1Database,
  meeting: string,
  ids: readonly string[],
  state: ProposalRow['state'],
) {
  return db
    .prepare(
      `INSERT INTO write_guards (guard) SELECT NULL
        WHERE (SELECT COUNT(*) FROM meeting_proposals
                WHERE meeting = ?1 AND state = ?3 AND nomination IN (SELECT value FROM json_each(?2))) IS NOT ?4`,
    )
    .bind(meeting, JSON.stringify(ids), state, ids.length);
}

/**
 * A decision on proposals while the meeting is open: each entry's figures (null for the list), state and reason.
 * `ballot` says which proposals it may touch: those with a ballot rule, or those without.
 */
export function decide(
  db: D1Database,
  meeting: string,
  entries: readonly {
    nomination: string;
    figures: Record<string, number> | null;
    state: string;
    reason: string | null;
  }[],
  ballot: boolean,
  at: number,
  by: string,
) {
  return db
    .prepare(
      `UPDATE meeting_proposals
          SET issued = json_extract(j.value, '$.figures.issued'),
              returned = json_extract(j.value, '$.figures.returned'),
              valid = json_extract(j.value, '$.figures.valid'),
              in_favour = json_extract(j.value, '$.figures.inFavour'),
              state = json_extract(j.value, '$.state'),
              reason = json_extract(j.value, '$.reason'),
              decided_at = ?3, decided_by = ?4
         FROM json_each(?2) AS j
        WHERE meeting_proposals.meeting = ?1
          AND meeting_proposals.nomination = json_extract(j.value, '$.nomination')
          AND (meeting_proposals.ballot IS NOT NULL) = ?5
          AND (SELECT status FROM meetings WHERE id = ?1) = 'open'`,
    )
    .bind(meeting, JSON.stringify(entries), at, by, ballot ? 1 : 0);
}

export function close(db: D1Database, meeting: string, at: number, by: string) {
  return db
    .prepare(
      `UPDATE meetings SET status = 'closed', closed_at = ?2, closed_by = ?3 WHERE id = ?1 AND status = 'open'`,
    )
    .bind(meeting, at, by);
}

export function reopen(db: D1Database, meeting: string, entry: { reason: string; at: number; by: string }) {
  return db
    .prepare(
      `UPDATE meetings SET status = 'open', closed_at = NULL, closed_by = NULL,
              reopenings = json_insert(reopenings, '$[#]', json(?2))
        WHERE id = ?1 AND status = 'closed' AND submitted_at IS NULL`,
    )
    .bind(meeting, JSON.stringify(entry));
}

export function submit(
  db: D1Database,
  meeting: string,
  s: { at: number; by: string; no: string | null; on: string },
) {
  return [
    db
      .prepare(
        `UPDATE meetings SET submitted_at = ?2, submitted_by = ?3, submitted_no = ?4, submitted_on = ?5
          WHERE id = ?1 AND status = 'closed' AND submitted_at IS NULL`,
      )
      .bind(meeting, s.at, s.by, s.no, s.on),
    db
      .prepare(`UPDATE meeting_proposals SET state = 'submitted' WHERE meeting = ?1 AND state = 'proposed'`)
      .bind(meeting),
  ];
}

/** The proposals a decision awards, with the register decision that did (`{id, number, date}`). */
export function award(db: D1Database, meeting: string, ids: readonly string[], decision: unknown) {
  return db
    .prepare(
      `UPDATE meeting_proposals SET state = 'awarded', decision = json(?3)
        WHERE meeting = ?1 AND state = 'submitted' AND nomination IN (SELECT value FROM json_each(?2))`,
    )
    .bind(meeting, JSON.stringify(ids), JSON.stringify(decision));
}

const SELECT =
  'SELECT m.*, s.sha256 AS snapshot_sha256 FROM meetings AS m JOIN snapshots AS s ON s.id = m.snapshot';

export function find(db: D1Database, campaign: string, id: string): Promise<MeetingRow | null> {
  return db.prepare(`${SELECT} WHERE m.campaign = ?1 AND m.id = ?2`).bind(campaign, id).first<MeetingRow>();
}

export async function list(db: D1Database, campaign: string): Promise<MeetingRow[]> {
  const { results } = await db
    .prepare(`${SELECT} WHERE m.campaign = ?1 ORDER BY m.opened_at, m.id`)
    .bind(campaign)
    .all<MeetingRow>();
  return results;
}

export async function proposals(db: D1Database, meeting: string): Promise<ProposalRow[]> {
  const { results } = await db
    .prepare('SELECT * FROM meeting_proposals WHERE meeting = ?1 ORDER BY idx')
    .bind(meeting)
    .all<ProposalRow>();
  return results;
}

/** Proposals counted by state, per meeting of the campaign. */
export async function counts(db: D1Database, campaign: string) {
  const { results } = await db
    .prepare(
      `SELECT p.meeting, p.state, COUNT(*) AS n FROM meeting_proposals AS p JOIN meetings AS m ON m.id = p.meeting
        WHERE m.campaign = ?1 GROUP BY p.meeting, p.state`,
    )
    .bind(campaign)
    .all<{ meeting: string; state: ProposalRow['state']; n: number }>();
  return results;
}
