import { describe, expect, it } from 'vitest';
import { ballotOutcome, ballotProblems, ballotRuleOf, listProblems, proposalBallot } from './meetings';

const rule = { kind: 'ballot', award: 'CSTD', percent: 80, of: 'members', source: 'NĐ 152/2025' } as const;

describe('the council meeting', () => {
  it('needs ⌈80 % of 9⌉ = 8 votes; 7 is not proposed, with the figures and the source', () => {
    const b = proposalBallot(rule, 9, 8);
    expect(b).toMatchObject({ base: 9, required: 8 });
    expect(ballotOutcome(b, { issued: 8, returned: 8, valid: 8, inFavour: 8 })).toEqual({
      share: 88.89,
      proposed: true,
      reason: null,
    });
    const no = ballotOutcome(b, { issued: 8, returned: 8, valid: 8, inFavour: 7 });
    expect(no.proposed).toBe(false);
    expect(no.reason).toContain('7/9');
    expect(no.reason).toContain('77,78%');
    expect(no.reason).toContain('cần ít nhất 8 phiếu');
    expect(no.reason).toContain('NĐ 152/2025');
  });

  it('takes the base of those present when the rule says so, and 90 % of 10 exactly as 9', () => {
    expect(proposalBallot({ ...rule, of: 'present' }, 11, 7).required).toBe(6);
    expect(proposalBallot({ ...rule, percent: 90 }, 10, 10).required).toBe(9);
  });

  it('picks the strictest ballot rule of an award', () => {
    const rules = [rule, { ...rule, percent: 90 }, { ...rule, award: 'X' }];
    expect(ballotRuleOf(rules, 'CSTD')?.percent).toBe(90);
    expect(ballotRuleOf(rules, 'LDTT')).toBeUndefined();
  });

  it('lists every bad figure and proposal', () => {
    const agenda = new Map([
      ['N-1', { award: 'CSTD', ballot: true }],
      ['N-2', { award: 'BK', ballot: false }],
    ]);
    const problems = ballotProblems(
      [
        { nomination: 'N-1', issued: 10, returned: 11, valid: 12, inFavour: 13 },
        { nomination: 'N-1', issued: 1, returned: 1, valid: 1, inFavour: 1 },
        { nomination: 'N-2', issued: 1, returned: 1, valid: 1, inFavour: 1 },
        { nomination: 'N-9', issued: 1, returned: 1, valid: 1, inFavour: 1 },
      ],
      agenda,
      9,
    );
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      '/results/0/issued issued_above_council',
      '/results/0/returned returned_above_issued',
      '/results/0/valid valid_above_returned',
      '/results/0/inFavour in_favour_above_valid',
      '/results/1/nomination duplicate_proposal',
      '/results/2/nomination no_ballot_rule',
      '/results/3/nomination unknown_proposal',
    ]);
    expect(
      listProblems(
        [
          { nomination: 'N-2', propose: false },
          { nomination: 'N-1', propose: true },
        ],
        agenda,
      ).map((p) => p.code),
    ).toEqual(['reason_required', 'needs_ballot']);
  });
});
