/** The secretariat's pulls of registrations and the calendar, as table plans. */
import { describe, expect, it } from 'vitest';
import type { MilestoneView } from '../../../shared/contract/registrations';
import { calendarTable } from './calendar';
import { registeredRows, registrationsTable } from './registrations';

const at = '2023-03-01T08:00:00+07:00';

describe('the registrations table', () => {
  it('lists a row per unit, subject and award under the award names; units that registered nothing are left out', () => {
    const t = registrationsTable({
      campaign: 'C-2023',
      awards: new Map([
        ['CO', 'Cờ thi đua'],
        ['CSTD', 'Chiến sĩ thi đua cơ sở'],
      ]),
      at,
      registrations: [
        {
          campaign: 'C-2023',
          unit: 'U1',
          name: 'Bệnh viện Một',
          awards: ['CO'],
          individuals: [
            { name: 'Nguyễn Văn An', staffId: 'NV01', position: 'Bác sĩ', awards: ['CSTD', 'XX'] },
          ],
          updatedAt: '2023-02-01T08:00:00+07:00',
          updatedBy: 'U1',
        },
        {
          campaign: 'C-2023',
          unit: 'U2',
          name: 'Bệnh viện Hai',
          awards: [],
          individuals: [],
          updatedAt: null,
          updatedBy: null,
        },
      ],
    });
    expect(t.identity).toEqual({ kind: 'registrations', campaign: 'C-2023' });
    expect(t.values[1]![0]).toBe('Kế hoạch: C-2023 · 1 đơn vị đã đăng ký · 3 dòng');
    expect(t.values.slice(3).map((r) => r.slice(0, 7))).toEqual([
      ['U1', 'Bệnh viện Một', 'Tập thể', '', '', '', 'Cờ thi đua'],
      ['U1', 'Bệnh viện Một', 'Cá nhân', 'NV01', 'Nguyễn Văn An', 'Bác sĩ', 'Chiến sĩ thi đua cơ sở'],
      // A code the plan no longer names is shown as sent.
      ['U1', 'Bệnh viện Một', 'Cá nhân', 'NV01', 'Nguyễn Văn An', 'Bác sĩ', 'XX'],
    ]);
    expect(t.numberFormats[4]![3]).toBe('@');
    expect(registeredRows({ awards: ['CO'], individuals: [{ name: 'A', awards: ['X', 'Y'] }] })).toBe(3);
  });

  it('says so when nobody registered', () => {
    const t = registrationsTable({ campaign: 'C', awards: new Map(), at, registrations: [] });
    expect(t.values[3]![0]).toBe('Chưa đơn vị nào đăng ký.');
  });
});

describe('the calendar table', () => {
  const m = (
    code: string,
    state: MilestoneView['state'],
    extra: Partial<MilestoneView> = {},
  ): MilestoneView => ({
    code,
    title: `Mốc ${code}`,
    due: '2023-03-31',
    dueAt: '2023-03-31T23:59:59+07:00',
    quarter: 1,
    details: [],
    closes: null,
    closesLabel: null,
    closesAt: '2023-03-31T23:59:59+07:00',
    state,
    stateLabel: { upcoming: 'Sắp tới', due_soon: 'Sắp đến hạn (trong 7 ngày)', closed: 'Đã qua hạn' }[state],
    reopened: null,
    ...extra,
  });

  it('shows each milestone with what it closes, its state and a reopening with its reason; closed rows shaded', () => {
    const t = calendarTable({
      campaign: 'C-2023',
      at,
      milestones: [
        m('DK', 'closed', {
          closes: 'registration',
          closesLabel: 'Đăng ký thi đua',
          closesAt: '2023-04-15T23:59:59+07:00',
          reopened: {
            until: '2023-04-15T23:59:59+07:00',
            reason: 'Gia hạn cho đơn vị mới',
            reopenedAt: '2023-04-01T08:00:00+07:00',
            reopenedBy: 'Thường trực',
          },
        }),
        m('Q2', 'upcoming'),
      ],
    });
    expect(t.identity.kind).toBe('calendar');
    const row = t.values[3]!;
    expect(row[0]).toBe('DK');
    expect(row[3]).toBe('Đăng ký thi đua');
    expect(row[5]).toBe('Đã qua hạn');
    expect(String(row[6])).toContain('Gia hạn cho đơn vị mới');
    expect(String(row[6])).toContain('Thường trực');
    expect(t.values[4]![4]).toBe('');
    expect(t.styles.some((s) => s.address === 'A4:G4' && s.fill === '#EDEDED')).toBe(true);
    expect(t.styles.some((s) => s.address === 'A5:G5' && s.fill)).toBe(false);
  });
});
