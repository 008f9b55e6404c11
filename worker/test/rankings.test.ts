import { describe, expect, it } from 'vitest';
import { seedAwards, submitSheet } from './awards-fixtures';
import { call, issue, PAST } from './helpers';

const rankingPath = (c: string, g: string) => `/campaigns/${c}/groups/${g}/ranking`;

describe('rankings', () => {
  it('ties share a rank, the votes tie-break separates them, non-submitters come last', async () => {
    const { code, u } = await seedAwards();
    await submitSheet(code, 'G1', u(1));
    const t2 = await submitSheet(code, 'G1', u(2));
    await submitSheet(code, 'G1', u(3), { '1.1': 20 });
    let r = await call('GET', rankingPath(code, 'G1'));
    expect(r.status).toBe(200);
    expect(r.body.rows.map((x: { unit: string; rank: number | null }) => [x.unit, x.rank])).toEqual([
      [u(3), 1],
      [u(1), 2],
      [u(2), 2],
      [u(5), null],
    ]);
    expect(r.body.rows[0]).toMatchObject({
      total: 93.5,
      sections: { I: 29.5 },
      classification: 'Tốt',
      status: 'submitted',
    });
    expect(r.body.rows[3]).toMatchObject({ total: null, status: 'draft', votes: null, leading: false });

    // A vote: 50 % of 4 members = 2 votes needed; U2 and U1 both reach it (one place: round 1 does not
    // decide), U2 beats U1 on the votes tie-break.
    const lead = await issue('unit', u(1));
    expect(
      (
        await call('PUT', `/campaigns/${code}/groups/G1/votes/1`, {
          token: t2,
          body: { members: 4, present: 4, candidates: [] },
        })
      ).status,
    ).toBe(403);
    const v = await call('PUT', `/campaigns/${code}/groups/G1/votes/1`, {
      token: lead,
      body: {
        members: 4,
        present: 4,
        candidates: [
          { unit: u(2), votes: 3 },
          { unit: u(1), votes: 2 },
        ],
      },
    });
    expect(v.status).toBe(200);
    expect(v.body).toMatchObject({
      threshold: 2,
      candidates: [
        { unit: u(2), reached: true },
        { unit: u(1), reached: true },
      ],
    });
    r = await call('GET', rankingPath(code, 'G1'));
    expect(r.body.rows.map((x: { unit: string; rank: number | null }) => [x.unit, x.rank])).toEqual([
      [u(3), 1],
      [u(2), 2],
      [u(1), 3],
      [u(5), null],
    ]);
    expect(r.body.rows[1]).toMatchObject({ votes: 3, voteShare: 0.75, leading: true });
    expect(r.body.rows[0]).toMatchObject({ votes: 0, voteShare: 0, leading: false });

    // Round 2 (a run-off between the two) is the latest and counts.
    const v2 = await call('PUT', `/campaigns/${code}/groups/G1/votes/2`, {
      body: { members: 4, present: 3, candidates: [{ unit: u(1), votes: 3 }] },
    });
    expect(v2.status).toBe(200);
    r = await call('GET', rankingPath(code, 'G1'));
    expect(r.body.rows.map((x: { unit: string }) => x.unit)).toEqual([u(3), u(1), u(2), u(5)]);
    const rounds = await call('GET', `/campaigns/${code}/groups/G1/votes`, { token: t2 });
    expect(rounds.body.rounds.map((x: { round: number }) => x.round)).toEqual([1, 2]);
  });

  it('votes: 422 for present above members, votes above present, a non-member; 404 for round 3', async () => {
    const { code, u } = await seedAwards();
    const bad = await call('PUT', `/campaigns/${code}/groups/G1/votes/1`, {
      body: { members: 4, present: 5, candidates: [{ unit: u(4), votes: 6 }] },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(
      ['/candidates/0/unit', '/candidates/0/votes', '/present'].sort(),
    );
    expect(
      (
        await call('PUT', `/campaigns/${code}/groups/G1/votes/3`, {
          body: { members: 1, present: 1, candidates: [] },
        })
      ).status,
    ).toBe(404);
    const council = await issue('council');
    expect(
      (
        await call('PUT', `/campaigns/${code}/groups/G1/votes/1`, {
          token: council,
          body: { members: 1, present: 1, candidates: [] },
        })
      ).status,
    ).toBe(403);
    const audit = await call('GET', `/campaigns/${code}/audit?action=vote`);
    expect(audit.body.items).toHaveLength(0);
  });

  it('ranks every group in one call; a unit reads its own groups only after the deadline', async () => {
    const { code, u } = await seedAwards();
    await submitSheet(code, 'G1', u(1));
    await submitSheet(code, 'G2', u(4), { '2.1': 70 });
    await submitSheet(code, 'G2', u(6));
    await submitSheet(code, 'G3', u(7));
    const all = await call('GET', `/campaigns/${code}/rankings`);
    expect(all.status).toBe(200);
    expect(all.body.groups.map((g: { group: string }) => g.group)).toEqual(['G1', 'G2', 'G3']);
    expect(all.body.groups[1].rows.map((x: { unit: string; rank: number }) => [x.unit, x.rank])).toEqual([
      [u(4), 1],
      [u(6), 2],
    ]);
    expect(all.body.groups[2].rows[0]).toMatchObject({ unit: u(7), rank: 1, total: 92 });

    const t6 = await issue('unit', u(6));
    expect((await call('GET', rankingPath(code, 'G2'), { token: t6 })).status).toBe(403);
    expect((await call('GET', `/campaigns/${code}/rankings`, { token: t6 })).body.groups).toEqual([]);
    expect((await call('PATCH', `/campaigns/${code}/groups/G2`, { body: { deadline: PAST } })).status).toBe(
      200,
    );
    expect((await call('GET', rankingPath(code, 'G2'), { token: t6 })).status).toBe(200);
    expect((await call('GET', rankingPath(code, 'G1'), { token: t6 })).status).toBe(403);
    const mine = await call('GET', `/campaigns/${code}/rankings`, { token: t6 });
    expect(mine.body.groups.map((g: { group: string }) => g.group)).toEqual(['G2']);
    expect((await call('GET', rankingPath(code, 'NOPE'))).status).toBe(404);
    expect((await call('GET', rankingPath('NOPE-X', 'G1'))).status).toBe(404);
  });
});
