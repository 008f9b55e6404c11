import { describe, expect, it } from 'vitest';
import { checkStaff, validateStaffPut } from './staff-check';

const person = (staffId: string, extra: Record<string, unknown> = {}) => ({
  staffId,
  name: `Người ${staffId}`,
  ...extra,
});

describe('validateStaffPut', () => {
  it('accepts a sound list and fills the defaults', () => {
    const r = validateStaffPut(
      {
        staff: [
          person('NV01', {
            startDate: '2010-03-01',
            rating: 'excellent',
            discipline: [{ form: 'reprimand', date: '2023-05-02' }],
            initiatives: [
              { title: 'Sổ tay', level: 'unit', decisionNo: '15/QĐ-BV', decisionDate: '2023-11-30' },
            ],
          }),
          person('NV02'),
        ],
      },
      2023,
    );
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.staff[1]).toEqual({ staffId: 'NV02', name: 'Người NV02', discipline: [], initiatives: [] });
      expect(r.staff[0]!.initiatives[0]!.kind).toBe('initiative');
    }
  });

  it('names the row of a schema problem ("Dòng i+2")', () => {
    const r = validateStaffPut({ staff: [person('NV01'), person('NV02', { rating: 'great' })] }, 2023);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.path).toBe('/staff/1/rating');
    expect(r.problems[0]!.message).toMatch(/^Dòng 3: /);
  });

  it('lists every cross-row problem with its pointer and the person', () => {
    const staff = [
      person('NV01'),
      person('nv\u200B01'),
      person('NV03', { startDate: '2024-01-01' }),
      person('NV04', { discipline: [{ form: 'warning', date: '2022-12-31' }] }),
      person('NV05', {
        initiatives: [{ title: 'A', level: 'unit', decisionNo: '1', decisionDate: '2024-01-02' }],
      }),
      person('NV06', { birthDate: '2000-01-01', startDate: '1999-01-01' }),
    ];
    const r = validateStaffPut({ staff }, 2023);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.path, p.code])).toEqual([
      ['/staff/1/staffId', 'duplicate_staff_id'],
      ['/staff/2/startDate', 'start_after_year'],
      ['/staff/3/discipline/0/date', 'date_outside_year'],
      ['/staff/4/initiatives/0/decisionDate', 'date_outside_year'],
      ['/staff/5/birthDate', 'birth_after_start'],
    ]);
    expect(r.problems[0]!.message).toContain('Dòng 3 (Người nv01, mã nv01)');
    expect(r.problems[0]!.message).toContain('Dòng 2');
    expect(r.problems[1]!.message).toContain('2024-01-01');
  });

  it('the last day of the year and an empty list pass', () => {
    expect(checkStaff([], 2023)).toEqual([]);
    const r = validateStaffPut({ staff: [person('A', { startDate: '2023-12-31' })] }, 2023);
    expect(r.ok).toBe(true);
  });

  it('refuses a list over 10,000 people', () => {
    const staff = Array.from({ length: 10001 }, (_, i) => person(`N${i}`));
    expect(validateStaffPut({ staff }, 2023).ok).toBe(false);
    expect(validateStaffPut({ staff: staff.slice(1) }, 2023).ok).toBe(true);
  });
});
