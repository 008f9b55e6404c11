/** Staff lists in workerd against D1 (issue 14): round trip, replace, 10,000 people, checks, access. */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { seedAwards } from './awards-fixtures';
import { call, issue } from './helpers';
import { person } from './people-fixtures';

const staffPath = (code: string, unit: string) => `/campaigns/${code}/units/${unit}/staff`;

describe('staff lists', () => {
  it('a unit sends its list and reads it back; a PUT replaces the whole list; audited with counts', async () => {
    const { code, u } = await seedAwards();
    const t1 = await issue('unit', u(1));
    const path = staffPath(code, u(1));
    const empty = await call('GET', path, { token: t1 });
    expect(empty.body).toEqual({ unit: u(1), year: 2023, staff: [], updatedAt: null, updatedBy: null });
    const initiative = {
      title: 'Quy trình',
      level: 'unit',
      decisionNo: '12/QĐ-BV',
      decisionDate: '2023-10-02',
    };
    const first = [
      person('NV-1', {
        sex: 'female',
        birthDate: '1980-02-29',
        position: 'Điều dưỡng trưởng',
        startDate: '2005-06-01',
        rating: 'excellent',
        initiatives: [
          { title: 'Quy trình', level: 'unit', decisionNo: '12/QĐ-BV', decisionDate: '2023-10-02' },
        ],
      }),
      person('NV-2', { discipline: [{ form: 'reprimand', date: '2023-03-01' }], daysAbsent: 4 }),
      person('NV-3'),
    ];
    const put = await call('PUT', path, { token: t1, body: { staff: first } });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const got = await call('GET', path);
    expect(got.body.staff).toHaveLength(3);
    expect(got.body.staff[0]).toEqual({
      ...first[0],
      discipline: [],
      initiatives: [{ kind: 'initiative', ...initiative }],
    });
    expect(got.body.staff.map((p: { staffId: string }) => p.staffId)).toEqual(['NV-1', 'NV-2', 'NV-3']);
    expect(got.body.updatedAt).toMatch(/\+07:00$/);
    expect(got.body).toEqual(put.body);

    const again = await call('PUT', path, { token: t1, body: { staff: [person('NV-9')] } });
    expect(again.status).toBe(200);
    const after = await call('GET', path);
    expect(after.body.staff).toEqual([
      { staffId: 'NV-9', name: 'Cán bộ NV-9', discipline: [], initiatives: [] },
    ]);
    const rows = await env.DB.prepare('SELECT count(*) AS n FROM staff WHERE year = 2023 AND unit = ?1')
      .bind(u(1))
      .first<{ n: number }>();
    expect(rows?.n).toBe(1);
    const log = await call('GET', `/campaigns/${code}/audit?action=staff.put`);
    expect(log.body.items.map((e: { detail: unknown }) => e.detail)).toEqual([
      { year: 2023, unit: u(1), before: 0, after: 3 },
      { year: 2023, unit: u(1), before: 3, after: 1 },
    ]);
  });

  it('names each bad row ("Dòng N") and stores nothing', async () => {
    const { code, u } = await seedAwards();
    const path = staffPath(code, u(2));
    await call('PUT', path, { body: { staff: [person('A')] } });
    const bad = await call('PUT', path, {
      body: {
        staff: [person('NV-1'), person('nv-1'), person('NV-3', { startDate: '2024-02-01', rating: 'good' })],
      },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual([
      '/staff/1/staffId',
      '/staff/2/startDate',
    ]);
    expect(bad.body.errors[0].message).toContain('Dòng 3');
    expect(bad.body.errors[1].message).toContain('Dòng 4');
    const schema = await call('PUT', path, { body: { staff: [person('X', { rating: 'superb' })] } });
    expect(schema.status).toBe(422);
    expect(schema.body.errors[0].path).toBe('/staff/0/rating');
    expect(schema.body.errors[0].message).toMatch(/^Dòng 2: /);
    expect((await call('GET', path)).body.staff.map((p: { staffId: string }) => p.staffId)).toEqual(['A']);
  });

  it('stores and reads a list of 10,000 people in one PUT, none of its values near 2 MB', async () => {
    const { code, u } = await seedAwards();
    const staff = Array.from({ length: 10000 }, (_, i) =>
      person(`NV-${String(i).padStart(5, '0')}`, {
        birthDate: '1985-01-01',
        position: 'Bác sĩ',
        department: `Khoa ${i % 40}`,
        rating: 'good',
        initiatives: [
          { title: `Sáng kiến ${i}`, level: 'unit', decisionNo: `${i}/QĐ-BV`, decisionDate: '2023-09-01' },
        ],
      }),
    );
    const path = staffPath(code, u(3));
    const t0 = performance.now();
    const put = await call('PUT', path, { body: { staff } });
    const putMs = performance.now() - t0;
    expect(put.status, JSON.stringify(put.body).slice(0, 300)).toBe(200);
    const t1 = performance.now();
    const got = await call('GET', path);
    const getMs = performance.now() - t1;
    expect(got.body.staff).toHaveLength(10000);
    expect(got.body.staff[9999].staffId).toBe('NV-09999');
    const sizes = await env.DB.prepare(
      'SELECT count(*) AS n, max(length(data)) AS biggest FROM staff WHERE year = 2023 AND unit = ?1',
    )
      .bind(u(3))
      .first<{ n: number; biggest: number }>();
    expect(sizes?.n).toBe(10000);
    expect(sizes!.biggest).toBeLessThan(2000);
    console.log(`10,000 people: PUT ${putMs.toFixed(0)} ms, GET ${getMs.toFixed(0)} ms`);
  });

  it('the unit itself or the secretariat writes; the council reads; other units are refused', async () => {
    const { code, u } = await seedAwards();
    const [t1, t2] = [await issue('unit', u(1)), await issue('unit', u(2))];
    const council = await issue('council');
    const path = staffPath(code, u(1));
    const body = { staff: [person('NV-1')] };
    expect((await call('PUT', path, { token: t2, body })).status).toBe(403);
    expect((await call('GET', path, { token: t2 })).status).toBe(403);
    expect((await call('PUT', path, { token: council, body })).status).toBe(403);
    expect((await call('PUT', path, { token: t1, body })).status).toBe(200);
    expect((await call('GET', path, { token: council })).status).toBe(200);
    expect((await call('GET', `/campaigns/${code}/staff`, { token: t1 })).status).toBe(403);
    const all = await call('GET', `/campaigns/${code}/staff`, { token: council });
    expect(all.body.lists).toHaveLength(7);
    expect(all.body.lists.find((l: { unit: string }) => l.unit === u(1)).staff).toHaveLength(1);
    const one = await call('GET', `/campaigns/${code}/staff?unit=${u(1)}`);
    expect(one.body.lists.map((l: { unit: string }) => l.unit)).toEqual([u(1)]);
    expect((await call('GET', staffPath(code, 'KHONG-CO'))).status).toBe(404);
    expect((await call('GET', staffPath('KHONG-CO', u(1)))).status).toBe(404);
  });

  it('earlier years: the secretariat writes, the unit reads its own', async () => {
    const { u } = await seedAwards();
    const t1 = await issue('unit', u(1));
    const path = `/units/${u(1)}/staff/2021`;
    const body = { staff: [person('NV-1', { startDate: '2020-01-01', rating: 'excellent' })] };
    expect((await call('PUT', path, { token: t1, body })).status).toBe(403);
    expect((await call('PUT', path, { body })).status).toBe(200);
    const got = await call('GET', path, { token: t1 });
    expect(got.body).toMatchObject({
      unit: u(1),
      year: 2021,
      staff: [{ staffId: 'NV-1', rating: 'excellent' }],
    });
    const wrongYear = await call('PUT', path, {
      body: { staff: [person('NV-1', { startDate: '2022-01-01' })] },
    });
    expect(wrongYear.status).toBe(422);
    expect((await call('GET', `/units/${u(1)}/staff/abc`)).status).toBe(422);
    expect((await call('GET', '/units/KHONG-CO/staff/2021')).status).toBe(404);
  });
});
