import { describe, expect, it } from 'vitest';
import { evaluateRound } from '../../../shared/votes';
import { reachedLine, readVoteForm, thresholdLine } from './vote-form';

const group = { members: ['U1', 'U2', 'U3'], kind: 'cum' as const };
const form = (over: Partial<Parameters<typeof readVoteForm>[0]> = {}) => ({
  round: '1',
  members: '3',
  present: '3',
  votes: {},
  ...over,
});

describe('the vote round form', () => {
  it('reads the round, members, present and the votes typed, skipping units left empty', () => {
    const read = readVoteForm(form({ present: ' 3 ', votes: { U1: '3', U2: '1', U3: '' } }), group);
    expect(read).toEqual({
      number: 1,
      round: {
        members: 3,
        present: 3,
        candidates: [
          { unit: 'U1', votes: 3 },
          { unit: 'U2', votes: 1 },
        ],
      },
      problems: [],
    });
  });

  it('takes the members from the plan when the field is left empty', () => {
    const read = readVoteForm(form({ members: ' ', votes: { U2: '2' } }), group);
    expect(read.round).toEqual({ members: 3, present: 3, candidates: [{ unit: 'U2', votes: 2 }] });
  });

  it('refuses what is not a whole number', () => {
    expect(readVoteForm(form({ present: '2,5', votes: { U1: 'x' } }), group).problems).toEqual([
      'Số có mặt: phải là số nguyên không âm.',
      'Số phiếu U1: phải là số nguyên không âm.',
    ]);
  });

  it('refuses with the shared wording what the Worker refuses with 422', () => {
    const read = readVoteForm(form({ members: '4', present: '5', votes: { U1: '6' } }), group);
    expect(read.round).toBeNull();
    expect(read.problems).toEqual([
      'Tổng số thành viên (4) phải bằng số đơn vị của cụm trong kế hoạch thi đua năm (3).',
      'Số thành viên có mặt (5) không được lớn hơn tổng số thành viên (4).',
      'Đơn vị "U1": số phiếu (6) không được lớn hơn số thành viên có mặt (5).',
    ]);
    expect(readVoteForm(form(), group).problems).toEqual([
      'Kết quả bỏ phiếu phải có số phiếu của ít nhất một đơn vị.',
    ]);
  });

  it('records round 2 only once round 1 is recorded', () => {
    const second = form({ round: '2', votes: { U1: '3' } });
    expect(readVoteForm(second, group).problems).toEqual(['Chưa ghi kết quả vòng 1: không thể ghi vòng 2.']);
    expect(readVoteForm(second, group, [1]).number).toBe(2);
    expect(readVoteForm(form({ round: '3', votes: { U1: '3' } }), group).problems).toEqual([
      'Vòng bỏ phiếu "3" không có (chỉ có vòng 1 và 2).',
    ]);
  });

  it('shows the threshold the shared core computes and who reached it', () => {
    const rule = { percent: 60, of: 'present' as const };
    const read = readVoteForm(form({ votes: { U1: '3', U2: '1' } }), group);
    const result = evaluateRound(rule, read.round!);
    expect(thresholdLine(rule, result)).toBe('Ngưỡng: 60% số có mặt: cần ít nhất 2 phiếu (trên 3).');
    expect(reachedLine(result, new Map([['U1', 'Đơn vị 1']]))).toBe('Đạt ngưỡng: Đơn vị 1.');
    expect(thresholdLine(undefined, null)).toMatch(/không đặt ngưỡng/);
    const none = evaluateRound(rule, { members: 3, present: 3, candidates: [{ unit: 'U2', votes: 1 }] });
    expect(reachedLine(none, new Map())).toBe('Chưa đơn vị nào đạt ngưỡng.');
  });
});
