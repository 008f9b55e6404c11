import { describe, expect, it } from 'vitest';
import { createExcelMock } from '../../test/excel-mock';
import { meeting, proposal } from '../../test/meeting-fixtures';
import { PreviewWorkbook } from '../preview/workbook';
import { answerCells, buildMeetingPlan } from '../sheets/meeting/layout';
import { meetingKey, readMeeting, writeBackMeeting, writeMeeting } from './meeting';

const plan = buildMeetingPlan(meeting, '10/12/2026 08:00');

describe('the meeting sheet on the strict layer', () => {
  it('writes in 3 syncs, protected with the figure cells unlocked, and stores where it is', async () => {
    const excel = createExcelMock();
    const stored = await writeMeeting(excel.run, plan, excel.caps);
    expect(excel.syncs).toBe(3);
    expect(stored).toEqual({ campaign: 'C', meeting: 'M-1', worksheetId: 'new-1' });
    expect(JSON.parse(excel.settings.get(meetingKey('C'))!)).toEqual(stored);
    expect(excel.log.filter((l) => l.startsWith('protect:'))).toHaveLength(1);
    const unlocked = excel.ranges.find((r) => r.address === 'E6:H7');
    expect(unlocked?.range.format.protection.locked).toBe(false);
  });

  it('reads the rows in 1 sync and writes the outcome back in 2, problems filled red', async () => {
    const excel = createExcelMock({
      sheets: [{ id: 'ws-1', name: plan.name, protected: true, values: { 'A6:M7': [['1'], ['2']] } }],
    });
    expect(await readMeeting(excel.run, plan, 'ws-1')).toEqual([['1'], ['2']]);
    expect(excel.syncs).toBe(1);
    const decided = proposal('N-1', {
      result: { issued: 9, returned: 9, valid: 9, inFavour: 7 },
      share: 77.78,
      state: 'not_proposed',
      reason: 'Không đề nghị: 7/9',
    });
    await writeBackMeeting(excel.run, plan, 'ws-1', {
      answers: [answerCells(decided), answerCells(proposal('N-3'))],
      problems: [{ address: 'E7', code: 'x', message: 'x' }],
    });
    expect(excel.syncs).toBe(3);
    const block = excel.ranges.find((r) => r.address === 'I6:L7');
    expect(block?.range.values[0]).toEqual([77.78, 8, 'Không đề nghị', 'Không đề nghị: 7/9']);
    expect(excel.ranges.find((r) => r.address === 'E7')?.range.format.fill.color).toBe('#FFC7CE');
  });

  it('in the preview: the typed figures are refused outside the unlocked cells', async () => {
    const book = new PreviewWorkbook();
    const stored = await writeMeeting(book.run, plan, book.strict.caps);
    const sheet = book.sheets.find((s) => s.id === stored.worksheetId)!;
    expect(sheet.name).toBe('Phiên họp');
    expect(sheet.frozenRows).toBe(5);
    expect(book.type(sheet.id, 'H6', '8').ok).toBe(true);
    expect(book.type(sheet.id, 'I6', '99').ok).toBe(false);
    expect(book.type(sheet.id, 'M6', 'N-9').ok).toBe(false);
    // What the read-back gets: the typed figure as a number in its row.
    const values = await readMeeting(book.run, plan, sheet.id);
    expect(values[0]![7]).toBe(8);
    expect(values[0]![12]).toBe('N-1');
  });
});
