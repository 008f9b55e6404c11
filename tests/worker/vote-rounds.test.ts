/**
 * The vote-round rules of shared/votes.ts as the real Worker applies them (422, 404), and the pane's form
 * (addin/src/taskpane/vote-form.ts) refusing the same ballots with the same sentences, compared with the
 * Worker's actual answer.
 */
import { describe, expect, it } from 'vitest';
import { readVoteForm, type VoteForm } from '../../addin/src/taskpane/vote-form';
import type { VoteRound } from '../../shared/contract/votes';
import { seedAwards } from '../../worker/test/awards-fixtures';
import { call } from '../../worker/test/helpers';

const votesPath = (code: string, round: number | string) => `/campaigns/${code}/groups/G1/votes/${round}`;

describe('vote rounds', () => {
  it('fills members from the plan, refuses another count or no candidate, and round 2 before round 1', async () => {
    const { code, u } = await seedAwards(); // G1 is a khối of 4: U1, U2, U3, U5

    const early = await call('PUT', votesPath(code, 2), {
      body: { present: 4, candidates: [{ unit: u(1), votes: 3 }] },
    });
    expect(early.status).toBe(422);
    expect(early.body.errors).toEqual([
      { path: '', code: 'round_skipped', message: 'Chưa ghi kết quả vòng 1: không thể ghi vòng 2.' },
    ]);

    const wrong = await call('PUT', votesPath(code, 1), { body: { members: 5, present: 4, candidates: [] } });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors.map((e: { path: string; message: string }) => [e.path, e.message])).toEqual([
      ['/members', 'Tổng số thành viên (5) phải bằng số đơn vị của khối trong kế hoạch thi đua năm (4).'],
      ['/candidates', 'Kết quả bỏ phiếu phải có số phiếu của ít nhất một đơn vị.'],
    ]);
    const audit = await call('GET', `/campaigns/${code}/audit?action=vote`);
    expect(audit.body.items).toHaveLength(0);

    // Round 1 does not decide (nobody reaches 2 votes), so a round 2 follows.
    const first = await call('PUT', votesPath(code, 1), {
      body: { present: 3, candidates: [{ unit: u(2), votes: 1 }] },
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ round: 1, members: 4, present: 3, threshold: 2, base: 4 });
    const second = await call('PUT', votesPath(code, 2), {
      body: { members: 4, present: 4, candidates: [{ unit: u(2), votes: 4 }] },
    });
    expect(second.status).toBe(200);

    const third = await call('PUT', votesPath(code, 3), { body: { present: 4, candidates: [] } });
    expect(third.status).toBe(404);
    expect(third.body.detail).toBe('Vòng bỏ phiếu "3" không có (chỉ có vòng 1 và 2).');
  });

  it('the pane refuses exactly the ballots the Worker refuses, with the same sentences', async () => {
    const { code, u, plan } = await seedAwards();
    const g1 = plan.groups![0]!;
    const group = { members: g1.members, kind: g1.kind };
    const rule = g1.vote && { percent: g1.vote.percent, of: g1.vote.of ?? 'members' };
    const ballots: Array<{ round: number; form: Omit<VoteForm, 'round'> }> = [
      { round: 2, form: { members: '4', present: '4', votes: { [u(1)]: '3' } } },
      { round: 1, form: { members: '3', present: '5', votes: { [u(1)]: '6', [u(2)]: '1' } } },
      { round: 1, form: { members: '', present: '4', votes: {} } },
      { round: 1, form: { members: '', present: '4', votes: { [u(3)]: '1', [u(2)]: '1' } } },
      // Recorded already: 409 without a correction, the pane says the same sentence.
      { round: 1, form: { members: '', present: '4', votes: { [u(3)]: '4' } } },
      { round: 2, form: { members: '4', present: '2', votes: { [u(5)]: '2' } } },
      { round: 2, form: { members: '4', present: '2', votes: { [u(3)]: '3' } } },
      { round: 2, form: { members: '4', present: '2', votes: { [u(3)]: '2' } } },
      { round: 1, form: { members: '', present: '4', votes: { [u(3)]: '1' }, correction: '\u200b\u2060' } },
      { round: 1, form: { members: '', present: '4', votes: { [u(3)]: '4' }, correction: 'Kiểm lại' } },
      { round: 1, form: { members: '', present: '4', votes: { [u(3)]: '1' }, correction: 'Kiểm lại' } },
      { round: 2, form: { members: '4', present: '2', votes: { [u(2)]: '2' } } },
    ];
    const recorded = new Map<number, VoteRound>();
    const accepted: number[] = [];
    for (const { round, form } of ballots) {
      const read = readVoteForm({ round: String(round), ...form }, group, [...recorded.values()], rule);
      const body = {
        ...(form.members ? { members: Number(form.members) } : {}),
        present: Number(form.present),
        candidates: Object.entries(form.votes).map(([unit, votes]) => ({ unit, votes: Number(votes) })),
        ...(form.correction?.trim() ? { correction: { reason: form.correction } } : {}),
      };
      const answer = await call('PUT', votesPath(code, round), { body });
      if (answer.status === 200) {
        recorded.set(round, answer.body);
        accepted.push(round);
      }
      const worker =
        answer.status === 422
          ? answer.body.errors.map((e: { message: string }) => e.message)
          : answer.status === 409
            ? [answer.body.detail]
            : [];
      expect([answer.status === 200, read.problems], JSON.stringify(body)).toEqual([
        read.round !== null,
        worker,
      ]);
    }
    // The list above holds refusals and acceptances both, so the comparison cannot pass by refusing all.
    expect(accepted).toEqual([1, 2, 1]);
  });
});
