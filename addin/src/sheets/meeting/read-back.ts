/**
 * Reading the meeting sheet back: each proposal row's four figures, checked by the rules the Worker applies
 * (shared/meetings.ts `figureProblems`), every problem on its cell. A row with all four cells empty is not
 * sent; a row with some is a problem. Figures are whole numbers from 0 ("8", 8, " 8 " all read as 8).
 */
import type { BallotResult } from '../../../../shared/contract/meetings';
import { figureProblems } from '../../../../shared/meetings';
import { meetingSheetText as T } from '../../messages/meeting';
import { cell } from '../a1';
import type { CellMessage } from '../read-back';
import { FIGURES, type Figure, MC, type MeetingSheetPlan } from './layout';

export interface MeetingRead {
  results: BallotResult[];
  problems: CellMessage[];
}

/** A whole number of ballots from a cell, `null` for an empty cell, `undefined` for anything else. */
export function figureOf(value: unknown): number | null | undefined {
  if (value === '' || value === null || value === undefined) return null;
  const text = typeof value === 'number' ? String(value) : String(value).trim();
  if (text === '') return null;
  return /^\d{1,6}$/.test(text) ? Number(text) : undefined;
}

export function readMeetingRows(
  plan: MeetingSheetPlan,
  values: readonly (readonly unknown[])[],
): MeetingRead {
  const results: BallotResult[] = [];
  const problems: CellMessage[] = [];
  plan.ids.forEach((fallback, i) => {
    const row = plan.layout.firstRow + i;
    const cells = values[i] ?? [];
    const nomination = String(cells[MC.id] ?? '').trim() || fallback;
    const read = FIGURES.map((f) => [f, figureOf(cells[MC[f]])] as const);
    const bad = read.filter(([, v]) => v === undefined);
    for (const [f] of bad)
      problems.push({
        address: cell(row, MC[f]),
        code: 'not_a_number',
        message: T.notANumber(T.header[f], String(cells[MC[f]])),
      });
    if (bad.length) return;
    const filled = read.filter(([, v]) => v !== null).length;
    if (filled === 0) return;
    if (filled < FIGURES.length) {
      for (const [f, v] of read)
        if (v === null)
          problems.push({ address: cell(row, MC[f]), code: 'incomplete', message: T.incomplete });
      return;
    }
    const figures = Object.fromEntries(read) as Record<Figure, number>;
    const found = figureProblems(figures, plan.councilSize);
    for (const p of found) {
      const field = p.path.slice(1) as Figure;
      problems.push({ address: cell(row, MC[field]), code: p.code, message: p.message });
    }
    if (!found.length) results.push({ nomination, ...figures });
  });
  return { results, problems };
}
