import { describe, expect, it } from 'vitest';
import { evaluateRound } from '../../../shared/votes';
import { reachedLine, readVoteForm, thresholdLine } from './vote-form';

const members = ['U1', 'U2', 'U3'];

describe('the vote round form', () => {
  it('reads members, present and the votes typed, skipping units left empty', () => {
    const read = readVoteForm({ members: '3', present: ' 3 ', votes: { U1: '3', U2: '1', U3: '' } }, members);
    expect(read).toEqual({
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

  it('refuses what is not a whole number, no candidate, or what the shared round checks reject', () => {
    expect(readVoteForm({ members: '3', present: '2,5', votes: { U1: 'x' } }, members).problems).toEqual([
      'Số có mặt: phải là số nguyên không âm.',
      'Số phiếu U1: phải là số nguyên không âm.',
      'Nhập số phiếu của ít nhất một đơn vị.',
    ]);
    const shared = readVoteForm({ members: '3', present: '4', votes: { U1: '5' } }, members);
    expect(shared.round).toBeNull();
    expect(shared.problems).toHaveLength(2);
    expect(shared.problems.join(' ')).toMatch(/4.*3/);
  });

  it('shows the threshold the shared core computes and who reached it', () => {
    const rule = { percent: 60, of: 'present' as const };
    const read = readVoteForm({ members: '3', present: '3', votes: { U1: '3', U2: '1' } }, members);
    const result = evaluateRound(rule, read.round!);
    expect(thresholdLine(rule, result)).toBe('Ngưỡng: 60% số có mặt: cần ít nhất 2 phiếu (trên 3).');
    expect(reachedLine(result, new Map([['U1', 'Đơn vị 1']]))).toBe('Đạt ngưỡng: Đơn vị 1.');
    expect(thresholdLine(undefined, null)).toMatch(/không đặt ngưỡng/);
    const none = evaluateRound(rule, { members: 3, present: 3, candidates: [{ unit: 'U2', votes: 1 }] });
    expect(reachedLine(none, new Map())).toBe('Chưa đơn vị nào đạt ngưỡng.');
  });
});
