/**
 * The council's workbook from one snapshot (decision 0033), in tab order: the summary first, one criterion
 * matrix per group (unit columns frozen, A3 landscape), then the ballots, the nominations and the quotas —
 * every sheet read-only, headed by the snapshot's id, date and SHA-256. `council.ts` writes them in one pull.
 */
import type { Snapshot } from '../../../shared/contract/snapshots';
import { councilTableText } from '../messages/council-tables';
import { safeSheetName } from './block';
import { consolidatedTable } from './consolidated';
import { nominationsTable } from './nominations';
import { quotasTable } from './quotas';
import { snapshotHeadLines } from './snapshot-head';
import { summaryTable } from './summary';
import type { TablePlan } from './types';
import { votesTable } from './votes';

export interface SnapshotTablesInput {
  campaign: string;
  /** The campaign's title, for the headings. */
  title: string;
  snapshot: Snapshot;
  /** The plan's classification labels, best first: the fills follow them as on the rankings sheet. */
  classifications?: readonly string[];
}

export function snapshotTables(input: SnapshotTablesInput): TablePlan[] {
  const { campaign, snapshot } = input;
  const quotas = quotasTable({
    campaign,
    title: input.title,
    rules: snapshot.quotas,
    at: snapshot.createdAt,
    heading: snapshotHeadLines(snapshot),
  });
  return [
    summaryTable(input),
    ...snapshot.consolidated.map((group) => consolidatedTable({ campaign, snapshot, group })),
    votesTable(input),
    nominationsTable(input),
    {
      ...quotas,
      name: safeSheetName(councilTableText.quotas.sheet),
      identity: { kind: 'snapshotQuotas', campaign },
      source: snapshot.id,
      readOnly: true,
    },
  ];
}
