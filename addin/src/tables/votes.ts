/**
 * "Biểu quyết" of the council's workbook (decision 0033): every recorded ballot round of the snapshot, one
 * row per candidate — group, round, members, present, the votes needed, the unit, its votes and share,
 * reached or not, who recorded it and the last correction. A round without candidates keeps one row.
 */
import { formatInstantVn } from '../../../shared/time';
import { councilTableText } from '../messages/council-tables';
import { area } from '../sheets/a1';
import type { StyleBlock } from '../sheets/types';
import { Block, CLASS_FILLS, frameStyles, landscapePrint, safeSheetName } from './block';
import { SNAPSHOT_HEADER_ROW, writeSnapshotHead } from './snapshot-head';
import type { SnapshotTablesInput } from './snapshot-tables';
import type { TablePlan } from './types';

const T = councilTableText.votes;
const COLS = 13;

export function votesTable(input: SnapshotTablesInput): TablePlan {
  const { snapshot } = input;
  const H = SNAPSHOT_HEADER_ROW;
  const groupName = new Map(snapshot.rankings.map((g) => [g.group, g.name || g.group]));
  const unitName = new Map(snapshot.rankings.flatMap((g) => g.rows.map((r) => [r.unit, r.name] as const)));
  const rounds = snapshot.votes.flatMap((v) => v.rounds.map((r) => ({ group: v.group, r })));
  const count = rounds.reduce((s, x) => s + Math.max(x.r.candidates.length, 1), 0);
  const lastRow = H + Math.max(count, 1);
  const lastCol = COLS - 1;
  const b = new Block(lastRow, COLS);
  writeSnapshotHead(b, T.title(input.title), snapshot);
  const h = T.header;
  [
    h.group,
    h.round,
    h.members,
    h.present,
    h.threshold,
    h.unit,
    h.name,
    h.votes,
    h.voteShare,
    h.reached,
    h.recorded,
    h.by,
    h.correction,
  ].forEach((text, col) => {
    b.set(H, col, text);
  });

  const styles: StyleBlock[] = [];
  let row = H + 1;
  for (const { group, r } of rounds) {
    const candidates = r.candidates.length ? r.candidates : [null];
    for (const c of candidates) {
      b.set(row, 0, groupName.get(group) ?? group);
      b.set(row, 1, r.round);
      b.set(row, 2, r.members);
      b.set(row, 3, r.present);
      b.set(row, 4, r.threshold);
      if (c) {
        b.set(row, 5, c.unit);
        b.set(row, 6, unitName.get(c.unit) ?? '');
        b.set(row, 7, c.votes);
        b.set(row, 8, c.voteShare, '0.0%');
        b.set(row, 9, c.reached ? T.reached : T.notReached);
        if (c.reached) styles.push({ address: area(row, 0, row, lastCol), fill: CLASS_FILLS[0] });
      } else b.set(row, 5, T.noCandidate);
      b.set(row, 10, r.recordedAt ? formatInstantVn(r.recordedAt) : '');
      b.set(row, 11, r.recordedBy);
      const k = r.correction;
      if (k) b.set(row, 12, T.correction(k.reason, formatInstantVn(k.at), k.by));
      row++;
    }
  }
  if (!count) b.set(H + 1, 0, T.empty);

  const frame = { subtitleTo: 3, header: H, headerTo: H, lastRow, lastCol };
  return {
    name: safeSheetName(T.sheet),
    identity: { kind: 'votes', campaign: input.campaign },
    source: snapshot.id,
    rows: lastRow,
    cols: COLS,
    values: b.values,
    numberFormats: b.formats,
    merges: [],
    styles: [...frameStyles(frame), ...styles],
    widths: [20, 6, 10, 8, 10, 12, 32, 8, 9, 10, 18, 20, 36],
    conditional: [],
    charts: [],
    freezeRows: H,
    readOnly: true,
    print: landscapePrint(frame),
  };
}
