/**
 * End to end in headless Chromium against the real Worker (`wrangler dev`, its own local D1): a unit's staff
 * list round trip in the preview host — the list the API holds opens as "Danh sách cán bộ" (a person's second
 * initiative on an extra row with the same staff id, dates as days); a person typed with a discipline dated
 * outside the campaign's year is marked with the shared check's sentence and nothing is sent; fixed, the list
 * is sent and the Worker stores it; a reload over an edit not sent asks first. Screenshots in test-artifacts/.
 */
import { describe, expect, it } from 'vitest';
import { cellText, typeAt } from './e2e/grid-cells';
import { closeClean, connectPane, smallPlan, suffix, E2E_TIMEOUT as TIMEOUT, useE2E } from './e2e/harness';
import { paneOverflow } from './e2e/pane-width';
import { requireTool } from './tools';

const ARTIFACTS = 'test-artifacts/e2e-staff';
const s = suffix();
const { u, code, plan } = smallPlan(s);
const staffPath = `/campaigns/${code}/units/${u(2)}/staff`;

const AN = {
  staffId: 'NV01',
  name: 'Nguyễn Văn An',
  sex: 'male',
  birthDate: '1985-03-12',
  position: 'Bác sĩ',
  department: 'Khoa Nội',
  rating: 'excellent',
  initiatives: [
    { title: 'Quy trình tiếp đón', level: 'unit', decisionNo: '15/QĐ-BV', decisionDate: '2023-06-01' },
    {
      kind: 'research',
      title: 'Đề tài kháng sinh',
      level: 'province',
      decisionNo: '7/QĐ',
      decisionDate: '2023-09-20',
    },
  ],
};

const chromium = await requireTool('chromium');

describe.skipIf(!chromium)('end to end in Chromium: a unit’s staff list against the Worker', () => {
  const e2e = useE2E({ artifacts: ARTIFACTS });
  const { call, worker } = e2e;

  it(
    'opens the stored list, marks a bad row from the shared check, sends the fixed list, asks before a reload',
    async () => {
      await e2e.postPlan(plan);
      const unitToken = await worker().token('unit', `Đơn vị 2 ${s}`, u(2));
      const seeded = await call(unitToken, 'PUT', staffPath, { staff: [AN] });
      expect(seeded.status, JSON.stringify(seeded.body)).toBe(200);

      const unit = await e2e.preview();
      const { page } = unit;
      await connectPane(page, unitToken);
      const panel = page.locator('#staff');
      await panel.waitFor();
      expect(await panel.locator('details.help[data-help="staff"]').count()).toBe(1);
      await page.click('#staff-open');
      await page.locator('#staff-results').getByText('Đã tải 1 người').waitFor();
      await expect.poll(() => cellText(page, 'C2')).toBe('Nguyễn Văn An');
      expect(await cellText(page, 'B1')).toBe('Mã cán bộ');
      expect(await cellText(page, 'E2')).toBe('12/03/1985');
      expect(await cellText(page, 'I2')).toBe('Hoàn thành xuất sắc nhiệm vụ');
      // The second initiative: its own row, the same staff id.
      expect(await cellText(page, 'B3')).toBe('NV01');
      expect(await cellText(page, 'N3')).toBe('Đề tài nghiên cứu khoa học');
      expect(await paneOverflow(page)).toEqual([]);
      await page.screenshot({ path: `${ARTIFACTS}/1-opened.png`, fullPage: true });

      await typeAt(page, 'B4', 'NV02');
      await typeAt(page, 'C4', 'Trần Thị Bình');
      await typeAt(page, 'D4', 'Nữ');
      await typeAt(page, 'I4', 'Hoàn thành tốt nhiệm vụ');
      await typeAt(page, 'K4', 'Khiển trách');
      await typeAt(page, 'L4', '05/04/2021');
      await page.click('#staff-check');
      await page.locator('#staff-results').getByText('Có ô cần sửa').waitFor();
      await expect
        .poll(() => page.locator('#preview-grid td[data-address="L4"]').getAttribute('data-fill'))
        .toBe('#FFC7CE');
      expect(await cellText(page, 'S4')).toContain('Dòng 4');
      expect(await cellText(page, 'S4')).toContain('không thuộc năm 2023');
      await page.screenshot({ path: `${ARTIFACTS}/2-marked.png`, fullPage: true });
      await page.click('#staff-send');
      await page.locator('#staff-results').getByText('Chưa gửi gì').waitFor();
      expect((await call(unitToken, 'GET', staffPath)).body.staff).toHaveLength(1);

      await typeAt(page, 'L4', '05/04/2023');
      await page.click('#staff-send');
      await page.locator('#staff-results').getByText('Đã gửi danh sách 2 người').waitFor();
      const stored = (await call(unitToken, 'GET', staffPath)).body;
      expect(stored.staff.map((p: { staffId: string }) => p.staffId)).toEqual(['NV01', 'NV02']);
      expect(stored.staff[0].initiatives).toHaveLength(2);
      expect(stored.staff[1]).toMatchObject({
        sex: 'female',
        rating: 'good',
        discipline: [{ form: 'reprimand', date: '2023-04-05' }],
      });
      await expect
        .poll(() => page.locator('#preview-grid td[data-address="L4"]').getAttribute('data-fill'))
        .toBeNull();
      await page.screenshot({ path: `${ARTIFACTS}/3-sent.png`, fullPage: true });

      // An edit not sent is not overwritten without a word.
      await typeAt(page, 'G2', 'Khoa Ngoại');
      await page.click('#staff-open');
      await panel.locator('.confirm').waitFor();
      await panel.locator('.confirm-cancel').click();
      await page.locator('#staff-results').getByText('Đã hủy').waitFor();
      expect(await cellText(page, 'G2')).toBe('Khoa Ngoại');
      await page.click('#staff-open');
      await panel.locator('.confirm-ok').click();
      await page.locator('#staff-results').getByText('Đã tải 2 người').waitFor();
      await expect.poll(() => cellText(page, 'G2')).toBe('Khoa Nội');
      expect(await paneOverflow(page)).toEqual([]);
      await closeClean(unit);
    },
    TIMEOUT,
  );
});
