/** A fake server of the staff list and the register for the add-in's tests, checking with the shared checks. */
import { vi } from 'vitest';
import type { DecisionView, RegisterRow } from '../../shared/contract/register';
import type { StaffList, StaffMember } from '../../shared/contract/staff';
import { validateStaffPut } from '../../shared/people/staff-check';
import { groupRows, validateRegisterImport } from '../../shared/register/rows-check';
import { type Api, ApiError } from '../src/api/client';
import { fakeApi } from './fixtures';

export const AN: StaffMember = {
  staffId: 'NV01',
  name: 'Nguyễn Văn An',
  sex: 'male',
  birthDate: '1985-03-12',
  position: 'Bác sĩ',
  department: 'Khoa Nội',
  startDate: '2010-07-01',
  rating: 'excellent',
  daysAbsent: 2,
  discipline: [],
  initiatives: [
    {
      kind: 'initiative',
      title: 'Quy trình tiếp đón',
      level: 'unit',
      decisionNo: '15/QĐ-BV',
      decisionDate: '2023-06-01',
    },
    {
      kind: 'research',
      title: 'Đề tài kháng sinh',
      level: 'province',
      decisionNo: '7/QĐ-SKHCN',
      decisionDate: '2023-09-20',
    },
  ],
};

export const BINH: StaffMember = {
  staffId: 'NV02',
  name: 'Trần Thị Bình',
  sex: 'female',
  rating: 'good',
  discipline: [{ form: 'reprimand', date: '2023-04-05', decisionNo: '3/QĐ-BV' }],
  initiatives: [],
};

/** A server keeping one unit's list (year 2023) and the register; every write goes through the shared checks. */
export function peopleServer(staff: StaffMember[] = [], year = 2023) {
  let list: StaffList = {
    unit: 'U1',
    year,
    staff,
    updatedAt: staff.length ? '2023-10-01T08:00:00+07:00' : null,
    updatedBy: null,
  };
  const decisions: DecisionView[] = [];
  const calls: string[] = [];
  const refuse = (errors: { path: string; code: string; message: string }[]) => {
    throw new ApiError({ status: 422, title: 'Không hợp lệ', detail: 'Dữ liệu không hợp lệ', errors });
  };
  const request = vi.fn(async (method: string, path: string, body?: unknown) => {
    calls.push(`${method} ${path}`);
    if (path.endsWith('/staff') && method === 'GET') return list;
    if (path.endsWith('/staff') && method === 'PUT') {
      const r = validateStaffPut(body, year);
      if (!r.ok) return refuse(r.problems);
      list = { ...list, staff: r.staff, updatedAt: '2023-11-02T09:00:00+07:00', updatedBy: 'U1' };
      return list;
    }
    if (path.startsWith('/register/import')) {
      const r = validateRegisterImport(body);
      if (!r.ok) return refuse(r.problems);
      const known = new Set(['U1', 'U2']);
      const bad = r.rows.flatMap((row, i) =>
        known.has(row.unit)
          ? []
          : [{ path: `/rows/${i}/unit`, code: 'unknown_unit', message: `Dòng ${i + 2}: đơn vị lạ` }],
      );
      if (bad.length) return refuse(bad);
      const grouped = groupRows(r.rows as RegisterRow[]);
      for (const d of grouped)
        decisions.push({
          ...d,
          id: `D-${decisions.length + 1}`,
          recordedAt: '2023-11-02T09:00:00+07:00',
          recordedBy: 'VP',
          campaign: null,
          meeting: null,
        });
      return { decisions: grouped.length, recipients: r.rows.length, dryRun: false };
    }
    if (path.startsWith('/register')) {
      const year = Number(new URLSearchParams(path.split('?')[1] ?? '').get('year')) || null;
      return { decisions: decisions.filter((d) => !year || (d.period.from <= year && year <= d.period.to)) };
    }
    throw new Error(`unexpected ${method} ${path}`);
  });
  const api = fakeApi({ request: request as Api['request'] });
  return {
    api,
    calls,
    request,
    get list() {
      return list;
    },
    decisions,
  };
}
