/** `?format=csv` on rankings and quotas: CSV in both dialects with their own file names, 406 otherwise. */
import { describe, expect, it } from 'vitest';
import { seedAwards, submitSheet } from './awards-fixtures';
import { ADMIN, call, checked } from './helpers';

async function raw(p: string, token = ADMIN) {
  const { SELF } = await import('cloudflare:test');
  return checked(
    'GET',
    p,
    await SELF.fetch(`http://localhost/api/v1${p}`, { headers: { Authorization: `Bearer ${token}` } }),
  );
}

const disposition = (r: Response) => r.headers.get('content-disposition');

describe('CSV of rankings and quotas', () => {
  it('rankings: every group, the Excel dialect with BOM and decimal comma; RFC 4180 under its own name', async () => {
    const { code, u } = await seedAwards();
    await submitSheet(code, 'G1', u(1));
    await submitSheet(code, 'G1', u(2), { '1.1': 20 });

    const csv = await raw(`/campaigns/${code}/rankings?format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(disposition(csv)).toBe(`attachment; filename="${code}-xep-hang.csv"`);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trim().split('\r\n');
    expect(lines[0]!.startsWith('Mã khối/cụm;Tên khối/cụm;Hạng;Mã đơn vị;Tên đơn vị;Trạng thái;')).toBe(true);
    expect(lines[0]!.endsWith(';Tổng tự chấm;Tổng điểm;Xếp loại;Số phiếu;Tỷ lệ phiếu')).toBe(true);
    expect(lines[1]!.startsWith(`G1;Khối một;1;${u(2)};Đơn vị 2 `)).toBe(true);
    expect(lines[1]).toContain(';Đã nộp;');
    expect(lines[1]).toContain(';93,5;93,5;Tốt;');
    expect(lines[2]!.startsWith(`G1;Khối một;2;${u(1)};`)).toBe(true);
    expect(lines[2]).toContain(';92;92;Tốt;');
    // Units that did not submit: no rank; the other groups follow, each unit once.
    expect(lines.filter((l) => l.startsWith('G1;'))).toHaveLength(4);
    expect(lines.filter((l) => l.startsWith('G2;'))).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('G3;'))).toHaveLength(1);
    expect(lines).toHaveLength(1 + 7);
    expect(lines[3]!.startsWith(`G1;Khối một;;`)).toBe(true);

    const rfc = await raw(`/campaigns/${code}/rankings?format=csv&dialect=rfc4180`);
    expect(disposition(rfc)).toBe(`attachment; filename="${code}-xep-hang-rfc4180.csv"`);
    const text = await rfc.text();
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.split('\r\n')[1]).toContain(',93.5,93.5,Tốt,');

    const one = await raw(`/campaigns/${code}/groups/G1/ranking?format=csv`);
    expect(disposition(one)).toBe(`attachment; filename="${code}-G1-xep-hang.csv"`);
    expect((await one.text()).trim().split('\r\n')).toHaveLength(1 + 4);
    // Without format, still JSON.
    const json = await call('GET', `/campaigns/${code}/rankings`);
    expect(json.headers.get('content-type')).toContain('application/json');
    expect(json.body.groups).toHaveLength(3);
  });

  it('quotas: one row per rule with scope in words, limits and use', async () => {
    const { code, u } = await seedAwards();
    const items = [0, 1].map((i) => ({
      award: 'LDTT',
      movement: 'M1',
      nominee: { kind: 'individual', unit: u(1), name: `Trần Thị ${i}`, staffId: `TT-${i}` },
    }));
    expect((await call('POST', `/campaigns/${code}/nominations`, { body: { items } })).status).toBe(201);
    const csv = await raw(`/campaigns/${code}/quotas?format=csv`);
    expect(csv.status).toBe(200);
    expect(disposition(csv)).toBe(`attachment; filename="${code}-chi-tieu.csv"`);
    const lines = (await csv.text()).replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe('Mã giới hạn;Giới hạn;Phạm vi;Tối đa;Đã dùng;Vượt');
    const m1 = lines.find((l) => l.startsWith('movement:M1:individual;'));
    expect(m1?.endsWith(';Phong trào;10;2;0')).toBe(true);
    const rfc = await raw(`/campaigns/${code}/quotas?format=csv&dialect=rfc4180`);
    expect(disposition(rfc)).toBe(`attachment; filename="${code}-chi-tieu-rfc4180.csv"`);
    expect((await rfc.text()).split('\r\n')[0]).toBe('Mã giới hạn,Giới hạn,Phạm vi,Tối đa,Đã dùng,Vượt');
  });

  it('an unknown format is 406 problem+json naming it, never JSON; a bad dialect is 422', async () => {
    const { code } = await seedAwards();
    for (const p of [
      `/campaigns/${code}/rankings?format=xlsx`,
      `/campaigns/${code}/groups/G1/ranking?format=xml`,
      `/campaigns/${code}/quotas?format=pdf`,
    ]) {
      const r = await call('GET', p);
      expect(r.status, p).toBe(406);
      expect(r.headers.get('content-type')).toMatch(/problem\+json/);
      expect(r.body.detail).toContain('"format"');
      expect(r.body.detail).toContain('json, csv');
    }
    const d = await call('GET', `/campaigns/${code}/quotas?format=csv&dialect=tsv`);
    expect(d.status).toBe(422);
  });

  it('the consolidated export names its RFC 4180 file apart from the Excel one', async () => {
    const { code } = await seedAwards();
    const base = `/campaigns/${code}/groups/G1/consolidated?format=csv`;
    expect(disposition(await raw(base))).toBe(`attachment; filename="${code}-G1.csv"`);
    expect(disposition(await raw(`${base}&dialect=rfc4180`))).toBe(
      `attachment; filename="${code}-G1-rfc4180.csv"`,
    );
  });
});
