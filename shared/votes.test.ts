import { describe, expect, it } from 'vitest';
import {
  evaluateRound,
  latestRound,
  roundOrderProblem,
  validateRound,
  voteRoundOf,
  voteThreshold,
  withMembers,
} from './votes';

const NINE = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'];

describe('voteThreshold', () => {
  it('rounds the percent of the base up, exactly', () => {
    expect(voteThreshold(80, 9)).toBe(8); // 7,2 → 8
    expect(voteThreshold(80, 10)).toBe(8);
    expect(voteThreshold(90, 10)).toBe(9);
    expect(voteThreshold(90, 11)).toBe(10); // 9,9 → 10
    expect(voteThreshold(50, 8)).toBe(4);
    expect(voteThreshold(66.67, 3)).toBe(3); // 2,0001 → 3
    expect(voteThreshold(70, 30)).toBe(21); // 0.7 * 30 = 20.999999999999996 in floats
    expect(voteThreshold(100, 7)).toBe(7);
  });

  it('never lets a candidate reach with zero votes', () => {
    expect(voteThreshold(80, 0)).toBe(1);
  });
});

describe('evaluateRound', () => {
  const round = {
    members: 9,
    present: 8,
    candidates: [
      { unit: 'BV-BR', votes: 8 },
      { unit: 'BV-VT', votes: 7 },
    ],
  };

  it('80 % of 9 members needs 8 votes', () => {
    expect(evaluateRound({ percent: 80, of: 'members' }, round)).toEqual({
      threshold: 8,
      base: 9,
      candidates: [
        { unit: 'BV-BR', votes: 8, share: 0.8889, reached: true },
        { unit: 'BV-VT', votes: 7, share: 0.7778, reached: false },
      ],
    });
  });

  it('takes the percent of those present when the plan says so', () => {
    const r = evaluateRound({ percent: 80, of: 'present' }, round);
    expect(r.base).toBe(8);
    expect(r.threshold).toBe(7); // 6,4 → 7
    expect(r.candidates.map((c) => [c.share, c.reached])).toEqual([
      [1, true],
      [0.875, true],
    ]);
  });

  it('without a rule reports votes but nobody reaches', () => {
    const r = evaluateRound(undefined, round);
    expect(r.threshold).toBeNull();
    expect(r.base).toBe(9);
    expect(r.candidates.map((c) => [c.votes, c.reached])).toEqual([
      [8, false],
      [7, false],
    ]);
  });
});

describe('validateRound', () => {
  it('accepts a sound round', () => {
    expect(validateRound({ members: 9, present: 9, candidates: [{ unit: 'A', votes: 9 }] }, NINE)).toEqual(
      [],
    );
  });

  it('lists every problem with its pointer', () => {
    const problems = validateRound(
      {
        members: 5,
        present: 6,
        candidates: [
          { unit: 'A', votes: 7 },
          { unit: 'X', votes: 1 },
          { unit: 'A', votes: 2 },
        ],
      },
      ['A', 'B', 'C', 'D', 'E'],
    );
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['/present', 'present_above_members'],
      ['/candidates/0/votes', 'votes_above_present'],
      ['/candidates/1/unit', 'unknown_unit'],
      ['/candidates/2/unit', 'duplicate_candidate'],
    ]);
    expect(problems[0]?.message).toBe('Số thành viên có mặt (6) không được lớn hơn tổng số thành viên (5).');
    expect(problems[2]?.message).toContain('"X"');
  });
});

describe('latestRound', () => {
  it('prefers round 2 over round 1 whatever the order', () => {
    expect(
      latestRound([
        { round: 2, id: 'b' },
        { round: 1, id: 'a' },
      ])?.id,
    ).toBe('b');
    expect(
      latestRound([
        { round: 1, id: 'a' },
        { round: 2, id: 'b' },
      ])?.id,
    ).toBe('b');
    expect(latestRound([])).toBeUndefined();
  });
});

describe('the members of a ballot', () => {
  it("are the group's member count: sent or filled in from the plan", () => {
    expect(withMembers({ present: 2, candidates: [] }, ['A', 'B', 'C'])).toEqual({
      members: 3,
      present: 2,
      candidates: [],
    });
    expect(withMembers({ members: 4, present: 2, candidates: [] }, ['A', 'B', 'C']).members).toBe(4);
  });

  it('refuses another count, naming the group by its kind', () => {
    const problems = validateRound(
      { members: 8, present: 8, candidates: [{ unit: 'A', votes: 8 }] },
      NINE,
      'khoi',
    );
    expect(problems).toEqual([
      {
        path: '/members',
        code: 'members_mismatch',
        message: 'Tổng số thành viên (8) phải bằng số đơn vị của khối trong kế hoạch thi đua năm (9).',
      },
    ]);
  });

  it('refuses a ballot with no candidate', () => {
    expect(validateRound({ members: 2, present: 2, candidates: [] }, ['A', 'B'])).toEqual([
      {
        path: '/candidates',
        code: 'no_candidates',
        message: 'Kết quả bỏ phiếu phải có số phiếu của ít nhất một đơn vị.',
      },
    ]);
  });
});

describe('which round', () => {
  it('a group holds rounds 1 and 2 only', () => {
    expect(voteRoundOf('1')).toBe(1);
    expect(voteRoundOf(2)).toBe(2);
    expect(voteRoundOf(' 2 ')).toBe(2);
    for (const raw of ['0', '3', '1.0', '01', '', 'x', -1]) expect(voteRoundOf(raw)).toBeNull();
  });

  it('round 1 may always be recorded (again: a correction); round 2 only after round 1', () => {
    expect(roundOrderProblem(1, [])).toBeNull();
    expect(roundOrderProblem(1, [1, 2])).toBeNull();
    expect(roundOrderProblem(2, [1])).toBeNull();
    expect(roundOrderProblem(2, [2])).toEqual({
      path: '',
      code: 'round_skipped',
      message: 'Chưa ghi kết quả vòng 1: không thể ghi vòng 2.',
    });
    expect(roundOrderProblem(2, [])?.code).toBe('round_skipped');
  });
});
