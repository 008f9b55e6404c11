import { describe, expect, it } from 'vitest';
import { meeting } from '../../../test/meeting-fixtures';
import { buildMeetingPlan, MC, meetingReadRange } from './layout';
import { figureOf, readMeetingRows } from './read-back';

describe('the meeting sheet', () => {
  it('has one row per ballot proposal, its figure cells unlocked while the meeting is open', () => {
    const plan = buildMeetingPlan(meeting, '10/12/2026 08:00');
    expect(plan.ids).toEqual(['N-1', 'N-3']);
    expect(plan.layout).toEqual({ firstRow: 6, lastRow: 7 });
    expect(plan.unlocked).toEqual(['E6:H7']);
    expect(plan.cells[5]![MC.id]).toBe('N-1');
    expect(plan.cells[6]![MC.required]).toBe(8);
    expect(meetingReadRange(plan)).toBe('A6:M7');
    expect(buildMeetingPlan({ ...meeting, status: 'closed' }, '').unlocked).toEqual([]);
  });

  it('reads whole numbers, skips empty rows, and puts each problem on its cell', () => {
    const plan = buildMeetingPlan(meeting, '');
    const row = (...f: unknown[]) => ['', '', '', '', ...f, '', '', '', '', ''];
    const ok = readMeetingRows(plan, [row(9, '9', ' 9 ', 7), row('', '', '', '')]);
    expect(ok).toEqual({
      results: [{ nomination: 'N-1', issued: 9, returned: 9, valid: 9, inFavour: 7 }],
      problems: [],
    });
    const bad = readMeetingRows(plan, [row(10, 9, 9, 9), row(9, 'x', '', 9)]);
    expect(bad.results).toEqual([]);
    expect(bad.problems.map((p) => `${p.address} ${p.code}`)).toEqual([
      'E6 issued_above_council',
      'F7 not_a_number',
    ]);
    expect(readMeetingRows(plan, [row(9, '', 9, 9)]).problems.map((p) => p.address)).toEqual(['F6']);
    expect([figureOf(3.5), figureOf('-1'), figureOf(' '), figureOf(0)]).toEqual([
      undefined,
      undefined,
      null,
      0,
    ]);
  });
});
