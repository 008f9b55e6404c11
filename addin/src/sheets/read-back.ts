/**
 * `readBack`: the reverse of the layout. Given the plan a worksheet was written from and the values read from
 * it, returns the entries to send, what was read from text (with a notice), and the cells that cannot be read.
 */
import { cellText } from '../messages/sheet';
import { area, cell } from './a1';
import { readScore, readText } from './score-text';
import type { SheetPlan } from './types';

/** What a user of a given mode sends for one criterion. */
export interface ReadEntry {
  criterion: string;
  self?: number | null;
  evidence?: string | null;
  appraised?: number | null;
  reason?: string | null;
}

/** A message about one cell, for the list that selects it. */
export interface CellMessage {
  address: string;
  criterion?: string;
  field?: 'self' | 'appraised' | 'evidence' | 'reason';
  code: string;
  message: string;
}

export interface ReadBackResult {
  entries: ReadEntry[];
  /** Text read as a number: the user is told. */
  notices: CellMessage[];
  /** Cells that hold no readable score, or a table whose rows moved. */
  problems: CellMessage[];
  /** Text scores to write back as the numbers they mean, so the sheet's formulas count them. */
  fixes: Array<{ address: string; value: number }>;
}

/** The range `readBack` needs: from A1 to the last table row, through the last column the user fills in. */
export function readRange(plan: SheetPlan): string {
  const c = plan.layout.columns;
  return area(1, 0, plan.layout.lastRow, c.reason ?? c.evidence);
}

export function readBack(plan: SheetPlan, values: readonly (readonly unknown[])[]): ReadBackResult {
  const c = plan.layout.columns;
  const scoreCol = plan.mode === 'unit' ? c.self : c.appraised;
  const noteCol = plan.mode === 'unit' ? c.evidence : (c.reason ?? c.evidence);
  const field = plan.mode === 'unit' ? 'self' : 'appraised';
  const noteField = plan.mode === 'unit' ? 'evidence' : 'reason';
  const result: ReadBackResult = { entries: [], notices: [], problems: [], fixes: [] };

  for (const crit of plan.layout.criteria) {
    const line = values[crit.row - 1] ?? [];
    const address = cell(crit.row, scoreCol);
    if (readText(line[c.tt]) !== crit.code) {
      result.problems.push({
        address: cell(crit.row, c.tt),
        criterion: crit.code,
        code: 'layout_changed',
        message: cellText.layoutChanged(crit.code, cell(crit.row, c.tt)),
      });
      continue;
    }
    const entry: ReadEntry = { criterion: crit.code, [noteField]: readText(line[noteCol]) };
    const score = readScore(line[scoreCol]);
    switch (score.kind) {
      case 'empty':
        entry[field] = null;
        break;
      case 'number':
        entry[field] = score.value;
        break;
      case 'text-number':
        entry[field] = score.value;
        result.fixes.push({ address, value: score.value });
        result.notices.push({
          address,
          criterion: crit.code,
          field,
          code: 'text_number',
          message: cellText.textNumber(address, score.typed, score.value),
        });
        break;
      case 'invalid':
        result.problems.push({
          address,
          criterion: crit.code,
          field,
          code: 'not_a_number',
          message: cellText.notNumber(address, score.typed),
        });
        break;
    }
    result.entries.push(entry);
  }
  return result;
}
