import { env } from 'cloudflare:test';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { seedAwards, submitSheet } from './awards-fixtures';
import { ADMIN, call, checked, issue, sheetPath, smallPlan } from './helpers';

const path = (c: string, q = '') => `/campaigns/${c}/groups/G1/consolidated${q}`;

async function raw(p: string, token = ADMIN) {
  const { SELF } = await import('cloudflare:test');
  return checked(
    'GET',
    p,
    await SELF.fetch(`http://localhost/api/v1${p}`, { headers: { Authorization: `Bearer ${token}` } }),
  );
}

describe('consolidated sheets', () => {
  it('JSON matrix in ranking order; CSV in both dialects; injection neutralised; xlsx with the same values', async () => {
    const { code, u } = await seedAwards();
    await submitSheet(code, 'G1', u(1));
    await submitSheet(code, 'G1', u(2), { '1.1': 20 });
    // A unit name and an evidence that look like formulas (names as the campaign knows them: decision 0027).
    const rename = 'UPDATE campaign_units SET name = ?1 WHERE campaign = ?2 AND unit = ?3';
    await env.DB.prepare(rename).bind('=HYPERLINK("http://x")', code, u(2)).run();
    await env.DB.prepare(rename).bind('-cmd', code, u(3)).run();
    const appr = await call('PUT', `${sheetPath(code, 'G1', u(1))}/appraisal`, {
      body: { revision: 1, entries: [{ criterion: '1.2', appraised: 8.5, reason: 'Thiếu minh chứng' }] },
    });
    expect(appr.status).toBe(200);

    const j = await call('GET', path(code));
    expect(j.status).toBe(200);
    expect(j.body.criteria.map((c: { code: string }) => c.code)).toEqual([
      '1.1',
      '1.2',
      '2.1',
      'T.1',
      'T.2',
      'D.1',
    ]);
    expect(j.body.rows.map((r: { unit: string; rank: number | null }) => [r.unit, r.rank])).toEqual([
      [u(2), 1],
      [u(1), 2],
      [u(3), null],
      [u(5), null],
    ]);
    expect(j.body.rows[1]).toMatchObject({
      self: [18.5, 9.5, 62, 2, 2, 2],
      appraised: [null, 8.5, null, null, null, null],
      final: [18.5, 8.5, 62, 2, 2, 2],
      total: 91,
    });

    const csv = await raw(path(code, '?format=csv'));
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.trim().split('\r\n');
    expect(lines[0]!.startsWith('Hạng;Mã đơn vị;Tên đơn vị;1.1 tự chấm')).toBe(true);
    expect(lines[1]).toBe(
      `1;${u(2)};"'=HYPERLINK(""http://x"")";20;;20;9,5;;9,5;62;;62;2;;2;2;;2;2;;2;93,5;Tốt`,
    );
    expect(lines[2]!.endsWith(';91;Tốt')).toBe(true);
    expect(lines[3]!.startsWith(`;${u(3)};'-cmd;`)).toBe(true);
    for (const line of lines) for (const cell of line.split(';')) expect(cell).not.toMatch(/^("?)[=+@\t\r]/);

    const rfc = await (await raw(path(code, '?format=csv&dialect=rfc4180'))).text();
    expect(rfc.charCodeAt(0)).not.toBe(0xfeff);
    expect(rfc.split('\r\n')[2]).toContain(',9.5,8.5,8.5,');

    const x = await raw(path(code, '?format=xlsx'));
    expect(x.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await x.arrayBuffer());
    // The summary first, then the matrix (decision 0033), then the changed scores.
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Khối một', 'Thay đổi khi thẩm định']);
    const sum = wb.worksheets[0]!;
    expect(sum.getRow(1).values).toEqual([
      undefined,
      'Hạng',
      'Mã đơn vị',
      'Tên đơn vị',
      'Mục I',
      'Mục II',
      'Mục T',
      'Mục D',
      'Tổng điểm',
      'Xếp loại',
      'Số phiếu',
      'Tỷ lệ phiếu',
      'Đạt ngưỡng',
    ]);
    expect([sum.getCell('A2').value, sum.getCell('B2').value, sum.getCell('H2').value]).toEqual([
      1,
      u(2),
      93.5,
    ]);
    expect(sum.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 1 });
    expect(sum.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
    const ws = wb.worksheets[1]!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 1 });
    expect(ws.pageSetup).toMatchObject({
      paperSize: 8,
      orientation: 'landscape',
      printTitlesRow: '1:1',
      printTitlesColumn: 'A:C',
    });
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.getCell('C2').value).toBe(`'=HYPERLINK("http://x")`);
    expect(ws.getCell('A2').value).toBe(1);
    const totalCol = 4 + 6 * 3;
    expect(ws.getRow(2).getCell(totalCol).value).toBe(93.5);
    expect(ws.getRow(3).getCell(totalCol).value).toBe(91);
    expect(ws.getRow(3).getCell(totalCol).numFmt).toBe('0.00');

    expect((await call('GET', path(code, '?format=pdf'))).status).toBe(422);
    const unit = await issue('unit', u(1));
    expect((await call('GET', path(code), { token: unit })).status).toBe(403);
    expect((await call('GET', path(code), { token: await issue('council') })).status).toBe(200);
  });

  it('exports xlsx for group names Excel forbids as sheet names, under a name Excel accepts', async () => {
    const names: [string, string][] = [
      ['History', 'History (1)'],
      ["'Cụm: Bắc/Nam?'", 'Cụm- Bắc-Nam-'],
      ['Khối [các] bệnh viện * tuyến tỉnh và khu vực', 'Khối -các- bệnh viện - tuyến tỉ'],
      ["Cụm ven biển'", 'Cụm ven biển'],
    ];
    for (const [name, tab] of names) {
      const p = smallPlan();
      p.plan.groups![0]!.name = name;
      expect((await call('POST', '/plans', { body: p.plan })).status).toBe(201);
      const x = await raw(path(p.code, '?format=xlsx'));
      expect(x.status, name).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await x.arrayBuffer());
      expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', tab]);
    }
  });
});
