import { describe, expect, it } from 'vitest';
import { AppraisalPut, SheetPut } from './sheets';
import { VotePut } from './votes';

describe('request-body schemas', () => {
  it('accepts the contract examples', () => {
    expect(
      SheetPut.parse({
        revision: 0,
        entries: [{ criterion: '1.1', self: 18.5, evidence: '…' }],
        submit: true,
      }),
    ).toEqual({ revision: 0, entries: [{ criterion: '1.1', self: 18.5, evidence: '…' }], submit: true });
    expect(
      AppraisalPut.parse({
        revision: 3,
        entries: [{ criterion: '1.1', appraised: 17, reason: 'Thiếu minh chứng' }],
      }).entries[0]?.appraised,
    ).toBe(17);
    expect(VotePut.parse({ members: 9, present: 8, candidates: [{ unit: 'BV-BR', votes: 7 }] }).present).toBe(
      8,
    );
  });

  it('keeps absent and null apart in a sheet entry (keep vs clear)', () => {
    const { entries } = SheetPut.parse({
      revision: 1,
      entries: [{ criterion: '1.1' }, { criterion: '1.2', self: null }],
    });
    expect('self' in entries[0]!).toBe(false);
    expect(entries[1]?.self).toBeNull();
  });

  it('leaves range and step to validateEntries but refuses non-numbers and bad revisions', () => {
    expect(SheetPut.safeParse({ revision: 0, entries: [{ criterion: '1.1', self: 999.999 }] }).success).toBe(
      true,
    );
    expect(SheetPut.safeParse({ revision: -1, entries: [] }).success).toBe(false);
    expect(SheetPut.safeParse({ revision: 1.5, entries: [] }).success).toBe(false);
    expect(SheetPut.safeParse({ revision: 0, entries: [{ criterion: '' }] }).success).toBe(false);
    expect(AppraisalPut.safeParse({ revision: 0, entries: [{ criterion: '1.1' }] }).success).toBe(false);
  });

  it('refuses a vote with no members, negative or fractional counts', () => {
    expect(VotePut.safeParse({ members: 0, present: 0, candidates: [] }).success).toBe(false);
    expect(VotePut.safeParse({ members: 9, present: -1, candidates: [] }).success).toBe(false);
    expect(
      VotePut.safeParse({ members: 9, present: 9, candidates: [{ unit: 'A', votes: 1.5 }] }).success,
    ).toBe(false);
  });
});
