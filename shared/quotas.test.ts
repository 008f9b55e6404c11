import { describe, expect, it } from 'vitest';
import type { PlanInput } from './contract/plan';
import {
  evaluateQuotas,
  percentOf,
  type QuotaResult,
  type RegistrationData,
  type Standing,
  type StoredNomination,
} from './quotas';
import { BLOC, nomination as nom, parsePlan, planInput } from './quotas/test-plan';

interface Run {
  plan?: PlanInput;
  standings?: Standing[];
  registrations?: RegistrationData[];
}

function run(nominations: StoredNomination[], opts: Run = {}) {
  const result = evaluateQuotas({
    plan: parsePlan(opts.plan ?? planInput()),
    nominations,
    standings: opts.standings ?? [],
    registrations: opts.registrations ?? [],
  });
  return { ...result, ...helpers(result) };
}

function helpers(result: QuotaResult) {
  const byId = new Map(result.items.map((i) => [i.id, i]));
  const item = (id: string) => {
    const found = byId.get(id);
    if (!found) throw new Error(`no item ${id}`);
    return found;
  };
  return {
    item,
    status: (id: string) => item(id).status,
    ids: (status: string) => result.items.filter((i) => i.status === status).map((i) => i.id),
    row: (rule: string) => result.rules.find((r) => r.rule === rule),
  };
}

const people = (n: number, fields: Parameters<typeof nom>[1] = {}, prefix = 'p') =>
  Array.from({ length: n }, (_, i) =>
    nom(`${prefix}${String(i + 1).padStart(2, '0')}`, {
      movement: '2.4',
      ...fields,
      nominee: { staffId: `${prefix}${i}`, ...fields.nominee },
    }),
  );

const standing = (unit: string, rank: number | null, extra: Partial<Standing> = {}): Standing => ({
  group: 'KHOI-BV',
  unit,
  rank,
  classification: null,
  voted: false,
  ...extra,
});

describe('movement quotas', () => {
  it('lets the first 10 of 12 individuals in on a 10-individual movement; withdrawing one lets the 11th in', () => {
    const all = people(12);
    const r = run(all);
    expect(r.ids('within_quota')).toEqual(all.slice(0, 10).map((n) => n.id));
    expect(r.ids('over_quota')).toEqual(['p11', 'p12']);
    expect(r.item('p11').reasons).toEqual(['Phong trào 2.4: đã đủ 10 cá nhân (chỉ tiêu 10)']);
    expect(r.item('p11').ruleIds).toEqual(['movement:2.4:individual']);
    expect(r.item('p03').reasons).toEqual(['Trong chỉ tiêu phong trào 2.4: 3/10 cá nhân']);
    expect(r.row('movement:2.4:individual')).toMatchObject({
      limit: 10,
      used: 10,
      over: 2,
      scope: 'movement',
    });

    const withdrawn = run(all.filter((n) => n.id !== 'p04'));
    expect(withdrawn.status('p11')).toBe('within_quota');
    expect(withdrawn.status('p12')).toBe('over_quota');
    expect(withdrawn.row('movement:2.4:individual')).toMatchObject({ used: 10, over: 1 });
  });

  it('applies the quota of 2.1 once per programme', () => {
    const lao = Array.from({ length: 7 }, (_, i) =>
      nom(`lao${i}`, {
        award: 'BANG-KHEN',
        movement: '2.1',
        programme: 'CT-LAO',
        nominee: { kind: 'collective', unit: BLOC[i]! },
      }),
    );
    const sr = Array.from({ length: 3 }, (_, i) =>
      nom(`sr${i}`, {
        award: 'BANG-KHEN',
        movement: '2.1',
        programme: 'CT-SR',
        nominee: { kind: 'collective', unit: BLOC[i + 7]! },
      }),
    );
    const plan = planInput();
    plan.rules = []; // no minClass on BANG-KHEN here
    const r = run([...lao, ...sr], { plan });
    expect(r.ids('over_quota')).toEqual(['lao5', 'lao6']);
    expect(r.item('lao5').reasons).toEqual([
      'Phong trào 2.1 – Chương trình CT-LAO: đã đủ 5 tập thể (chỉ tiêu 5)',
    ]);
    expect(sr.map((n) => r.status(n.id))).toEqual(['within_quota', 'within_quota', 'within_quota']);
    expect(r.row('movement:2.1:CT-LAO:collective')).toMatchObject({
      limit: 5,
      used: 5,
      over: 2,
      scope: 'programme',
    });
    expect(r.row('movement:2.1:CT-SR:collective')).toMatchObject({ limit: 5, used: 3, over: 0 });
    expect(r.row('movement:2.1:CT-SR:individual')).toMatchObject({ limit: 10, used: 0, over: 0 });
    expect(r.row('movement:2.1:collective')).toBeUndefined();
  });

  it('makes collectives ineligible on a movement that takes none (2.6), without using any place', () => {
    const r = run(
      [
        nom('c1', { award: 'GIAY-KHEN', movement: '2.6', nominee: { kind: 'collective', unit: 'BV-VT' } }),
        ...people(10, { movement: '2.6' }),
      ],
      { plan: { ...planInput(), rules: [] } },
    );
    expect(r.status('c1')).toBe('ineligible');
    expect(r.item('c1').reasons).toEqual(['Phong trào 2.6 không xét tập thể']);
    expect(r.item('c1').ruleIds).toEqual([]);
    expect(r.ids('within_quota')).toHaveLength(10);
    expect(r.row('movement:2.6:collective')).toMatchObject({ limit: 0, used: 0, over: 0 });
    expect(r.row('movement:2.6:individual')).toMatchObject({ limit: 10, used: 10, over: 0 });
  });

  it('puts no limit on a movement without quota (2.12) and still reports its usage', () => {
    const r = run(people(25, { movement: '2.12' }));
    expect(r.ids('within_quota')).toHaveLength(25);
    expect(r.row('movement:2.12:individual')).toMatchObject({ limit: null, used: 25, over: 0 });
    expect(r.item('p25').reasons).toEqual(['Phong trào 2.12: không giới hạn số lượng (25 cá nhân)']);
  });

  it('reports one row per movement × kind (× programme) for every movement, in plan order, then share rows', () => {
    const r = run([]);
    expect(r.rules.map((x) => x.rule)).toEqual([
      'movement:2.1:CT-LAO:collective',
      'movement:2.1:CT-LAO:individual',
      'movement:2.1:CT-SR:collective',
      'movement:2.1:CT-SR:individual',
      'movement:2.4:collective',
      'movement:2.4:individual',
      'movement:2.6:collective',
      'movement:2.6:individual',
      'movement:2.11:collective',
      'movement:2.11:individual',
      'movement:2.12:collective',
      'movement:2.12:individual',
      'share:CO-THI-DUA:KHOI-BV',
      'share:CO-THI-DUA:CUM-TT',
    ]);
    expect(r.row('movement:2.4:individual')?.label).toBe('Phong trào 2.4 “Thầy thuốc như mẹ hiền” – cá nhân');
    expect(r.rules.every((x) => x.used === 0 && x.over === 0)).toBe(true);
  });
});

describe('share of a group', () => {
  // Cờ thi đua without its eligibility rule, so the share alone decides.
  const sharePlan = (percent: number, min?: number): PlanInput => ({
    ...planInput(),
    rules: [{ kind: 'share', award: 'CO-THI-DUA', percent, ...(min === undefined ? {} : { min }) }],
  });
  const flags = (units: string[], group: string) =>
    units.map((unit) =>
      nom(`co-${unit}`, { award: 'CO-THI-DUA', group, nominee: { kind: 'collective', unit } }),
    );

  it('allows floor(members × percent) of a 10-member bloc: 20 % → 2', () => {
    const r = run(flags(BLOC.slice(0, 4), 'KHOI-BV'), { plan: sharePlan(20, 1) });
    expect(r.ids('within_quota')).toEqual(['co-BV-BR', 'co-BV-VT']);
    expect(r.item('co-BV-LD').reasons).toEqual([
      'Cờ thi đua – Khối bệnh viện: tối đa 20% của 10 thành viên = 2, đã đủ 2',
    ]);
    expect(r.row('share:CO-THI-DUA:KHOI-BV')).toMatchObject({ limit: 2, used: 2, over: 2, scope: 'group' });
  });

  it('rounds down (25 % of 10 = 2, not 3) and reads decimal percents exactly', () => {
    expect(run(flags(BLOC.slice(0, 4), 'KHOI-BV'), { plan: sharePlan(25) }).ids('within_quota')).toHaveLength(
      2,
    );
    expect(run(flags(BLOC, 'KHOI-BV'), { plan: sharePlan(29.99) }).ids('within_quota')).toHaveLength(2);
    expect(run(flags(BLOC, 'KHOI-BV'), { plan: sharePlan(30) }).ids('within_quota')).toHaveLength(3);
  });

  it('raises the limit to the minimum on a small cluster: 20 % of 3 = 0, at least 1', () => {
    const units = ['TTYT-A', 'TTYT-B'];
    const withMin = run(flags(units, 'CUM-TT'), { plan: sharePlan(20, 1) });
    expect(withMin.ids('within_quota')).toEqual(['co-TTYT-A']);
    expect(withMin.item('co-TTYT-B').reasons).toEqual([
      'Cờ thi đua – Cụm trung tâm: tối đa 20% của 3 thành viên = 0, nâng lên tối thiểu 1, đã đủ 1',
    ]);
    const noMin = run(flags(units, 'CUM-TT'), { plan: sharePlan(20) });
    expect(noMin.ids('within_quota')).toEqual([]);
    expect(noMin.row('share:CO-THI-DUA:CUM-TT')).toMatchObject({ limit: 0, over: 2 });
  });

  it('counts each group separately and only the groups the rule names', () => {
    const plan = sharePlan(10);
    plan.rules = [{ kind: 'share', award: 'CO-THI-DUA', percent: 10, groups: ['KHOI-BV'] }];
    const r = run([...flags(BLOC.slice(0, 2), 'KHOI-BV'), ...flags(['TTYT-A', 'TTYT-B'], 'CUM-TT')], {
      plan,
    });
    expect(r.ids('within_quota')).toEqual(['co-BV-BR', 'co-TTYT-A', 'co-TTYT-B']);
    expect(r.rules.filter((x) => x.rule.startsWith('share:')).map((x) => x.rule)).toEqual([
      'share:CO-THI-DUA:KHOI-BV',
    ]);
  });

  it('is exact where floating point is not: percentOf', () => {
    expect(percentOf(10, 20)).toBe(2);
    expect(percentOf(16, 12.5)).toBe(2);
    expect(percentOf(15, 12.5)).toBe(1);
    expect(percentOf(1000, 0.1)).toBe(1);
    // 100 × 0.57 = 56.99999999999999 in binary floating point: a float floor would lose a place.
    expect(Math.floor(100 * (57 / 100))).toBe(56);
    expect(percentOf(100, 57)).toBe(57);
    expect(percentOf(125, 5.6)).toBe(7);
    expect(percentOf(10000, 1.15)).toBe(115);
  });
});

describe('ratio to another award', () => {
  const ldtt = (n: number, unit = 'BV-BR', movement?: string) =>
    Array.from({ length: n }, (_, i) =>
      nom(`ld-${unit}-${i}`, {
        award: 'LDTT',
        ...(movement ? { movement } : {}),
        nominee: { unit, staffId: `ld${unit}${i}` },
      }),
    );
  const cstd = (n: number, unit = 'BV-BR', extra: Parameters<typeof nom>[1] = {}) =>
    Array.from({ length: n }, (_, i) =>
      nom(`cs-${unit}-${i}`, { award: 'CSTDCS', ...extra, nominee: { unit, staffId: `cs${unit}${i}` } }),
    );

  it('allows floor(15 % of the unit’s Lao động tiên tiến within quota) Chiến sĩ thi đua cơ sở', () => {
    const r = run([...ldtt(12), ...cstd(3)]);
    expect(r.ids('within_quota').filter((id) => id.startsWith('cs'))).toEqual(['cs-BV-BR-0']);
    expect(r.item('cs-BV-BR-1').reasons).toEqual([
      'Chiến sĩ thi đua cơ sở – Bệnh viện Bà Rịa: tối đa 15% của 12 Lao động tiên tiến = 1, đã đủ 1',
    ]);
    expect(r.row('ratio:CSTDCS:BV-BR')).toMatchObject({ limit: 1, used: 1, over: 2, scope: 'unit' });
    // 14 → 2.1 → 2
    expect(
      run([...ldtt(14), ...cstd(3)])
        .ids('within_quota')
        .filter((id) => id.startsWith('cs')),
    ).toHaveLength(2);
  });

  it('counts only the base nominations within quota, settled before the capped award whatever the priorities', () => {
    // 14 LDTT under 2.4 (10 individuals): only 10 are within, so 15 % of 10 = 1 — even though the CSTDCS
    // nominations were filed first with priority 1.
    const caps = cstd(3, 'BV-BR', { priority: 1 });
    const r = run([...caps, ...ldtt(14, 'BV-BR', '2.4')]);
    expect(r.row('movement:2.4:individual')).toMatchObject({ used: 10, over: 4 });
    expect(r.row('ratio:CSTDCS:BV-BR')).toMatchObject({ limit: 1, used: 1, over: 2 });
  });

  it('keeps units apart and lists a row for each unit with either award', () => {
    const r = run([
      ...ldtt(6, 'BV-BR'),
      ...ldtt(20, 'BV-VT'),
      ...cstd(1, 'BV-BR'),
      ...cstd(4, 'BV-VT'),
      ...ldtt(1, 'BV-LD'),
    ]);
    expect(r.status('cs-BV-BR-0')).toBe('over_quota'); // 15 % of 6 = 0.9 → 0
    expect(r.row('ratio:CSTDCS:BV-BR')).toMatchObject({ limit: 0, used: 0, over: 1 });
    expect(r.row('ratio:CSTDCS:BV-VT')).toMatchObject({ limit: 3, used: 3, over: 1 });
    expect(r.row('ratio:CSTDCS:BV-LD')).toMatchObject({ limit: 0, used: 0, over: 0 });
    expect(r.rules.filter((x) => x.rule.startsWith('ratio:')).map((x) => x.rule)).toEqual([
      'ratio:CSTDCS:BV-BR',
      'ratio:CSTDCS:BV-VT',
      'ratio:CSTDCS:BV-LD',
    ]);
  });
});

describe('eligibility', () => {
  const flag = (id: string, unit: string) =>
    nom(id, { award: 'CO-THI-DUA', group: 'KHOI-BV', nominee: { kind: 'collective', unit } });

  it('lets only the rank-1 unit of the group go for Cờ thi đua, and only once voted', () => {
    const standings = [
      standing('BV-BR', 1, { voted: true }),
      standing('BV-VT', 3, { voted: true }),
      standing('BV-LD', 1, { voted: false }),
      standing('BV-PH', null),
    ];
    const r = run(
      [
        flag('br', 'BV-BR'),
        flag('vt', 'BV-VT'),
        flag('ld', 'BV-LD'),
        flag('ph', 'BV-PH'),
        flag('tn', 'BV-TN'),
      ],
      { standings },
    );
    expect(r.status('br')).toBe('within_quota');
    expect(r.item('vt').reasons).toEqual([
      'Chỉ đơn vị xếp hạng 1 trong khối được đề nghị Cờ thi đua (đang xếp hạng 3)',
    ]);
    expect(r.item('ld').reasons).toEqual([
      'Chưa đạt ngưỡng bình xét của khối/cụm để được đề nghị Cờ thi đua',
    ]);
    expect(r.item('ph').reasons).toEqual([
      'Chỉ đơn vị xếp hạng 1 trong khối được đề nghị Cờ thi đua (chưa được xếp hạng)',
      'Chưa đạt ngưỡng bình xét của khối/cụm để được đề nghị Cờ thi đua',
    ]);
    expect(r.ids('ineligible')).toEqual(['vt', 'ld', 'ph', 'tn']);
    // Ineligible ones take no place: the share row counts only the one within.
    expect(r.row('share:CO-THI-DUA:KHOI-BV')).toMatchObject({ used: 1, over: 0 });
  });

  it('uses maxRank as an upper bound on the rank', () => {
    const plan = planInput();
    plan.rules = [{ kind: 'eligibility', award: 'CO-THI-DUA', maxRank: 2 }];
    const standings = [standing('BV-BR', 2), standing('BV-VT', 3)];
    const r = run([flag('br', 'BV-BR'), flag('vt', 'BV-VT')], { plan, standings });
    expect([r.status('br'), r.status('vt')]).toEqual(['within_quota', 'ineligible']);
    expect(r.item('vt').reasons).toEqual([
      'Chỉ đơn vị xếp hạng từ 1 đến 2 trong khối được đề nghị Cờ thi đua (đang xếp hạng 3)',
    ]);
  });

  it('requires at least the minimum classification band, ordered by the template’s thresholds', () => {
    const bk = (id: string, unit: string) =>
      nom(id, { award: 'BANG-KHEN', group: 'KHOI-BV', nominee: { kind: 'collective', unit } });
    const standings = [
      standing('BV-BR', 1, { classification: 'Xuất sắc' }),
      standing('BV-VT', 2, { classification: 'Tốt' }),
      standing('BV-LD', 3, { classification: 'Khá' }),
      standing('BV-PH', 4, { classification: 'Trung bình' }),
      standing('BV-TN', null, { classification: null }),
    ];
    const r = run(
      [bk('br', 'BV-BR'), bk('vt', 'BV-VT'), bk('ld', 'BV-LD'), bk('ph', 'BV-PH'), bk('tn', 'BV-TN')],
      { standings },
    );
    expect(r.ids('within_quota')).toEqual(['br', 'vt']);
    expect(r.item('ld').reasons).toEqual([
      'Chỉ đơn vị xếp loại Tốt trở lên được đề nghị Bằng khen (đang xếp loại Khá)',
    ]);
    expect(r.item('tn').reasons).toEqual([
      'Chỉ đơn vị xếp loại Tốt trở lên được đề nghị Bằng khen (chưa được xếp loại)',
    ]);
    // An individual is judged by the standing of its unit.
    const person = nom('ind', { award: 'BANG-KHEN', group: 'KHOI-BV', nominee: { unit: 'BV-LD' } });
    expect(run([person], { standings }).status('ind')).toBe('ineligible');
  });

  it('requires a registration of the award, by the unit or by the same person', () => {
    const registrations: RegistrationData[] = [
      {
        unit: 'BV-BR',
        awards: ['TAP-THE-LDXS'],
        individuals: [
          { name: 'Trần Thị Bình', staffId: 'NV-7', awards: ['GIAY-KHEN'] },
          { name: 'Lê Văn Cường', awards: ['GIAY-KHEN'] },
          { name: 'Phạm Minh Đức', awards: ['LDTT'] },
        ],
      },
    ];
    const gk = (id: string, nominee: Partial<StoredNomination['nominee']>) =>
      nom(id, { award: 'GIAY-KHEN', nominee });
    const r = run(
      [
        nom('unit-ok', { award: 'TAP-THE-LDXS', nominee: { kind: 'collective', unit: 'BV-BR' } }),
        nom('unit-no', { award: 'TAP-THE-LDXS', nominee: { kind: 'collective', unit: 'BV-VT' } }),
        gk('by-staff', { name: 'T. T. Bình', staffId: 'NV-7' }),
        gk('other-staff', { name: 'Trần Thị Bình', staffId: 'NV-8' }),
        gk('by-name', { name: '  LÊ VĂN   CƯỜNG ', birthDate: '1980-02-03' }),
        gk('other-award', { name: 'Phạm Minh Đức' }),
        gk('other-unit', { name: 'Lê Văn Cường', unit: 'BV-VT' }),
      ],
      { registrations },
    );
    expect(r.ids('within_quota')).toEqual(['unit-ok', 'by-staff', 'by-name']);
    expect(r.item('unit-no').reasons).toEqual(['Chưa đăng ký danh hiệu Tập thể lao động xuất sắc']);
    expect(r.item('other-staff').reasons).toEqual(['Chưa đăng ký danh hiệu Giấy khen']);
    expect(r.ids('ineligible')).toEqual(['unit-no', 'other-staff', 'other-award', 'other-unit']);
  });

  it('marks a stored nomination that no longer fits the plan ineligible with the 422 wording', () => {
    const r = run([
      nom('x', { award: 'NO-SUCH' }),
      nom('y', { award: 'CO-THI-DUA', nominee: { kind: 'collective', unit: 'BV-BR' } }),
    ]);
    expect(r.item('x').reasons).toEqual(['Không có danh hiệu/hình thức khen thưởng với mã "NO-SUCH"']);
    expect(r.item('y').reasons).toContain(
      'Danh hiệu/hình thức khen thưởng Cờ thi đua được xét theo khối/cụm: phải chọn khối/cụm',
    );
  });
});

describe('one award per nominee per movement', () => {
  const under = (
    id: string,
    movement: string,
    award: string,
    nominee: Partial<StoredNomination['nominee']>,
    extra = {},
  ) => nom(id, { movement, award, nominee, ...extra });
  const plan = { ...planInput(), rules: [] };

  it('refuses a later nomination of the same staff id under the same movement, whatever the name', () => {
    const r = run(
      [
        under('a', '2.4', 'LDTT', { name: 'Nguyễn Văn An', staffId: 'NV-1' }),
        under('b', '2.4', 'CSTDCS', { name: 'Nguyễn V. An', staffId: 'NV-1' }, { priority: 1 }),
        under('c', '2.12', 'CSTDCS', { name: 'Nguyễn Văn An', staffId: 'NV-1' }),
        under('d', '2.4', 'BANG-KHEN', { name: 'Nguyễn Văn An', staffId: 'NV-2' }),
      ],
      { plan },
    );
    expect(r.status('a')).toBe('within_quota');
    expect(r.item('b')).toMatchObject({
      status: 'ineligible',
      reasons: ['Đã được đề nghị Lao động tiên tiến trong phong trào 2.4 (hồ sơ trước)'],
    });
    expect(r.status('c')).toBe('within_quota'); // another movement
    expect(r.status('d')).toBe('within_quota'); // two staff ids: two people, even with one name
  });

  it('matches people without staff id by NFC, case-folded names and non-conflicting birth dates', () => {
    const nfd = 'NGUYỄN VĂN AN'.normalize('NFD');
    const r = run(
      [
        under('a', '2.4', 'LDTT', { name: 'Nguyễn Văn An', birthDate: '1980-01-01' }),
        under('same', '2.4', 'BANG-KHEN', { name: nfd }),
        under('older', '2.4', 'GIAY-KHEN', { name: 'nguyễn văn an', birthDate: '1975-05-05' }),
        under('staff', '2.4', 'BANG-KHEN', {
          name: 'Nguyễn Văn An',
          birthDate: '1980-01-01',
          staffId: 'NV-9',
        }),
        under('other-unit', '2.4', 'BANG-KHEN', { name: 'Nguyễn Văn An', unit: 'BV-VT' }),
      ],
      { plan },
    );
    expect(r.status('a')).toBe('within_quota');
    expect(r.status('same')).toBe('ineligible'); // no birth date: no difference
    expect(r.status('older')).toBe('within_quota'); // birth dates differ: another person
    expect(r.status('staff')).toBe('ineligible'); // a has no staff id: name and birth date decide
    expect(r.status('other-unit')).toBe('within_quota');
  });

  it('decides by filing time, not priority, and lets the later one stand once the earlier is withdrawn', () => {
    const first = under('first', '2.4', 'LDTT', { staffId: 'NV-5' }, { priority: 9 });
    const second = under('second', '2.4', 'CSTDCS', { staffId: 'NV-5' }, { priority: 1 });
    const r = run([second, first], { plan });
    expect([r.status('first'), r.status('second')]).toEqual(['within_quota', 'ineligible']);
    expect(run([second], { plan }).status('second')).toBe('within_quota');
  });

  it('lets only a standing nomination block: a refused one blocks nobody, nor does one ineligible on its own', () => {
    const r = run(
      [
        under('k', '2.4', 'LDTT', { name: 'Võ An', birthDate: '1980-01-01' }),
        under('m', '2.4', 'LDTT', { name: 'Võ An' }),
        under('n', '2.4', 'LDTT', { name: 'Võ An', birthDate: '1990-01-01' }),
        under('c1', '2.6', 'GIAY-KHEN', { kind: 'collective', unit: 'BV-VT' }),
        under('c2', '2.6', 'GIAY-KHEN', { kind: 'collective', unit: 'BV-VT' }),
        under('t1', '2.4', 'TAP-THE-LDXS', { kind: 'collective', unit: 'BV-LD' }),
        under('t2', '2.4', 'BANG-KHEN', { kind: 'collective', unit: 'BV-LD' }),
      ],
      { plan: planInput(), registrations: [] },
    );
    expect([r.status('k'), r.status('m'), r.status('n')]).toEqual([
      'within_quota',
      'ineligible',
      'within_quota',
    ]);
    // t1 is not registered, so it does not stand and t2 (same collective, same movement) is not refused for it.
    expect(r.item('t1').reasons).toEqual(['Chưa đăng ký danh hiệu Tập thể lao động xuất sắc']);
    expect(r.item('t2').reasons).not.toContain(
      'Đã được đề nghị Tập thể lao động xuất sắc trong phong trào 2.4 (hồ sơ trước)',
    );
  });

  it('breaks a tie of filing times by seq before id to decide which came first', () => {
    const at = '2023-06-01T08:00:00+07:00';
    const r = run(
      [
        under('a', '2.4', 'LDTT', { staffId: 'NV-3' }, { filedAt: at, seq: 2 }),
        under('z', '2.4', 'CSTDCS', { staffId: 'NV-3' }, { filedAt: at, seq: 1 }),
      ],
      { plan },
    );
    expect([r.status('z'), r.status('a')]).toEqual(['within_quota', 'ineligible']);
  });

  it('refuses a second nomination of the same collective under a movement', () => {
    const r = run(
      [
        under('a', '2.11', 'BANG-KHEN', { kind: 'collective', unit: 'BV-VT' }),
        under('b', '2.11', 'GIAY-KHEN', { kind: 'collective', unit: 'BV-VT' }),
        under('c', '2.11', 'GIAY-KHEN', { kind: 'individual', unit: 'BV-VT', name: 'Hồ Văn Em' }),
      ],
      { plan },
    );
    expect([r.status('a'), r.status('b'), r.status('c')]).toEqual([
      'within_quota',
      'ineligible',
      'within_quota',
    ]);
    expect(r.item('b').reasons).toEqual(['Đã được đề nghị Bằng khen trong phong trào 2.11 (hồ sơ trước)']);
  });
});

describe('processing order', () => {
  // A movement that takes 2 collectives, for units of the bloc with known ranks.
  const plan = (): PlanInput => ({
    ...planInput(),
    rules: [],
    movements: [{ code: 'M', name: 'Thử nghiệm', quota: { collective: 2 } }],
  });
  const c = (id: string, unit: string, extra: Parameters<typeof nom>[1] = {}) =>
    nom(id, {
      award: 'BANG-KHEN',
      movement: 'M',
      group: 'KHOI-BV',
      ...extra,
      nominee: { kind: 'collective', unit },
    });
  const standings = [
    standing('BV-BR', 3),
    standing('BV-VT', 1),
    standing('BV-LD', 5),
    standing('BV-PH', 2),
    standing('BV-TN', null),
  ];

  it('puts priority before rank before filing time', () => {
    const a = c('a', 'BV-BR'); // filed first, rank 3
    const b = c('b', 'BV-VT'); // rank 1
    const p = c('p', 'BV-LD', { priority: 1 }); // filed last, rank 5, priority 1
    const r = run([a, b, p], { plan: plan(), standings });
    expect(r.ids('within_quota').sort()).toEqual(['b', 'p']);
    expect(r.item('a').reasons).toEqual(['Phong trào M: đã đủ 2 tập thể (chỉ tiêu 2)']);
    expect(r.item('p').reasons).toEqual(['Trong chỉ tiêu phong trào M: 1/2 tập thể']);
    expect(r.item('b').reasons).toEqual(['Trong chỉ tiêu phong trào M: 2/2 tập thể']);
  });

  it('puts the lower priority number first and missing priority last', () => {
    const r = run([c('x', 'BV-VT'), c('y', 'BV-BR', { priority: 2 }), c('z', 'BV-LD', { priority: 1 })], {
      plan: plan(),
      standings,
    });
    expect(r.ids('within_quota').sort()).toEqual(['y', 'z']);
  });

  it('puts unranked units and nominations without a group after ranked ones', () => {
    const r = run([c('u', 'BV-TN'), c('g', 'BV-VT', { group: null }), c('r', 'BV-LD')], {
      plan: plan(),
      standings,
    });
    expect(r.status('r')).toBe('within_quota'); // rank 5 beats unranked and no group
    expect(r.status('u')).toBe('within_quota'); // filed before g
    expect(r.status('g')).toBe('over_quota');
  });

  it('breaks equal filing times by seq, then by id', () => {
    const at = '2023-06-01T08:00:00+07:00';
    const same = (id: string, unit: string, seq?: number) =>
      c(id, unit, { filedAt: at, group: null, ...(seq === undefined ? {} : { seq }) });
    expect(
      run([same('a', 'BV-BR', 3), same('b', 'BV-VT', 2), same('c', 'BV-LD', 1)], { plan: plan() })
        .ids('within_quota')
        .sort(),
    ).toEqual(['b', 'c']);
    expect(
      run([same('c', 'BV-BR'), same('b', 'BV-VT'), same('a', 'BV-LD')], { plan: plan() })
        .ids('within_quota')
        .sort(),
    ).toEqual(['a', 'b']);
    // Same instant written with another offset is the same time.
    const r = run(
      [
        c('late', 'BV-BR', { filedAt: '2023-06-01T02:00:00Z', group: null }),
        c('early', 'BV-VT', { filedAt: '2023-06-01T08:00:00+07:00', group: null }),
        c('mid', 'BV-LD', { filedAt: '2023-06-01T01:30:00Z', group: null }),
      ],
      { plan: plan() },
    );
    expect(r.ids('within_quota').sort()).toEqual(['early', 'mid']);
  });

  it('names every limit that keeps a nomination out and counts it in each', () => {
    const p = plan();
    p.movements = [{ code: 'M', name: 'Thử nghiệm', quota: { collective: 1 } }];
    p.rules = [{ kind: 'share', award: 'CO-THI-DUA', percent: 10 }];
    const flag = (id: string, unit: string) =>
      nom(id, {
        award: 'CO-THI-DUA',
        movement: 'M',
        group: 'KHOI-BV',
        nominee: { kind: 'collective', unit },
      });
    const r = run([flag('first', 'BV-BR'), flag('second', 'BV-VT')], { plan: p });
    expect(r.item('second')).toMatchObject({
      status: 'over_quota',
      ruleIds: ['movement:M:collective', 'share:CO-THI-DUA:KHOI-BV'],
      reasons: [
        'Phong trào M: đã đủ 1 tập thể (chỉ tiêu 1)',
        'Cờ thi đua – Khối bệnh viện: tối đa 10% của 10 thành viên = 1, đã đủ 1',
      ],
    });
    expect(r.row('movement:M:collective')).toMatchObject({ used: 1, over: 1 });
    expect(r.row('share:CO-THI-DUA:KHOI-BV')).toMatchObject({ used: 1, over: 1 });
  });

  it('returns items in input order and needs every limit to fit', () => {
    const p = plan();
    p.rules = [{ kind: 'share', award: 'CO-THI-DUA', percent: 10 }]; // 1 per bloc
    const flag = (id: string, unit: string, prio: number) =>
      nom(id, {
        award: 'CO-THI-DUA',
        movement: 'M',
        group: 'KHOI-BV',
        priority: prio,
        nominee: { kind: 'collective', unit },
      });
    const r = run(
      [
        flag('f2', 'BV-VT', 2),
        flag('f1', 'BV-BR', 1),
        c('m1', 'BV-LD', { priority: 3 }),
        c('m2', 'BV-PH', { priority: 4 }),
      ],
      { plan: p },
    );
    expect(r.items.map((i) => i.id)).toEqual(['f2', 'f1', 'm1', 'm2']);
    // f1 takes the bloc's flag and a place in M; f2 fits M but not the share, so it takes no place in M either.
    expect(r.items.map((i) => i.status)).toEqual([
      'over_quota',
      'within_quota',
      'within_quota',
      'over_quota',
    ]);
    expect(r.item('f2').ruleIds).toEqual(['share:CO-THI-DUA:KHOI-BV']);
    expect(r.item('f1').ruleIds).toEqual(['movement:M:collective', 'share:CO-THI-DUA:KHOI-BV']);
    expect(r.row('movement:M:collective')).toMatchObject({ used: 2, over: 1 });
  });
});
