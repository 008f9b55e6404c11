/**
 * The demo's people load through the public API as `npm start` sends them (scripts/seed-demo-people.ts):
 * every staff list of 2019–2023 and the register import, whole; then the people nominations of the demo are
 * filed and `GET …/quotas` and `GET …/nominations` show the rules of issue 14 with their reasons, in workerd
 * against D1 with migrations.
 */
import { describe, expect, it } from 'vitest';
import { importChunks, peopleDemoMissing, seedPeopleDemo } from '../../scripts/seed-demo-people';
import { brvt2023 } from '../../shared/demo/brvt-2023';
import { BRVT_YEARS, brvtStaff } from '../../shared/demo/people-brvt';
import { registerRows } from '../../shared/demo/register';
import { brvtRegister } from '../../shared/demo/register-brvt';
import { bvllPlaces, peopleNominations } from '../../shared/demo/year-end-people';
import { call } from '../../worker/test/helpers';

const code = brvt2023.campaign.code;
const inAMonth = () => new Date(Date.now() + 30 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const api = async (method: string, path: string, body?: unknown) => {
  const r = await call(method, path, body === undefined ? {} : { body });
  return { status: r.status, body: r.body as unknown };
};

interface Item {
  award: string;
  nominee: { unit: string; staffId?: string };
  status: string;
  reasons: string[];
}

describe('the demo people through the API', () => {
  it('splits the register import into whole decisions under the body limit', () => {
    const chunks = importChunks(registerRows(brvtRegister), 64 * 1024);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) {
      const numbers = new Set(c.map((r) => `${r.number}/${r.date}`));
      for (const other of chunks.filter((x) => x !== c))
        expect(other.some((r) => numbers.has(`${r.number}/${r.date}`))).toBe(false);
    }
    expect(chunks.flat()).toHaveLength(registerRows(brvtRegister).length);
  });

  it('loads every list and the whole register, and the quotas show the rules with their reasons', async () => {
    expect((await call('POST', '/plans', { body: brvt2023 })).status).toBe(201);
    expect(await peopleDemoMissing(api, code)).toBe(true);
    const loaded = await seedPeopleDemo(api, code);
    expect(loaded).toEqual({
      lists: brvtStaff.length,
      people: brvtStaff.reduce((a, l) => a + l.staff.length, 0),
      decisions: brvtRegister.length,
      recipients: brvtRegister.reduce((a, d) => a + d.recipients.length, 0),
    });
    expect(await peopleDemoMissing(api, code)).toBe(false);
    const earlier = await call('GET', `/units/BV-LL/staff/${BRVT_YEARS[0]}`);
    expect(earlier.status).toBe(200);
    expect(earlier.body.staff.length).toBeGreaterThan(20);

    const reopen = await call('POST', `/campaigns/${code}/milestones/Q4-DN/reopen`, {
      body: { until: inAMonth(), reason: 'Kiểm thử dữ liệu mẫu' },
    });
    expect(reopen.status, JSON.stringify(reopen.body)).toBe(200);
    const filed = await call('POST', `/campaigns/${code}/nominations`, {
      body: { items: peopleNominations() },
    });
    expect(filed.status, JSON.stringify(filed.body).slice(0, 400)).toBe(201);

    const list = await call('GET', `/campaigns/${code}/nominations`);
    const items = list.body.items as Item[];
    const find = (award: string, staffId: string) =>
      items.find((i) => i.award === award && i.nominee.staffId === staffId)!;
    const expectOutcome = (i: Item, status: string, fragment?: string) => {
      expect(i.status, i.reasons.join(' | ')).toBe(status);
      if (fragment) expect(i.reasons.join(' | ')).toContain(fragment);
    };
    expectOutcome(find('LDTT', 'SYT-VP-001'), 'within_quota');
    expectOutcome(find('LDTT', 'SYT-VP-008'), 'ineligible', 'đã nghỉ 52 ngày');
    expectOutcome(find('CSTD-TINH', 'BV-LL-002'), 'within_quota');
    expectOutcome(find('CSTD-TINH', 'BV-BR-003'), 'ineligible', '2020');
    expectOutcome(find('BANG-KHEN-TTG', 'BV-VT-001'), 'over_quota', '1789/QĐ-CTN');
    const cstdcs = items.filter((i) => i.award === 'CSTDCS' && i.nominee.unit === 'BV-LL');
    expect(cstdcs.filter((i) => i.status === 'within_quota')).toHaveLength(bvllPlaces());
    expect(cstdcs.filter((i) => i.status === 'over_quota')).toHaveLength(1);
    const collective = items.find((i) => i.award === 'TAP-THE-LDTT' && i.nominee.unit === 'TT-PY')!;
    expectOutcome(collective, 'ineligible', 'danh sách cán bộ');

    const quotas = await call('GET', `/campaigns/${code}/quotas`);
    expect(quotas.status).toBe(200);
    expect(JSON.stringify(quotas.body)).toContain('sổ khen thưởng');
  });
});
