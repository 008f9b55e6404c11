/** Repository of vote rounds (bình xét): one row per (campaign, group, round), replaced by a new PUT. */
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

/** The upsert of one round; the caller adds its audit row in the same batch. */
export function upsert(db: D1Database, v: VoteWrite): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO votes (campaign, group_code, round, members, present, candidates, recorded_at, recorded_by)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
       ON CONFLICT (campaign, group_code, round) DO UPDATE SET members = excluded.members,
         present = excluded.present, candidates = excluded.candidates, recorded_at = excluded.recorded_at,
         recorded_by = excluded.recorded_by`,
    )
    .bind(v.campaign, v.group, v.round, v.members, v.present, JSON.stringify(v.candidates), v.at, v.by);
}

/** A group's rounds, round 1 first. */
export async function list(db: D1Database, campaign: string, group: string): Promise<VoteRow[]> {
  const { results } = await db
    .prepare(
      `SELECT group_code, round, members, present, candidates, recorded_at, recorded_by
         FROM votes WHERE campaign = ?1 AND group_code = ?2 ORDER BY round`,
    )
    .bind(campaign, group)
    .all<VoteRow>();
  return results;
}
