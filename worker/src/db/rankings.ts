/**
 * What rankings and consolidated sheets read: a campaign's (or one group's) members joined to their sheets,
 * the groups, their templates and the vote rounds — four SELECTs in ONE batch, whatever the number of
 * groups, units or criteria. Totals come precomputed in hundredths from the sheet rows; the entries only when
 * asked for.
 */

import type { SheetStatus } from '../../../shared/contract/enums';
import type { GroupRow } from './campaigns';

/** A member of a group with its sheet's stored totals (null columns when it never wrote one). */
export interface MemberSheetRow {
  group_code: string;
  unit: string;
  name: string;
  women_share: number | null;
  position: number;
  status: SheetStatus | null;
  entries: string | null;
  total_self: number | null;
  total_final: number | null;
  sections: string | null;
  standard: number | null;
  bonus: number | null;
  deduction: number | null;
  classification: string | null;
  /** Who appraised each criterion, JSON (migration 0003); null when the entries were not read. */
  appraisers: string | null;
}

export interface VoteRow {
  group_code: string;
  round: number;
  members: number;
  present: number;
  candidates: string;
  recorded_at: number;
  recorded_by: string;
  /** JSON {"reason","at","by"} of the last correction; null when never corrected (migration 0003). */
  correction: string | null;
}

export interface RankingData {
  groups: GroupRow[];
  templates: { code: string; document: string }[];
  members: MemberSheetRow[];
  votes: VoteRow[];
}

/**
 * Everything needed to rank one group (`group`) or every group of the campaign (`group` null). `entries`
 * (each sheet's criterion list, some 10 kB for 120 criteria) is read only when the caller needs the scores
 * themselves (consolidated sheets, snapshots); a ranking reads the stored totals alone, and `entries` is null.
 */
export async function rankingData(
  db: D1Database,
  campaign: string,
  group: string | null,
  { entries = true }: { entries?: boolean } = {},
): Promise<RankingData> {
  const [groups, templates, members, votes] = await db.batch([
    db
      .prepare(
        `SELECT campaign, code, position, kind, name, template, lead, deadline, deadline_at, vote_percent, vote_of
           FROM plan_groups WHERE campaign = ?1 AND (?2 IS NULL OR code = ?2) ORDER BY position`,
      )
      .bind(campaign, group),
    db.prepare('SELECT code, document FROM templates WHERE campaign = ?1').bind(campaign),
    db
      .prepare(
        `SELECT m.group_code, m.unit, u.name, u.women_share, m.position, s.status,
                ${entries ? 's.entries, s.appraisers' : 'NULL AS entries, NULL AS appraisers'}, s.total_self,
                s.total_final, s.sections, s.standard, s.bonus, s.deduction, s.classification
           FROM group_members m
           JOIN campaign_units u ON u.campaign = m.campaign AND u.unit = m.unit
           LEFT JOIN sheets s ON s.campaign = m.campaign AND s.group_code = m.group_code AND s.unit = m.unit
          WHERE m.campaign = ?1 AND (?2 IS NULL OR m.group_code = ?2)
          ORDER BY m.group_code, m.position`,
      )
      .bind(campaign, group),
    db
      .prepare(
        `SELECT group_code, round, members, present, candidates, recorded_at, recorded_by, correction
           FROM votes WHERE campaign = ?1 AND (?2 IS NULL OR group_code = ?2) ORDER BY group_code, round`,
      )
      .bind(campaign, group),
  ]);
  return {
    groups: groups!.results as GroupRow[],
    templates: templates!.results as { code: string; document: string }[],
    members: members!.results as MemberSheetRow[],
    votes: votes!.results as VoteRow[],
  };
}
