import { describe, expect, it } from 'vitest';
import { decision, member, runPeople, staffList } from './quotas/test-people';
import { nomination as nom } from './quotas/test-plan';

const person = (id: string, award: string, staffId: string, extra: Parameters<typeof nom>[1] = {}) =>
  nom(id, { award, ...extra, nominee: { staffId, name: `Người ${staffId}`, ...extra.nominee } });
const cs = (staffId: string, years: number[]) =>
  years.map((y) => decision('CSTDCS', 'unit', y, [{ unit: 'BV-BR', staffId }]));

describe('history', () => {
  const rule = {
    kind: 'history' as const,
    award: 'BANG-KHEN',
    requires: { award: { title: 'CSTDCS', level: 'unit' as const } },
    years: 3,
    includeCurrent: true,
    source: 'Điều 23',
  };

  it('needs the award in each of the years, this one met in the register or within quota', () => {
    const register = [...cs('A', [2021, 2022, 2023]), ...cs('B', [2021, 2022]), ...cs('C', [2022, 2023])];
    const r = runPeople(
      [
        person('a', 'BANG-KHEN', 'A', { group: 'KHOI-BV' }),
        person('b', 'BANG-KHEN', 'B', { group: 'KHOI-BV', priority: 1 }),
        person('b2', 'CSTDCS', 'B'),
        person('c', 'BANG-KHEN', 'C', { group: 'KHOI-BV' }),
      ],
      { rules: [rule], register },
    );
    expect(r.status('a')).toBe('within_quota');
    expect(r.status('b')).toBe('within_quota');
    expect(r.status('c')).toBe('ineligible');
    expect(r.reasons('c')).toBe(
      'Chưa đủ điều kiện Bằng khen (Điều 23): cần Chiến sĩ thi đua cơ sở 3 năm liên tục 2021–2023, sổ khen thưởng có 2022, 2023 (thiếu 2021)',
    );
  });

  it('says the current year is missing when the nomination of that year is not within quota', () => {
    const r = runPeople(
      [person('b', 'BANG-KHEN', 'B', { group: 'KHOI-BV' }), person('b2', 'CSTDCS', 'B', { movement: '2.6' })],
      {
        rules: [rule, { kind: 'ratio', award: 'CSTDCS', of: 'LDTT', percent: 15 }],
        register: cs('B', [2021, 2022]),
      },
    );
    expect(r.status('b2')).toBe('over_quota');
    expect(r.reasons('b')).toContain('sổ khen thưởng có 2021, 2022 (thiếu 2023)');
  });

  it('counts ratings (and initiatives) from earlier staff lists, naming each missing year', () => {
    const init = {
      kind: 'initiative' as const,
      title: 'T',
      level: 'unit' as const,
      decisionNo: '1',
      decisionDate: '2020-03-03',
    };
    const staff = [
      staffList('BV-BR', [member('A', { initiatives: [init] }), member('B', { rating: 'complete' })], 2022),
      staffList('BV-BR', [member('A', { initiatives: [init] }), member('B')], 2021),
      staffList('BV-BR', [member('A', { initiatives: [init] })], 2019),
    ];
    const rule2 = {
      kind: 'history' as const,
      award: 'BANG-KHEN',
      requires: { rating: 'good' as const, initiatives: 1 },
      years: 3,
    };
    const r = runPeople(
      [
        person('a', 'BANG-KHEN', 'A', { group: 'KHOI-BV' }),
        person('b', 'BANG-KHEN', 'B', { group: 'KHOI-BV' }),
      ],
      { rules: [rule2], staff },
    );
    expect(r.reasons('a')).toBe(
      'Chưa đủ điều kiện Bằng khen: cần xếp loại từ "Hoàn thành tốt nhiệm vụ" trở lên và có ít nhất 1 sáng kiến mỗi năm 3 năm liên tục 2020–2022, danh sách cán bộ có 2021, 2022 (thiếu 2020: chưa có danh sách cán bộ của Bệnh viện Bà Rịa)',
    );
    expect(r.reasons('b')).toContain(
      'thiếu 2020: chưa có danh sách cán bộ của Bệnh viện Bà Rịa, 2021: không có sáng kiến, 2022: xếp loại "Hoàn thành nhiệm vụ"',
    );
    staff.push(staffList('BV-BR', [member('A', { initiatives: [init] })], 2020));
    expect(
      runPeople([person('a', 'BANG-KHEN', 'A', { group: 'KHOI-BV' })], { rules: [rule2], staff }).status('a'),
    ).toBe('within_quota');
  });

  it('with sinceLast counts only the years after the last decision of the same award', () => {
    const since = { ...rule, includeCurrent: false, years: 2, sinceLast: true };
    const bk = decision('BANG-KHEN', 'province', [2020, 2021], [{ unit: 'BV-BR', staffId: 'A' }], {
      number: '7/QĐ-UBND',
    });
    const register = [bk, ...cs('A', [2021, 2022]), ...cs('B', [2021, 2022])];
    const r = runPeople(
      [
        person('a', 'BANG-KHEN', 'A', { group: 'KHOI-BV' }),
        person('b', 'BANG-KHEN', 'B', { group: 'KHOI-BV' }),
      ],
      { rules: [since], register },
    );
    expect(r.status('b')).toBe('within_quota');
    expect(r.reasons('a')).toBe(
      'Chưa đủ điều kiện Bằng khen (Điều 23): cần Chiến sĩ thi đua cơ sở 2 năm liên tục 2021–2022, sổ khen thưởng có 2021, 2022; lần trước (7/QĐ-UBND ngày 15/01/2022, thành tích 2020–2021) nên chỉ tính từ năm 2022',
    );
  });
});

describe('members', () => {
  const rules = [
    {
      kind: 'members' as const,
      award: 'TAP-THE-LDXS',
      requires: [
        { fact: 'share' as const, of: { award: 'LDTT' }, percent: 50 },
        { fact: 'count' as const, award: 'CSTDCS', min: 1 },
        { fact: 'discipline' as const, from: 'warning' as const },
      ],
      source: 'Điều 27',
    },
  ];
  const unit = (u: string, n: number, extra: (i: number) => Parameters<typeof member>[1] = () => ({})) =>
    staffList(
      u,
      Array.from({ length: n }, (_, i) => member(`${u}-${i}`, extra(i))),
    );

  it('needs over half of the members with Lao động tiên tiến (register or within quota) and one Chiến sĩ thi đua cơ sở', () => {
    const staff = [
      unit('BV-BR', 4),
      unit('BV-VT', 4, (i) => (i === 0 ? { discipline: [{ form: 'warning', date: '2023-02-01' }] } : {})),
    ];
    const register = [
      decision('LDTT', 'unit', 2023, [
        { unit: 'BV-BR', staffId: 'BV-BR-0' },
        { unit: 'BV-BR', staffId: 'BV-BR-1' },
      ]),
    ];
    const n = [
      nom('t1', { award: 'TAP-THE-LDXS', nominee: { kind: 'collective' } }),
      nom('t2', { award: 'TAP-THE-LDXS', nominee: { kind: 'collective', unit: 'BV-VT' } }),
      person('c', 'CSTDCS', 'BV-BR-0'),
      person('l', 'LDTT', 'BV-BR-2'),
    ];
    const r = runPeople(n, { rules, staff, register });
    expect(r.status('t1')).toBe('within_quota');
    expect(r.item('t2').reasons).toEqual([
      'Chưa đủ điều kiện Tập thể lao động xuất sắc (Điều 27): không thành viên nào bị kỷ luật từ hình thức cảnh cáo trở lên năm 2023: 1 người (Người BV-VT-0)',
      'Chưa đủ điều kiện Tập thể lao động xuất sắc (Điều 27): cần hơn 50% thành viên Lao động tiên tiến năm 2023: 0/4 thành viên trong danh sách cán bộ',
      'Chưa đủ điều kiện Tập thể lao động xuất sắc (Điều 27): cần ít nhất 1 thành viên Chiến sĩ thi đua cơ sở năm 2023: có 0',
    ]);
    // Exactly half is not over half; with `strict: false` it is enough.
    const half = runPeople(
      n.filter((x) => x.id !== 'l'),
      { rules, staff, register },
    );
    expect(half.reasons('t1')).toContain('2/4 thành viên');
    const atLeast = [
      {
        ...rules[0]!,
        requires: [{ fact: 'share' as const, of: { award: 'LDTT' }, percent: 50, strict: false }],
      },
    ];
    expect(
      runPeople(
        n.filter((x) => x.id !== 'l'),
        { rules: atLeast, staff, register },
      ).status('t1'),
    ).toBe('within_quota');
  });

  it('judges ratings and says when the unit sent no list', () => {
    const byRating = [
      {
        kind: 'members' as const,
        award: 'TAP-THE-LDXS',
        requires: [{ fact: 'share' as const, of: { rating: 'good' as const }, percent: 70 }],
      },
    ];
    const staff = [
      unit('BV-BR', 10, (i) => ({ rating: i < 8 ? 'good' : 'complete' })),
      unit('BV-VT', 10, (i) => ({ rating: i < 7 ? 'excellent' : 'incomplete' })),
    ];
    const n = ['BV-BR', 'BV-VT', 'BV-LD'].map((u) =>
      nom(u, { award: 'TAP-THE-LDXS', nominee: { kind: 'collective', unit: u } }),
    );
    const r = runPeople(n, { rules: byRating, staff });
    expect(r.status('BV-BR')).toBe('within_quota');
    expect(r.reasons('BV-VT')).toContain(
      'cần hơn 70% thành viên xếp loại từ "Hoàn thành tốt nhiệm vụ" trở lên năm 2023: 7/10',
    );
    expect(r.reasons('BV-LD')).toContain('chưa có danh sách cán bộ năm 2023 của Bệnh viện LD');
  });
});

describe('limits per person per year', () => {
  it('allows one title per person across movements, counting the register, and takes over its own decision', () => {
    const rules = [{ kind: 'limit' as const, max: 1, category: 'title' as const, source: 'Điều 6' }];
    const register = [
      decision('LDTT', 'unit', 2023, [{ unit: 'BV-BR', staffId: 'R' }]),
      decision('CSTDCS', 'unit', 2023, [{ unit: 'BV-BR', staffId: 'Q' }]),
    ];
    const n = [
      person('a1', 'LDTT', 'A', { movement: '2.4' }),
      person('a2', 'CSTDCS', 'A', { movement: '2.6' }),
      person('r1', 'CSTDCS', 'R'),
      person('q1', 'CSTDCS', 'Q'),
      person('g', 'GIAY-KHEN', 'A', { movement: '2.12' }),
    ];
    const r = runPeople(n, { rules, register });
    expect(r.status('a1')).toBe('within_quota');
    expect(r.status('a2')).toBe('over_quota');
    expect(r.reasons('a2')).toBe(
      'Mỗi cá nhân, tập thể tối đa 1 danh hiệu thi đua mỗi năm (Điều 6): năm 2023 đã có 1 (Lao động tiên tiến (trong chỉ tiêu)), tối đa 1',
    );
    expect(r.reasons('r1')).toContain('năm 2023 đã có 1 (LDTT (2023LDTT/QĐ))');
    expect(r.status('q1')).toBe('within_quota');
    expect(r.status('g')).toBe('within_quota');
    expect(r.row('limit:0')).toEqual({
      rule: 'limit:0',
      label: 'Mỗi cá nhân, tập thể tối đa 1 danh hiệu thi đua mỗi năm (Điều 6)',
      scope: 'person',
      limit: 1,
      used: 2,
      over: 2,
    });
  });

  it('counts levels and collectives, two Giấy khen of one person included', () => {
    const rules = [{ kind: 'limit' as const, max: 1, levels: ['department' as const, 'province' as const] }];
    const n = [
      person('g1', 'GIAY-KHEN', 'A', { movement: '2.4' }),
      person('g2', 'GIAY-KHEN', 'A', { movement: '2.12' }),
      nom('c1', { award: 'GIAY-KHEN', movement: '2.4', nominee: { kind: 'collective' } }),
      nom('c2', { award: 'BANG-KHEN', movement: '2.12', group: 'KHOI-BV', nominee: { kind: 'collective' } }),
      person('l', 'LDTT', 'A', { movement: '2.6' }),
    ];
    const r = runPeople(n, { rules });
    expect([r.status('g1'), r.status('g2'), r.status('c1'), r.status('c2'), r.status('l')]).toEqual([
      'within_quota',
      'over_quota',
      'within_quota',
      'over_quota',
      'within_quota',
    ]);
  });
});

describe('ratio bases', () => {
  const ten = (award: string, prefix: string, n: number, extra: Parameters<typeof nom>[1] = {}) =>
    Array.from({ length: n }, (_, i) => person(`${prefix}${i}`, award, `${prefix}${i}`, extra));

  it('counts nominees whatever their status, or holders in the register, never filings', () => {
    const nominees = runPeople(
      [...ten('LDTT', 'l', 10, { movement: '2.6' }), ...ten('CSTDCS', 'c', 3, { movement: '2.12' })],
      {
        rules: [{ kind: 'ratio', award: 'CSTDCS', of: 'LDTT', percent: 20, base: 'nominees' }],
        plan: undefined,
      },
    );
    // 2.6 takes 10 individuals: all LDTT in; the base is 10 people → 2 CSTDCS.
    expect(nominees.row('ratio:CSTDCS:BV-BR')).toMatchObject({ limit: 2, used: 2, over: 1 });
    const register = [
      decision(
        'LDTT',
        'unit',
        2023,
        Array.from({ length: 10 }, (_, i) => ({ unit: 'BV-BR', staffId: `h${i % 5}` })),
      ),
    ];
    const holders = runPeople(ten('CSTDCS', 'c', 3), {
      rules: [{ kind: 'ratio', award: 'CSTDCS', of: 'LDTT', percent: 40, base: 'holders' }],
      register,
    });
    expect(holders.row('ratio:CSTDCS:BV-BR')).toMatchObject({ limit: 2, used: 2, over: 1 });
    expect(holders.reasons('c2')).toBe(
      'Chiến sĩ thi đua cơ sở – Bệnh viện Bà Rịa: tối đa 40% của 5 Lao động tiên tiến đã có trong sổ khen thưởng = 2, đã đủ 2',
    );
  });
});
