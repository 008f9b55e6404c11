/**
 * Repository of vote rounds (bình xét): one row per (campaign, group, round). A round is inserted once
 * (`insert`: nothing when it is already there) and replaced only by a correction guarded on the version it
 * read (`correct`), so two writers never silently replace each other; the caller's audit row follows with
 * `afterChange`.
 */
import type { VoteRow } from './rankings';

export interface VoteWrite {
  campaign: string;
  group: string;
  round: number;
  members: number;
  present: number;
  candidates: { unit: string; votes: number }[];
  at: number;
  by: string;
}

/** The first record of a round; changes nothing when the round is already recorded. */
export function insert(db: D1Database, v: VoteWrite): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO votes (campaign, group_code, round, members, present, candidates, recorded_at, recorded_by)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
       ON CONFLICT (campaign, group_code, round) DO NOTHING`,
    )
    .bind(v.campaign, v.group, v.round, v.members, v.present, JSON.stringify(v.candidates), v.at, v.by);
}

/** A correction of a recorded round: only when the row is still the one read (`was`, its recorded_at). */
export function correct(
  db: D1Database,
  v: VoteWrite,
  was: number,
  correction: { reason: string; at: number; by: string },
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE votes SET members = ?4, present = ?5, candidates = ?6, recorded_at = ?7, recorded_by = ?8,
              correction = ?9
        WHERE campaign = ?1 AND group_code = ?2 AND round = ?3 AND recorded_at = ?10`,
    )
    .bind(
      v.campaign,
      v.group,
      v.round,
      v.members,
      v.present,
      JSON.stringify(v.candidates),
      v.at,
      v.by,
      JSON.stringify(correction),
      was,
    );
}

/** A group's rounds, round 1 first. */
export async function list(db: D1Database, campaign: string, group: string): Promise<VoteRow[]> {
  const { results } = await db
    .prepare(
      `SELECT group_code, round, members, present, candidates, recorded_at, recorded_by, correction
         FROM votes WHERE campaign = ?1 AND group_code = ?2 ORDER BY round`,
    )
    .bind(campaign, group)
    .all<VoteRow>();
  return results;
}
