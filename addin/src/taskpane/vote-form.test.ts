import { describe, expect, it } from 'vitest';
import { evaluateRound } from '../../../shared/votes';
import { formFor, isCorrection, openingRound, reachedLine, readVoteForm, thresholdLine } from './vote-form';

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
    const first = { round: 1, members: 3, present: 3, candidates: [{ unit: 'U1', votes: 1 }] };
    expect(readVoteForm(second, group, [first]).number).toBe(2);
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

  const RULE = { percent: 60, of: 'present' as const }; // 3 present: 2 votes needed
  const decided = {
    round: 1,
    members: 3,
    present: 3,
    candidates: [
      { unit: 'U1', votes: 3 },
      { unit: 'U2', votes: 1 },
    ],
  };
  const undecided = {
    round: 1,
    members: 3,
    present: 3,
    candidates: [
      { unit: 'U1', votes: 1 },
      { unit: 'U2', votes: 1 },
    ],
  };

  it('refuses round 2 after a deciding round 1, and a unit round 1 did not allow, as the Worker does', () => {
    const second = form({ round: '2', votes: { U2: '3' } });
    expect(readVoteForm(second, group, [decided], RULE).problems).toEqual([
      'Vòng 1 đã có kết quả (U1 đạt ngưỡng): không bỏ phiếu vòng 2. Muốn sửa vòng 1, hãy sửa kết quả vòng 1 và nêu lý do.',
    ]);
    expect(readVoteForm(form({ round: '2', votes: { U3: '3' } }), group, [undecided], RULE).problems).toEqual(
      ['Đơn vị "U3" không được bỏ phiếu ở vòng 2: vòng 2 chỉ gồm U1, U2.'],
    );
    expect(readVoteForm(second, group, [undecided], RULE).number).toBe(2);
  });

  it('opens on round 2 after an undecided round 1 with empty fields, never round 1’s figures', () => {
    expect(openingRound(RULE, [])).toBe(1);
    expect(openingRound(RULE, [undecided])).toBe(2);
    expect(openingRound(RULE, [decided])).toBe(1);
    expect(formFor(2, [undecided], group)).toEqual({
      round: '2',
      members: '3',
      present: '',
      votes: { U1: '', U2: '', U3: '' },
      correction: '',
    });
    // A recorded round shows its own figures, to be corrected.
    expect(formFor(1, [undecided], group)).toEqual({
      round: '1',
      members: '3',
      present: '3',
      votes: { U1: '1', U2: '1', U3: '' },
      correction: '',
    });
  });

  it('offers a correction of a recorded round, which needs a reason with visible text', () => {
    expect(isCorrection('1', [decided])).toBe(true);
    expect(isCorrection('2', [decided])).toBe(false);
    const again = form({ votes: { U2: '3' } });
    expect(readVoteForm(again, group, [decided], RULE).problems).toEqual([
      'Kết quả vòng 1 đã được ghi: muốn sửa, phải ghi rõ lý do sửa.',
    ]);
    expect(readVoteForm({ ...again, correction: '   ' }, group, [decided], RULE).problems).toEqual([
      'Kết quả vòng 1 đã được ghi: muốn sửa, phải ghi rõ lý do sửa.',
    ]);
    expect(readVoteForm({ ...again, correction: ' \u200b\u2060 ' }, group, [decided], RULE).problems).toEqual(
      // The Worker's first check, the text policy on the body, in its words (tests/worker/vote-rounds.test.ts).
      ['Lý do phải có chữ nhìn thấy được (không chỉ gồm khoảng trắng hay ký tự vô hình).'],
    );
    const fixed = readVoteForm({ ...again, correction: 'Kiểm phiếu lại' }, group, [decided], RULE);
    expect(fixed.round).toEqual({
      members: 3,
      present: 3,
      candidates: [{ unit: 'U2', votes: 3 }],
      correction: { reason: 'Kiểm phiếu lại' },
    });
  });
});
