/**
 * Appraisals by a lead unit that is a candidate of its group's vote (issue 16): every changed score shows with
 * its author and reason in the consolidated sheet (JSON, CSV, xlsx) and in the snapshot, flagged where a
 * candidate changed a rival's sheet, with a summary per group. G1: U1 leads; U1, U2, U3 submit 92 points.
 */
import canonicalize from 'canonicalize';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../shared/sha256';
import { seedAwards, submitSheet } from './awards-fixtures';
import { ADMIN, call, checked, issue, sheetPath } from './helpers';

const consolidated = (c: string, q = '') => `/campaigns/${c}/groups/G1/consolidated${q}`;

async function raw(p: string) {
  const { SELF } = await import('cloudflare:test');
  const r = await SELF.fetch(`http://localhost/api/v1${p}`, {
    headers: { Authorization: `Bearer ${ADMIN}` },
  });
  return checked('GET', p, r);
}

async function seedAppraised() {
  const p = await seedAwards();
  const { code, u } = p;
  for (const n of [1, 2, 3]) await submitSheet(code, 'G1', u(n));
  const lead = await issue('unit', u(1), `Khối trưởng ${u(1)}`);
  // The lead (up for the group's title: no ballot yet) cuts a rival's score; the secretariat another's.
  const byLead = await call('PUT', `${sheetPath(code, 'G1', u(2))}/appraisal`, {
    token: lead,
    body: { revision: 1, entries: [{ criterion: '1.1', appraised: 15, reason: 'Thiếu báo cáo quý IV' }] },
  });
  expect(byLead.status).toBe(200);
  const bySecretariat = await call('PUT', `${sheetPath(code, 'G1', u(3))}/appraisal`, {
    body: { revision: 1, entries: [{ criterion: '1.2', appraised: 8, reason: 'Minh chứng chưa đủ' }] },
  });
  expect(bySecretariat.status).toBe(200);
  return p;
}

describe('appraisal conflicts of interest', () => {
  it('lists every changed score with author and reason, flags the candidate’s change to a rival', async () => {
    const { code, u } = await seedAppraised();
    const j = await call('GET', consolidated(code));
    expect(j.status).toBe(200);
    // Ranking order: U1 92, U3 90.5, U2 88.5; the changes follow the rows.
    expect(j.body.rows.map((r: { unit: string }) => r.unit)).toEqual([u(1), u(3), u(2), u(5)]);
    expect(j.body.changes).toEqual([
      expect.objectContaining({
        unit: u(3),
        criterion: '1.2',
        self: 9.5,
        appraised: 8,
        delta: -1.5,
        reason: 'Minh chứng chưa đủ',
        appraiser: expect.objectContaining({ unit: null }),
        conflict: false,
      }),
      expect.objectContaining({
        unit: u(2),
        criterion: '1.1',
        self: 18.5,
        appraised: 15,
        delta: -3.5,
        reason: 'Thiếu báo cáo quý IV',
        appraiser: { label: `Khối trưởng ${u(1)}`, unit: u(1) },
        conflict: true,
      }),
    ]);
    expect(j.body.changes[1].appraisedAt).toMatch(/\+07:00$/);
    expect(j.body.conflicts).toEqual({
      candidates: [u(1)],
      changes: 1,
      byAppraiser: [{ unit: u(1), changes: 1, sheets: [u(2)], delta: -3.5 }],
    });

    // CSV: the changes under the matrix, the conflict marked; xlsx: on a sheet of their own.
    const csv = (await (await raw(consolidated(code, '?format=csv'))).text()).split('\r\n');
    const blank = csv.indexOf('');
    expect(blank).toBe(5);
    expect(csv[blank + 1]).toContain('(1 thay đổi');
    expect(csv[blank + 2]!.startsWith('Mã đơn vị;Tiêu chí;Tự chấm;Thẩm định;Chênh lệch;Lý do')).toBe(true);
    expect(csv[blank + 4]).toMatch(
      new RegExp(`^${u(2)};1\\.1;18,5;15;-3,5;Thiếu báo cáo quý IV;Khối trưởng ${u(1)};${u(1)};[^;]+;Có$`),
    );
    expect(csv[blank + 3]!.endsWith(';')).toBe(true); // the secretariat's change: no flag
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await (await raw(consolidated(code, '?format=xlsx'))).arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Khối một', 'Thay đổi khi thẩm định']);
    const changes = wb.worksheets[2]!;
    expect(changes.getRow(4).values).toEqual(
      expect.arrayContaining([
        u(2),
        '1.1',
        18.5,
        15,
        -3.5,
        'Thiếu báo cáo quý IV',
        `Khối trưởng ${u(1)}`,
        'Có',
      ]),
    );

    // A ballot that names U2 and U3 only: U1 is no candidate any more, its change is not flagged.
    const vote = await call('PUT', `/campaigns/${code}/groups/G1/votes/1`, {
      body: {
        present: 4,
        candidates: [
          { unit: u(2), votes: 3 },
          { unit: u(3), votes: 1 },
        ],
      },
    });
    expect(vote.status).toBe(200);
    const after = await call('GET', consolidated(code));
    expect(after.body.changes.map((c: { conflict: boolean }) => c.conflict)).toEqual([false, false]);
    expect(after.body.conflicts).toEqual({ candidates: [u(2), u(3)], changes: 0, byAppraiser: [] });
  });

  it('freezes the changes, their authors and the flag in the snapshot, under a digest that still verifies', async () => {
    const { code, u } = await seedAppraised();
    const made = await call('POST', `/campaigns/${code}/snapshots`);
    expect(made.status).toBe(201);
    const snap = await call('GET', `/campaigns/${code}/snapshots/${made.body.id}`, {
      token: await issue('council'),
    });
    const { id: _id, createdAt: _at, sha256, ...content } = snap.body;
    expect(await sha256Hex(canonicalize(content)!)).toBe(sha256);
    const g1 = content.consolidated[0];
    expect(g1.changes.filter((c: { conflict: boolean }) => c.conflict)).toEqual([
      expect.objectContaining({
        unit: u(2),
        criterion: '1.1',
        reason: 'Thiếu báo cáo quý IV',
        appraiser: { label: `Khối trưởng ${u(1)}`, unit: u(1) },
      }),
    ]);
    expect(g1.conflicts.byAppraiser).toEqual([{ unit: u(1), changes: 1, sheets: [u(2)], delta: -3.5 }]);

    // The lead changes its mind later: the frozen snapshot does not.
    expect(
      (
        await call('PUT', `${sheetPath(code, 'G1', u(2))}/appraisal`, {
          token: await issue('unit', u(1)),
          body: { revision: 2, entries: [{ criterion: '1.1', appraised: null, reason: null }] },
        })
      ).status,
    ).toBe(200);
    expect((await call('GET', consolidated(code))).body.conflicts.changes).toBe(0);
    const again = await call('GET', `/campaigns/${code}/snapshots/${made.body.id}`);
    expect(again.body.consolidated[0].conflicts.changes).toBe(1);
  });
});
