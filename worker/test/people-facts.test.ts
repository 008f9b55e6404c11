/**
 * A person's facts from the staff list (issue 14): nominations and registrations pick a staff member; the
 * quota pass receives the staff lists and the register in the campaign's one read batch.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { campaignData } from '../src/db/nominations';
import { seedAwards } from './awards-fixtures';
import { call, issue } from './helpers';
import { person, registerDecision } from './people-fixtures';

const nominee = (unit: string, extra: Record<string, unknown>) => ({
  award: 'LDTT',
  movement: 'M1',
  nominee: { kind: 'individual', unit, ...extra },
});

describe('facts from the staff list', () => {
  it('a nominee with a listed staffId gets name, birth date and position; conflicts and unknown ids are 422', async () => {
    const { code, u } = await seedAwards();
    const t1 = await issue('unit', u(1));
    const listed = person('NV-1', { name: 'Phạm Thị Dung', birthDate: '1979-05-04', position: 'Bác sĩ' });
    expect(
      (await call('PUT', `/campaigns/${code}/units/${u(1)}/staff`, { token: t1, body: { staff: [listed] } }))
        .status,
    ).toBe(200);
    const path = `/campaigns/${code}/nominations`;
    const ok = await call('POST', path, { token: t1, body: { items: [nominee(u(1), { staffId: 'nv-1' })] } });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    const stored = await call('GET', `${path}?unit=${u(1)}`);
    expect(stored.body.items[0].nominee).toEqual({
      kind: 'individual',
      unit: u(1),
      staffId: 'NV-1',
      name: 'Phạm Thị Dung',
      birthDate: '1979-05-04',
      position: 'Bác sĩ',
    });
    // The same name in other case and spacing agrees; another name does not.
    const same = nominee(u(1), { staffId: 'NV-1', name: 'phạm  thị dung' });
    expect((await call('POST', path, { token: t1, body: { items: [same] } })).status).toBe(201);
    const other = await call('POST', path, {
      token: t1,
      body: { items: [nominee(u(1), { staffId: 'NV-1', name: 'Phạm Văn Dũng' })] },
    });
    expect(other.status).toBe(422);
    expect(other.body.errors).toEqual([
      expect.objectContaining({ path: '/items/0/nominee/name', code: 'differs_from_staff_list' }),
    ]);
    const unknown = await call('POST', path, {
      token: t1,
      body: { items: [nominee(u(1), { staffId: 'NV-404', name: 'Ai Đó' })] },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].path).toBe('/items/0/nominee/staffId');
    expect(unknown.body.errors[0].message).toContain('không có trong danh sách cán bộ');
    // A PATCH to a staffId not listed is refused too.
    const id = ok.body.items[0].id;
    const patch = await call('PATCH', `${path}/${id}`, {
      token: t1,
      body: { nominee: { staffId: 'NV-404', name: null, birthDate: null, position: null } },
    });
    expect(patch.status).toBe(422);
    expect(patch.body.errors[0].path).toBe('/nominee/staffId');
  });

  it('a unit without a list files as before; a registered individual must be on the list when there is one', async () => {
    const { code, u } = await seedAwards();
    const t2 = await issue('unit', u(2));
    const free = nominee(u(2), { staffId: 'X-1', name: 'Không Có Danh Sách' });
    expect(
      (await call('POST', `/campaigns/${code}/nominations`, { token: t2, body: { items: [free] } })).status,
    ).toBe(201);
    const reg = `/campaigns/${code}/units/${u(2)}/registration`;
    const body = { awards: [], individuals: [{ name: 'Hồ Văn Em', staffId: 'NV-5', awards: ['LDTT'] }] };
    expect((await call('PUT', reg, { token: t2, body })).status).toBe(200);
    await call('PUT', `/campaigns/${code}/units/${u(2)}/staff`, {
      token: t2,
      body: { staff: [person('NV-5', { name: 'Hồ Văn Em', position: 'Kỹ thuật viên' })] },
    });
    const filled = await call('PUT', reg, { token: t2, body });
    expect(filled.status).toBe(200);
    expect(filled.body.individuals[0].position).toBe('Kỹ thuật viên');
    const missing = await call('PUT', reg, {
      token: t2,
      body: { awards: [], individuals: [{ name: 'Hồ Văn Em', staffId: 'NV-6', awards: [] }] },
    });
    expect(missing.status).toBe(422);
    expect(missing.body.errors[0].path).toBe('/individuals/0/staffId');
  });

  it('the quota pass reads the staff lists of the year and earlier and the register naming the units', async () => {
    const { code, u } = await seedAwards();
    await call('PUT', `/campaigns/${code}/units/${u(1)}/staff`, { body: { staff: [person('NV-1')] } });
    await call('PUT', `/units/${u(1)}/staff/2021`, { body: { staff: [person('NV-1'), person('NV-2')] } });
    await call('PUT', `/units/${u(1)}/staff/2024`, { body: { staff: [person('NV-3')] } });
    const mine = registerDecision(u(1));
    const later = registerDecision(u(1), { period: { from: 2024, to: 2024 } });
    const foreign = registerDecision('KHOI-KHAC');
    for (const d of [mine, later])
      expect((await call('POST', '/register/decisions', { body: d })).status).toBe(201);
    expect((await call('POST', '/register/decisions', { body: foreign })).status).toBe(422);
    const data = await campaignData(env.DB, code);
    expect(data.year).toBe(2023);
    expect(data.staff.headers.map((h) => [h.year, h.unit, h.people])).toEqual([
      [2021, u(1), 2],
      [2023, u(1), 1],
    ]);
    expect(data.staff.rows).toHaveLength(3);
    const numbers = data.register.decisions.map((d) => JSON.parse(d.data).number);
    expect(numbers).toEqual([mine.number]);
    expect(data.register.recipients).toHaveLength(2);
    // The answers still come (the rules that read people are the quota core's).
    expect((await call('GET', `/campaigns/${code}/quotas`)).status).toBe(200);
  });
});
