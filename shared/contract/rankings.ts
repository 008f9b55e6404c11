/** Rankings and consolidated sheets (contract: "Rankings, votes, consolidated sheets and snapshots"). */
import * as z from 'zod';
import { CsvDialect, ExportFormat, SectionKind, SheetStatus } from './enums';
import { instant, int, score } from './fields';

export const RankingRow = z.object({
  /** Null for a unit that did not submit (it comes last). */
  rank: int.nullable(),
  unit: z.string(),
  name: z.string(),
  status: SheetStatus,
  total: score.nullable(),
  totalSelf: score.nullable(),
  sections: z.record(z.string(), score),
  classification: z.string().nullable(),
  votes: int.nullable(),
  voteShare: z.number().nullable(),
  leading: z.boolean(),
});

/** `GET …/groups/{group}/ranking`, ordered by rank. */
export const GroupRanking = z.object({
  group: z.string(),
  name: z.string(),
  generatedAt: instant,
  rows: z.array(RankingRow),
});

/** `GET /campaigns/{campaign}/rankings`. */
export const CampaignRankings = z.object({ groups: z.array(GroupRanking) });

/** `GET …/consolidated?format=…&dialect=…`. */
export const ConsolidatedQuery = z.object({
  format: ExportFormat.default('json'),
  dialect: CsvDialect.default('excel-vi'),
});

/** The formats of a table route (rankings, quotas): JSON, or CSV in one of two dialects. */
export const TableFormat = z.enum(['json', 'csv']);

/**
 * `GET …/ranking`, `GET …/rankings` and `GET …/quotas` `?format=…&dialect=…`. A format outside `TableFormat`
 * is refused with 406 (never answered as JSON).
 */
export const TableQuery = z.object({
  format: TableFormat.default('json'),
  dialect: CsvDialect.default('excel-vi'),
});

const Scores = z.array(score.nullable());

/**
 * A score an appraisal changed (appraised ≠ self), with its author and reason; `conflict` when the appraiser's
 * unit is a candidate of the group's vote changing a rival's sheet (shared/appraisal-changes.ts).
 */
export const AppraisalChange = z.object({
  unit: z.string(),
  criterion: z.string(),
  self: score.nullable(),
  appraised: score,
  delta: score,
  reason: z.string().nullable(),
  appraiser: z.object({ label: z.string(), unit: z.string().nullable() }).nullable(),
  appraisedAt: instant.nullable(),
  conflict: z.boolean(),
});

/** The council's glance at a group: its vote's candidates and the changes each made to rivals' sheets. */
export const ConflictSummary = z.object({
  candidates: z.array(z.string()),
  changes: int,
  byAppraiser: z.array(
    z.object({ unit: z.string(), changes: int, sheets: z.array(z.string()), delta: score }),
  ),
});

/**
 * `GET …/groups/{group}/consolidated`: the council's matrix, units × criteria; `changes` and `conflicts`
 * (optional: snapshots frozen before them lack them) list every changed score and the conflicts of interest.
 */
export const Consolidated = z.object({
  group: z.string(),
  name: z.string(),
  criteria: z.array(
    z.object({ code: z.string(), title: z.string(), section: z.string(), kind: SectionKind, max: score }),
  ),
  rows: z.array(
    z.object({
      unit: z.string(),
      name: z.string(),
      status: SheetStatus,
      self: Scores,
      appraised: Scores,
      final: Scores,
      total: score.nullable(),
      classification: z.string().nullable(),
      rank: int.nullable(),
    }),
  ),
  changes: z.array(AppraisalChange).optional(),
  conflicts: ConflictSummary.optional(),
});

export type RankingRow = z.output<typeof RankingRow>;
export type GroupRanking = z.output<typeof GroupRanking>;
export type CampaignRankings = z.output<typeof CampaignRankings>;
export type ConsolidatedQuery = z.output<typeof ConsolidatedQuery>;
export type Consolidated = z.output<typeof Consolidated>;
export type TableQuery = z.output<typeof TableQuery>;
export type AppraisalChange = z.output<typeof AppraisalChange>;
export type ConflictSummary = z.output<typeof ConflictSummary>;
