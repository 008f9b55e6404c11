/**
 * "Chỉ tiêu": the usage of every quota rule, one row each under its label (the rule's id is not shown: it is
 * no word of the user's), over-quota rows filled red by a conditional format.
 */

import { formatInstantVn } from '../../../shared/time';
import type { QuotaRow } from '../api/secretariat';
import { tableText } from '../messages/tables';
import { area } from '../sheets/a1';
import { Block, frameStyles, landscapePrint, OVER_FILL, safeSheetName } from './block';
import type { TablePlan } from './types';

const T = tableText.quotas;
export const QUOTAS_HEADER_ROW = 4;
const COLS = 5;

export interface QuotasInput {
  campaign: string;
  title: string;
  rules: readonly QuotaRow[];
  /** When the figures were read (ISO 8601). */
  at: string;
  /** Rows 2 and 3 instead of the reading time (a snapshot's id, date and SHA-256). */
  heading?: readonly [string, string];
}

export function quotasTable(input: QuotasInput): TablePlan {
  const H = QUOTAS_HEADER_ROW;
  const lastRow = H + Math.max(input.rules.length, 1);
  const lastCol = COLS - 1;
  const b = new Block(lastRow, COLS);
  const overRules = input.rules.filter((r) => r.over > 0).length;
  b.set(1, 0, T.title(input.title));
  if (input.heading) {
    b.set(2, 0, input.heading[0]);
    b.set(3, 0, input.heading[1]);
  } else b.set(2, 0, T.subtitle(formatInstantVn(input.at), overRules));
  const h = T.header;
  [h.label, h.scope, h.limit, h.used, h.over].forEach((text, col) => {
    b.set(H, col, text);
  });
  input.rules.forEach((r, i) => {
    const row = H + 1 + i;
    b.set(row, 0, r.label);
    b.set(row, 1, T.scope[r.scope] ?? r.scope);
    b.set(row, 2, r.limit ?? T.noLimit);
    b.set(row, 3, r.used);
    b.set(row, 4, r.over);
  });
  if (!input.rules.length) b.set(H + 1, 0, T.empty);
  const first = H + 1;
  const frame = { subtitleTo: input.heading ? 3 : 2, header: H, headerTo: H, lastRow, lastCol };
  return {
    name: safeSheetName(T.sheet),
    identity: { kind: 'quotas', campaign: input.campaign },
    source: input.at,
    rows: lastRow,
    cols: COLS,
    values: b.values,
    numberFormats: b.formats,
    merges: [],
    styles: frameStyles(frame),
    widths: [48, 14, 14, 10, 10],
    conditional: input.rules.length
      ? [
          {
            address: area(first, 0, lastRow, lastCol),
            formula: `=$E${first}>0`,
            fill: OVER_FILL,
            matches: input.rules.flatMap((r, i) =>
              r.over > 0 ? [area(first + i, 0, first + i, lastCol)] : [],
            ),
          },
        ]
      : [],
    charts: [],
    freezeRows: H,
    readOnly: false,
    print: landscapePrint(frame),
  };
}
