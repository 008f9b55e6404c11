/**
 * The council's meeting sheet in Excel (plan: ../sheets/meeting/layout.ts). Each operation is one `Excel.run`:
 * write (3 syncs, stored-sheet.ts: a new worksheet swapped in once complete, protected, the figure cells
 * unlocked while the meeting is open), read (1), write back the server's outcome (2: the protection, then the
 * answer columns and the problem fills).
 */
import { excelOperation as OP } from '../messages/excel';
import { area } from '../sheets/a1';
import { MC, type MeetingSheetPlan, meetingReadRange } from '../sheets/meeting/layout';
import type { CellMessage } from '../sheets/read-back';
import type { CellContent } from '../sheets/types';
import { queueGrid, queueProtect } from './apply-plan';
import { writeCells } from './cells';
import { loadProtection, writeUnprotected } from './protection';
import { writeStoredSheet } from './stored-sheet';
import type { Capabilities, ExcelRun } from './types';
import { guarded } from './types';
import { MARK } from './workbook';

export const MEETING_PREFIX = 'thidua.meeting:';

export interface StoredMeeting {
  campaign: string;
  meeting: string;
  worksheetId: string;
}

export const meetingKey = (campaign: string) => `${MEETING_PREFIX}${campaign}`;

function parse(value: unknown): StoredMeeting | null {
  try {
    const v = JSON.parse(String(value)) as StoredMeeting;
    return typeof v.worksheetId === 'string' && typeof v.meeting === 'string' ? v : null;
  } catch {
    return null;
  }
}

/** Writes the plan into a new worksheet (in place of the campaign's meeting sheet written before). */
export function writeMeeting(
  run: ExcelRun,
  plan: MeetingSheetPlan,
  caps: Capabilities,
): Promise<StoredMeeting> {
  return guarded(OP.writeMeeting, () =>
    run((context) =>
      writeStoredSheet(context, {
        key: meetingKey(plan.identity.campaign),
        name: plan.name,
        parse,
        queue: async (ws, flush) => {
          await queueGrid(ws, plan, flush);
          for (const [row, height] of Object.entries(plan.rowHeights))
            ws.getRange(`${row}:${row}`).format.rowHeight = height;
          if (caps.freezePanes) ws.freezePanes.freezeRows(plan.freezeRows);
          for (const address of plan.unlocked) ws.getRange(address).format.protection.locked = false;
          queueProtect(ws);
        },
        record: (worksheetId): StoredMeeting => ({ ...plan.identity, worksheetId }),
      }),
    ),
  );
}

/** The proposal rows' values (`meetingReadRange`). One sync. */
export function readMeeting(
  run: ExcelRun,
  plan: MeetingSheetPlan,
  worksheetId: string,
): Promise<unknown[][]> {
  return guarded(OP.readMeeting, () =>
    run(async (context) => {
      const range = context.workbook.worksheets.getItem(worksheetId).getRange(meetingReadRange(plan));
      range.load('values');
      await context.sync(); // 1
      return range.values as unknown[][];
    }),
  );
}

/**
 * Writes the server's answer (share, votes needed, outcome, reason of every row, `answerCells`) beside the
 * figures and fills the refused cells red; the fills of the figure cells are cleared first. Two syncs.
 */
export function writeBackMeeting(
  run: ExcelRun,
  plan: MeetingSheetPlan,
  worksheetId: string,
  back: { answers: CellContent[][]; problems: readonly CellMessage[] },
): Promise<void> {
  return guarded(OP.writeBackMeeting, () =>
    run(async (context) => {
      const ws = context.workbook.worksheets.getItem(worksheetId);
      const sheet = await loadProtection(context, ws); // 1
      await writeUnprotected(context, ws, sheet, async () => {
        const { firstRow, lastRow } = plan.layout;
        if (lastRow < firstRow) return;
        await writeCells(
          ws,
          {
            row: firstRow,
            col: MC.share,
            cells: back.answers,
            numberFormats: back.answers.map((r) => r.map((_, i) => (i === 0 ? '0.00' : i === 1 ? '0' : '@'))),
            as: 'values',
          },
          () => context.sync(),
        );
        ws.getRange(area(firstRow, MC.issued, lastRow, MC.inFavour)).format.fill.clear();
        for (const p of back.problems) ws.getRange(p.address).format.fill.color = MARK.problem;
      }); // 2
    }),
  );
}
