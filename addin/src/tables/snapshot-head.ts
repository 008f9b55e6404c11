/**
 * The heading every sheet of the council's workbook shares (decision 0033): the title in row 1, the
 * snapshot's id and date in row 2, its SHA-256 in row 3, so a printed page says which frozen figures it shows.
 */
import { formatInstantVn } from '../../../shared/time';
import type { SnapshotHead } from '../api/secretariat';
import { snapshotHeadText as T } from '../messages/council-tables';
import type { Block } from './block';

/** The header row of a snapshot sheet (rows 1–3 the heading, row 4 a legend or blank). */
export const SNAPSHOT_HEADER_ROW = 5;

/** Rows 2 and 3: which snapshot, when, and its SHA-256. */
export const snapshotHeadLines = (snapshot: SnapshotHead): [string, string] => [
  T.snapshot(snapshot.id, formatInstantVn(snapshot.createdAt)),
  T.sha(snapshot.sha256),
];

export function writeSnapshotHead(b: Block, title: string, snapshot: SnapshotHead): void {
  const [when, sha] = snapshotHeadLines(snapshot);
  b.set(1, 0, title);
  b.set(2, 0, when);
  b.set(3, 0, sha);
}
