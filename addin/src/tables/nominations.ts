/**
 * "Hồ sơ đề nghị" of the council's workbook (decision 0033): every nomination the snapshot froze, with its
 * status and the reasons the Worker gave; over-quota rows filled red, ineligible ones grey.
 */
import { formatInstantVn } from '../../../shared/time';
import { councilTableText } from '../messages/council-tables';
import { nominationSheetText } from '../messages/nominations';
import { area } from '../sheets/a1';
import type { StyleBlock } from '../sheets/types';
import { Block, frameStyles, landscapePrint, OVER_FILL, safeSheetName } from './block';
import { SNAPSHOT_HEADER_ROW, writeSnapshotHead } from './snapshot-head';
import type { SnapshotTablesInput } from './snapshot-tables';
import type { TablePlan } from './types';

const T = councilTableText.nominations;
const COLS = 13;
/** Fill of an ineligible nomination. */
export const INELIGIBLE_FILL = '#D9D9D9';

export function nominationsTable(input: SnapshotTablesInput): TablePlan {
  const { snapshot } = input;
  const H = SNAPSHOT_HEADER_ROW;
  const items = snapshot.nominations;
  const lastRow = H + Math.max(items.length, 1);
  const lastCol = COLS - 1;
  const b = new Block(lastRow, COLS);
  writeSnapshotHead(b, T.title(input.title), snapshot);
  const h = T.header;
  [
    h.id,
    h.award,
    h.movement,
    h.group,
    h.kind,
    h.unit,
    h.name,
    h.position,
    h.priority,
    h.status,
    h.reasons,
    h.filed,
    h.by,
  ].forEach((text, col) => {
    b.set(H, col, text);
  });
  const kinds = nominationSheetText.kind as Record<string, string>;
  const styles: StyleBlock[] = [];
  items.forEach((n, i) => {
    const row = H + 1 + i;
    b.set(row, 0, n.id);
    b.set(row, 1, n.award);
    b.set(row, 2, n.movement ?? n.programme);
    b.set(row, 3, n.group);
    b.set(row, 4, kinds[n.nominee.kind] ?? n.nominee.kind);
    b.set(row, 5, n.nominee.unit);
    b.set(row, 6, n.nominee.name);
    b.set(row, 7, n.nominee.position);
    b.set(row, 8, n.priority);
    b.set(row, 9, nominationSheetText.status[n.status] ?? n.status);
    if (n.reasons.length) b.set(row, 10, n.reasons.join('\n'));
    b.set(row, 11, formatInstantVn(n.filedAt));
    b.set(row, 12, n.filedBy);
    const fill = n.status === 'over_quota' ? OVER_FILL : n.status === 'ineligible' ? INELIGIBLE_FILL : null;
    if (fill) styles.push({ address: area(row, 0, row, lastCol), fill });
  });
  if (!items.length) b.set(H + 1, 0, T.empty);

  const frame = { subtitleTo: 3, header: H, headerTo: H, lastRow, lastCol };
  return {
    name: safeSheetName(T.sheet),
    identity: { kind: 'nominations', campaign: input.campaign },
    source: snapshot.id,
    rows: lastRow,
    cols: COLS,
    values: b.values,
    numberFormats: b.formats,
    merges: [],
    styles: [...frameStyles(frame), ...styles, { address: area(H + 1, 10, lastRow, 10), wrap: true }],
    widths: [14, 12, 10, 12, 10, 12, 24, 16, 8, 16, 40, 18, 20],
    conditional: [],
    charts: [],
    freezeRows: H,
    readOnly: true,
    print: landscapePrint(frame),
  };
}
