/** The rules of rounds against each other (issue 16): decided, round 2's candidates, corrections. */
import { describe, expect, it } from 'vitest';
import {
  evaluateRound,
  needsCorrection,
  type RecordedRound,
  recordProblems,
  roundDecided,
  roundTwoCandidates,
} from './votes';

const RULE = { percent: 50, of: 'members' } as const; // 4 members: 2 votes needed
const round = (round: number, ...votes: [string, number][]): RecordedRound => ({
  round,
  members: 4,
  present: 4,
  candidates: votes.map(([unit, v]) => ({ unit, votes: v })),
});

describe('a round decides', () => {
  it('when exactly one candidate reaches the threshold (one place)', () => {
    expect(roundDecided(evaluateRound(RULE, round(1, ['A', 3], ['B', 1])))).toBe(true);
    expect(roundDecided(evaluateRound(RULE, round(1, ['A', 2], ['B', 2])))).toBe(false);
    expect(roundDecided(evaluateRound(RULE, round(1, ['A', 1], ['B', 1])))).toBe(false);
    // Two places: two reaching it decide, three do not.
    expect(roundDecided(evaluateRound(RULE, round(1, ['A', 2], ['B', 2])), 2)).toBe(true);
    expect(roundDecided(evaluateRound(RULE, round(1, ['A', 2], ['B', 2], ['C', 3])), 2)).toBe(false);
  });

  it('never without a vote rule: nobody reaches a threshold the plan does not set', () => {
    expect(roundDecided(evaluateRound(undefined, round(1, ['A', 4])))).toBe(false);
  });
});

describe('round 2 candidates', () => {
  it('are those who reached it when too many did, else round 1’s candidates', () => {
    expect(roundTwoCandidates(evaluateRound(RULE, round(1, ['A', 2], ['B', 3], ['C', 1])))).toEqual([
      'A',
      'B',
    ]);
    expect(roundTwoCandidates(evaluateRound(RULE, round(1, ['A', 1], ['C', 0])))).toEqual(['A', 'C']);
  });
});

describe('recordProblems', () => {
  it('refuses round 2 after a deciding round 1, naming the winner', () => {
    const problems = recordProblems(RULE, 2, round(2, ['B', 4]), [round(1, ['A', 3], ['B', 1])]);
    expect(problems).toEqual([
      {
        path: '',
        code: 'round_decided',
        message:
          'Vòng 1 đã có kết quả (A đạt ngưỡng): không bỏ phiếu vòng 2. Muốn sửa vòng 1, hãy sửa kết quả vòng 1 và nêu lý do.',
      },
    ]);
  });

  it('refuses round 2 without round 1, and a unit round 1 did not allow', () => {
    expect(recordProblems(RULE, 2, round(2, ['A', 3]), []).map((p) => p.code)).toEqual(['round_skipped']);
    const problems = recordProblems(RULE, 2, round(2, ['A', 1], ['D', 3]), [round(1, ['A', 2], ['B', 2])]);
    expect(problems).toEqual([
      {
        path: '/candidates/1/unit',
        code: 'not_in_round_two',
        message: 'Đơn vị "D" không được bỏ phiếu ở vòng 2: vòng 2 chỉ gồm A, B.',
      },
    ]);
    expect(recordProblems(RULE, 2, round(2, ['B', 3]), [round(1, ['A', 2], ['B', 2])])).toEqual([]);
  });

  it('a correction needs a recorded round and a reason with visible text', () => {
    const recorded = [round(1, ['A', 3])];
    expect(recordProblems(RULE, 1, round(1, ['A', 1]), recorded, { reason: 'Nhầm phiếu' })).toEqual([]);
    expect(
      recordProblems(RULE, 1, round(1, ['A', 1]), recorded, { reason: '\u200b\u00ad' }).map((p) => [
        p.path,
        p.code,
      ]),
    ).toEqual([['/correction/reason', 'reason_required']]);
    expect(recordProblems(RULE, 1, round(1, ['A', 1]), [], { reason: 'x' }).map((p) => p.path)).toEqual([
      '/correction',
    ]);
  });

  it('a correction of round 1 may not pull the ground from under a recorded round 2', () => {
    const recorded = [round(1, ['A', 2], ['B', 2]), round(2, ['B', 3])];
    const fix = { reason: 'Kiểm lại' };
    expect(recordProblems(RULE, 1, round(1, ['A', 3], ['B', 1]), recorded, fix).map((p) => p.code)).toEqual([
      'round_two_stands',
    ]);
    expect(recordProblems(RULE, 1, round(1, ['A', 1], ['B', 1]), recorded, fix)).toEqual([]);
    expect(recordProblems(RULE, 1, round(1, ['A', 1], ['C', 1]), recorded, fix).map((p) => p.code)).toEqual([
      'round_two_stands',
    ]);
  });
});

describe('needsCorrection', () => {
  it('a recorded round sent again without a correction', () => {
    expect(needsCorrection(1, [{ round: 1 }])).toBe(true);
    expect(needsCorrection(1, [{ round: 1 }], { reason: 'x' })).toBe(false);
    expect(needsCorrection(2, [{ round: 1 }])).toBe(false);
  });
});
