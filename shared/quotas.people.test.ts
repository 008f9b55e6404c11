import { describe, expect, it } from 'vitest';
import { decision, member, runPeople, staffList, YEAR } from './quotas/test-people';
import { nomination as nom } from './quotas/test-plan';

const csCs = (id: string, staffId: string, extra: Parameters<typeof nom>[1] = {}) =>
  nom(id, { award: 'CSTDCS', ...extra, nominee: { staffId, name: `Người ${staffId}`, ...extra.nominee } });
const ldtt = (id: string, staffId: string, extra: Parameters<typeof nom>[1] = {}) =>
  nom(id, { award: 'LDTT', ...extra, nominee: { staffId, name: `Người ${staffId}`, ...extra.nominee } });

describe('scope of rules', () => {
  it('applies a rule only to its nominee kind and movements, for existing kinds too', () => {
    const r = runPeople(
      [
        nom('a', { award: 'GIAY-KHEN', movement: '2.4', nominee: { kind: 'collective' } }),
        nom('b', { award: 'GIAY-KHEN', movement: '2.12', nominee: { kind: 'collective', unit: 'BV-VT' } }),
        nom('c', { award: 'GIAY-KHEN', movement: '2.4', nominee: { name: 'An' } }),
      ],
      {
        rules: [
          {
            kind: 'eligibility',
            award: 'GIAY-KHEN',
            registered: true,
            nominee: 'collective',
            movements: ['2.4'],
          },
        ],
      },
    );
    expect(r.status('a')).toBe('ineligible');
    expect(r.status('b')).toBe('within_quota');
    expect(r.status('c')).toBe('within_quota');
  });

  it('limits a ratio only inside its scope', () => {
    const r = runPeople(
      [
        ldtt('l1', 'S1', { movement: '2.12' }),
        csCs('c1', 'S2', { movement: '2.4' }),
        csCs('c2', 'S3', { movement: '2.12' }),
      ],
      { rules: [{ kind: 'ratio', award: 'CSTDCS', of: 'LDTT', percent: 15, movements: ['2.4'] }] },
    );
    expect(r.status('c1')).toBe('over_quota');
    expect(r.status('c2')).toBe('within_quota');
  });
});

describe('prerequisites', () => {
  const rules = [
    {
      kind: 'prerequisite' as const,
      award: 'CSTDCS',
      requires: [{ fact: 'award' as const, award: 'LDTT' }, { fact: 'initiative' as const }],
      source: 'Điều 21 Luật TĐKT 2022',
    },
  ];

  it('passes with Lao động tiên tiến within quota this year and an initiative, whatever the priorities', () => {
    const staff = [
      staffList('BV-BR', [
        member('S1', {
          initiatives: [
            {
              kind: 'initiative',
              title: 'Sổ tay',
              level: 'unit',
              decisionNo: '1/QĐ',
              decisionDate: '2023-05-01',
            },
          ],
        }),
      ]),
    ];
    const r = runPeople([csCs('c', 'S1', { priority: 1 }), ldtt('l', 'S1')], { rules, staff });
    expect(r.status('l')).toBe('within_quota');
    expect(r.status('c')).toBe('within_quota');
  });

  it('passes with Lao động tiên tiến in the register for the year, and names every missing fact otherwise', () => {
    const staff = [staffList('BV-BR', [member('S1', { initiatives: [] }), member('S2')])];
    const register = [decision('LDTT', 'unit', YEAR, [{ unit: 'BV-BR', staffId: 'S2' }])];
    const init = {
      kind: 'initiative' as const,
      title: 'X',
      level: 'unit' as const,
      decisionNo: '1',
      decisionDate: '2023-01-02',
    };
    staff[0]!.staff[1]!.initiatives.push(init);
    const r = runPeople([csCs('c1', 'S1'), csCs('c2', 'S2')], { rules, staff, register });
    expect(r.status('c2')).toBe('within_quota');
    expect(r.status('c1')).toBe('ineligible');
    expect(r.reasons('c1')).toBe(
      'Chưa đủ điều kiện Chiến sĩ thi đua cơ sở (Điều 21 Luật TĐKT 2022): cần ít nhất 1 sáng kiến, đề tài được công nhận từ cấp cơ sở trở lên năm 2023: danh sách cán bộ ghi 0' +
        ' | Chưa đủ điều kiện Chiến sĩ thi đua cơ sở (Điều 21 Luật TĐKT 2022): cần có Lao động tiên tiến năm 2023: không có trong sổ khen thưởng năm 2023, không có đề nghị Lao động tiên tiến trong chỉ tiêu',
    );
  });

  it('fails when the Lao động tiên tiến does not stand, filed first or not', () => {
    const staff = [
      staffList('BV-BR', [
        member('S1', {
          initiatives: [
            {
              kind: 'initiative',
              title: 'T',
              level: 'province',
              decisionNo: '2',
              decisionDate: '2023-02-02',
            },
          ],
        }),
      ]),
    ];
    const r = runPeople([ldtt('l', 'S1', { movement: '2.6' }), csCs('c', 'S1')], {
      rules: [...rules, { kind: 'eligibility', award: 'LDTT', registered: true }],
      staff,
    });
    expect(r.status('l')).toBe('ineligible');
    expect(r.status('c')).toBe('ineligible');
  });

  it('reads rating, discipline, months in post and days absent, and says when the list or the person is missing', () => {
    const lt = [
      {
        kind: 'prerequisite' as const,
        award: 'LDTT',
        requires: [
          { fact: 'rating' as const, min: 'good' as const },
          { fact: 'discipline' as const },
          { fact: 'monthsInPost' as const, min: 10 },
          { fact: 'daysAbsent' as const, max: 40 },
        ],
      },
    ];
    const staff = [
      staffList('BV-BR', [
        member('OK', { startDate: '2023-03-01', daysAbsent: 40 }),
        member('LATE', { startDate: '2023-03-02' }),
        member('BAD', {
          rating: 'complete',
          daysAbsent: 41,
          discipline: [{ form: 'reprimand', date: '2023-04-05', decisionNo: '9/QĐ' }],
        }),
      ]),
    ];
    const r = runPeople(
      [
        ldtt('ok', 'OK'),
        ldtt('late', 'LATE'),
        ldtt('bad', 'BAD'),
        ldtt('none', 'NONE'),
        ldtt('vt', 'X', { nominee: { unit: 'BV-VT' } }),
      ],
      { rules: lt, staff },
    );
    expect(r.status('ok')).toBe('within_quota');
    expect(r.reasons('late')).toContain(
      'cần ít nhất 10 tháng công tác tính đến 31/12/2023: bắt đầu ngày 02/03/2023 (9 tháng)',
    );
    expect(r.item('bad').reasons).toEqual([
      'Chưa đủ điều kiện Lao động tiên tiến: cần xếp loại từ "Hoàn thành tốt nhiệm vụ" trở lên năm 2023: được xếp loại "Hoàn thành nhiệm vụ"',
      'Chưa đủ điều kiện Lao động tiên tiến: không được bị kỷ luật năm 2023: bị khiển trách ngày 05/04/2023 (9/QĐ)',
      'Chưa đủ điều kiện Lao động tiên tiến: nghỉ không quá 40 ngày năm 2023: đã nghỉ 41 ngày',
    ]);
    expect(r.reasons('none')).toBe(
      'Chưa đủ điều kiện Lao động tiên tiến: không có "Người NONE" (mã cán bộ NONE) trong danh sách cán bộ năm 2023 của Bệnh viện Bà Rịa',
    );
    expect(r.reasons('vt')).toBe(
      'Chưa đủ điều kiện Lao động tiên tiến: chưa có danh sách cán bộ năm 2023 của Bệnh viện VT',
    );
  });

  it('finds a person without staff id by name and birth date, and fails without people facts', () => {
    const lt = [
      {
        kind: 'prerequisite' as const,
        award: 'LDTT',
        requires: [{ fact: 'rating' as const, min: 'good' as const }],
      },
    ];
    const staff = [staffList('BV-BR', [member('S9', { name: 'Trần Thị Bình', birthDate: '1990-02-03' })])];
    const n = [
      nom('b', { nominee: { name: 'TRẦN THỊ  BÌNH', birthDate: '1990-02-03' } }),
      nom('c', { nominee: { name: 'Trần Thị Bình', birthDate: '1991-02-03' } }),
    ];
    const r = runPeople(n, { rules: lt, staff });
    expect(r.status('b')).toBe('within_quota');
    expect(r.status('c')).toBe('ineligible');
  });
});
