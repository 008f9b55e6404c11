/**
 * What is written back after an answer: the block of status, reasons, id and sent of every row (one 2D
 * array whatever the number of rows), and the empty kind and unit cells filled with what the server stored.
 */
import type { NominationInput } from '../../../../shared/contract/nominations';
import { cell } from '../a1';
import { labelOf } from './choices';
import { NC } from './columns';
import type { DefaultField, NominationsPlan, RowState } from './types';

/** Notes, for each empty defaultable cell of a row, the label of what the server stored for it. */
export function fillDefaults(
  plan: NominationsPlan,
  state: RowState,
  stored: Pick<NominationInput, 'nominee'>,
): void {
  if (!state.blank?.length) return;
  const labels: Record<DefaultField, string> = {
    kind: labelOf(plan.choices.kind, stored.nominee.kind),
    unit: labelOf(plan.choices.unit, stored.nominee.unit),
  };
  state.filled = Object.fromEntries(state.blank.map((f) => [f, labels[f]]));
}

/** The cells `fillDefaults` filled, with their values. */
export function defaultCells(rows: readonly RowState[]): { address: string; value: string }[] {
  return rows.flatMap((r) =>
    Object.entries(r.filled ?? {}).map(([f, value]) => ({
      address: cell(r.row, NC[f as DefaultField]),
      value: value as string,
    })),
  );
}

/** The status, reasons, id and sent columns of every table row, as one 2D array. */
export function writeBackColumns(plan: NominationsPlan, rows: readonly RowState[]): string[][] {
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const out: string[][] = [];
  for (let r = plan.layout.firstRow; r <= plan.layout.lastRow; r++) {
    const s = byRow.get(r);
    out.push([s?.status ?? '', s?.reasons ?? '', s?.id ?? '', s?.sent ?? '']);
  }
  return out;
}
