/**
 * Ballots (issue 16): round 2 only after an undecided round 1 and among the units it allows; a recorded
 * round is never silently replaced, a correction needs a reason and is audited; a refusal changes nothing.
 * G1 of the awards plan: members U1 (lead), U2, U3, U5; threshold 50 % of 4 members = 2 votes; one place.
 */
import { describe, expect, it } from 'vitest';
import { seedAwards } from './awards-fixtures';
import { call, issue } from './helpers';

const votesPath = (c: string, round: number | string = '') =>
  `/campaigns/${c}/groups/G1/votes${round === '' ? '' : `/${round}`}`;

async function state(code: string) {
  const [rounds, audit] = await Promise.all([
    call('GET', votesPath(code)),
    call('GET', `/campaigns/${code}/audit?action=vote`),
  ]);
  return { rounds: rounds.body.rounds, audit: audit.body.items };
}

describe('ballots', () => {
  it('refuses round 2 after a deciding round 1 (422), and a plain PUT of a recorded round (409); nothing changes', async () => {
    const { code, u } = await seedAwards();
    const lead = await issue('unit', u(1), `Khối trưởng ${u(1)}`);
    const first = await call('PUT', votesPath(code, 1), {
      token: lead,
      body: {
        present: 4,
        candidates: [
          { unit: u(1), votes: 3 },
          { unit: u(2), votes: 1 },
        ],
      },
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ members: 4, threshold: 2, correction: null });
    const before = await state(code);
    expect(before.audit.map((a: { action: string }) => a.action)).toEqual(['vote.record']);

    // Round 1 elected U1 (the only one at 2 or more): no round 2, whoever records it.
    for (const token of [lead, undefined]) {
      const r2 = await call('PUT', votesPath(code, 2), {
        ...(token ? { token } : {}),
        body: { present: 4, candidates: [{ unit: u(2), votes: 4 }] },
      });
      expect(r2.status).toBe(422);
      expect(r2.body.errors).toEqual([
        expect.objectContaining({ path: '', code: 'round_decided', message: expect.stringContaining(u(1)) }),
      ]);
    }

    // Round 1 again without a correction: 409, the winner stays.
    const again = await call('PUT', votesPath(code, 1), {
      token: lead,
      body: { present: 4, candidates: [{ unit: u(2), votes: 4 }] },
    });
    expect(again.status).toBe(409);
    expect(again.body.detail).toContain('lý do');

    // A correction whose reason has no visible text: 422 at /correction/reason.
    const blank = await call('PUT', votesPath(code, 1), {
      token: lead,
      body: { present: 4, candidates: [{ unit: u(2), votes: 4 }], correction: { reason: '\u200b\u2060' } },
    });
    expect(blank.status).toBe(422);
    expect(blank.body.errors.map((e: { path: string }) => e.path)).toEqual(['/correction/reason']);

    expect(await state(code)).toEqual(before);
  });

  it('allows round 2 after an undecided round 1, only among the units it allows', async () => {
    const { code, u } = await seedAwards();
    // Nobody reached 2 votes: round 2 among round 1's candidates (U2, U3).
    expect(
      (
        await call('PUT', votesPath(code, 1), {
          body: {
            present: 3,
            candidates: [
              { unit: u(2), votes: 1 },
              { unit: u(3), votes: 1 },
            ],
          },
        })
      ).status,
    ).toBe(200);
    const outsider = await call('PUT', votesPath(code, 2), {
      body: {
        present: 4,
        candidates: [
          { unit: u(3), votes: 1 },
          { unit: u(5), votes: 3 },
        ],
      },
    });
    expect(outsider.status).toBe(422);
    expect(outsider.body.errors).toEqual([
      expect.objectContaining({ path: '/candidates/1/unit', code: 'not_in_round_two' }),
    ]);
    expect((await state(code)).rounds).toHaveLength(1);

    const ok = await call('PUT', votesPath(code, 2), {
      body: {
        present: 4,
        candidates: [
          { unit: u(3), votes: 3 },
          { unit: u(2), votes: 1 },
        ],
      },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.candidates.map((c: { unit: string; reached: boolean }) => [c.unit, c.reached])).toEqual([
      [u(3), true],
      [u(2), false],
    ]);
    const ranking = await call('GET', `/campaigns/${code}/groups/G1/ranking`);
    expect(
      ranking.body.rows.filter((r: { leading: boolean }) => r.leading).map((r: { unit: string }) => r.unit),
    ).toEqual([u(3)]);
  });

  it('a run-off after two reached the threshold names only those two', async () => {
    const { code, u } = await seedAwards();
    await call('PUT', votesPath(code, 1), {
      body: {
        present: 4,
        candidates: [
          { unit: u(1), votes: 2 },
          { unit: u(2), votes: 3 },
          { unit: u(3), votes: 1 },
        ],
      },
    });
    const r = await call('PUT', votesPath(code, 2), {
      body: { present: 4, candidates: [{ unit: u(3), votes: 4 }] },
    });
    expect(r.status).toBe(422);
    expect(r.body.errors[0]).toMatchObject({ path: '/candidates/0/unit', code: 'not_in_round_two' });
    expect(r.body.errors[0].message).toContain(`${u(1)}, ${u(2)}`);
    const ok = await call('PUT', votesPath(code, 2), {
      body: {
        present: 4,
        candidates: [
          { unit: u(2), votes: 3 },
          { unit: u(1), votes: 1 },
        ],
      },
    });
    expect(ok.status).toBe(200);
  });

  it('corrects a recorded round with a reason, audited with what it replaced', async () => {
    const { code, u } = await seedAwards();
    const lead = await issue('unit', u(1), `Khối trưởng ${u(1)}`);
    await call('PUT', votesPath(code, 1), {
      token: lead,
      body: { present: 4, candidates: [{ unit: u(1), votes: 3 }] },
    });
    // Nothing recorded for round 2: nothing to correct.
    const none = await call('PUT', votesPath(code, 2), {
      body: { present: 4, candidates: [{ unit: u(1), votes: 3 }], correction: { reason: 'Sửa' } },
    });
    expect(none.status).toBe(422);
    expect(none.body.errors.map((e: { path: string }) => e.path)).toContain('/correction');

    const fixed = await call('PUT', votesPath(code, 1), {
      body: {
        present: 4,
        candidates: [
          { unit: u(1), votes: 1 },
          { unit: u(2), votes: 1 },
        ],
        correction: { reason: '  Kiểm phiếu lại: nhầm số phiếu  ' },
      },
    });
    expect(fixed.status).toBe(200);
    expect(fixed.body.correction).toMatchObject({ reason: 'Kiểm phiếu lại: nhầm số phiếu' });
    const { rounds, audit } = await state(code);
    expect(rounds[0].candidates.map((c: { unit: string; votes: number }) => [c.unit, c.votes])).toEqual([
      [u(1), 1],
      [u(2), 1],
    ]);
    expect(rounds[0].correction.reason).toBe('Kiểm phiếu lại: nhầm số phiếu');
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['vote.record', 'vote.correct']);
    expect(audit[1].detail).toMatchObject({
      reason: 'Kiểm phiếu lại: nhầm số phiếu',
      before: { present: 4, candidates: [{ unit: u(1), votes: 3 }] },
      after: {
        present: 4,
        candidates: [
          { unit: u(1), votes: 1 },
          { unit: u(2), votes: 1 },
        ],
      },
    });

    // Round 1 is now undecided: a round 2 follows; a correction of round 1 that would decide it is refused.
    expect(
      (
        await call('PUT', votesPath(code, 2), {
          body: { present: 4, candidates: [{ unit: u(2), votes: 3 }] },
        })
      ).status,
    ).toBe(200);
    const undo = await call('PUT', votesPath(code, 1), {
      body: { present: 4, candidates: [{ unit: u(1), votes: 3 }], correction: { reason: 'Quay lại' } },
    });
    expect(undo.status).toBe(422);
    expect(undo.body.errors.map((e: { code: string }) => e.code)).toEqual(['round_two_stands']);
    expect((await state(code)).audit).toHaveLength(3);
  });
});
