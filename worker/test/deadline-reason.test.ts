/** PATCH …/groups/{group}: the reason the secretariat gives for moving a deadline is kept in the audit log. */
import { describe, expect, it } from 'vitest';
import { call, issue, seedPlan } from './helpers';

describe('PATCH /campaigns/{campaign}/groups/{group} with a reason', () => {
  it('moves the deadline and records the reason beside the old and new dates', async () => {
    const p = await seedPlan();
    const sec = await issue('secretariat', undefined, 'Văn phòng');
    const reason = 'Khối đề nghị gia hạn do lũ lụt';
    const moved = await call('PATCH', `/campaigns/${p.code}/groups/G1`, {
      token: sec,
      body: { deadline: '2099-07-15T17:00:00+07:00', reason },
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.deadlineAt).toBe('2099-07-15T17:00:00+07:00');
    const audit = await call('GET', `/campaigns/${p.code}/audit?action=group.deadline`, { token: sec });
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0].detail).toMatchObject({ to: '2099-07-15T17:00:00+07:00', reason });
  });

  it('still takes a bare deadline, and refuses an empty reason naming the field', async () => {
    const p = await seedPlan();
    const path = `/campaigns/${p.code}/groups/G1`;
    expect((await call('PATCH', path, { body: { deadline: null } })).status).toBe(200);
    const bad = await call('PATCH', path, { body: { deadline: null, reason: '  ' } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(['/reason']);
  });
});
