import { describe, expect, it } from 'vitest';
import type { AuditList } from '../api/unit-reads';
import { auditQuery, auditRows } from './audit-model';

const none = { actor: '', action: '', from: '', to: '', limit: '' };

describe('the audit view', () => {
  it('sends only the filters given, trimmed and encoded, with a default limit', () => {
    expect(auditQuery(none)).toEqual({ ok: true, query: 'limit=200', limit: 200 });
    expect(
      auditQuery({
        actor: ' BV Bà Rịa ',
        action: 'sheet.',
        from: '2023-11-01',
        to: '2023-11-30',
        limit: '50',
      }),
    ).toEqual({
      ok: true,
      query: 'actor=BV+B%C3%A0+R%E1%BB%8Ba&action=sheet.&from=2023-11-01&to=2023-11-30&limit=50',
      limit: 50,
    });
  });

  it('refuses a range that ends before it starts and a limit outside 1–5000, before any request', () => {
    expect(auditQuery({ ...none, from: '2023-12-01', to: '2023-11-30' })).toEqual({
      ok: false,
      error: 'Bộ lọc "Từ ngày" phải trước hoặc bằng "Đến ngày".',
    });
    expect(auditQuery({ ...none, from: '2023-11-30', to: '2023-11-30' }).ok).toBe(true);
    for (const limit of ['0', '5001', '2.5', 'abc'])
      expect(auditQuery({ ...none, limit }).ok, limit).toBe(false);
    expect(auditQuery({ ...none, limit: '5000' }).ok).toBe(true);
  });

  it('shows each entry: when, who, role, action, target, revisions', () => {
    const list = {
      items: [
        {
          id: 1,
          at: '2023-11-20T09:00:00+07:00',
          actor: 'BV Vũng Tàu',
          role: 'unit',
          action: 'sheet.submit',
          target: 'KHOI-BV/BV-VT',
          revisionBefore: 1,
          revisionAfter: 2,
          detail: null,
          tokenId: 'tok_1',
          seq: 1,
          hash: null,
        },
        {
          id: 2,
          at: '2023-11-21T09:00:00+07:00',
          actor: 'Thường trực',
          role: 'secretariat',
          action: 'group.deadline',
          target: 'KHOI-BV',
          revisionBefore: null,
          revisionAfter: null,
          detail: null,
          tokenId: null,
          seq: 2,
          hash: null,
        },
      ],
    } as AuditList;
    expect(auditRows(list, (iso) => iso.slice(0, 10))).toEqual([
      ['2023-11-20', 'BV Vũng Tàu', 'đơn vị', 'sheet.submit', 'KHOI-BV/BV-VT', '1 → 2'],
      ['2023-11-21', 'Thường trực', 'Thường trực', 'group.deadline', 'KHOI-BV', ''],
    ]);
  });
});
