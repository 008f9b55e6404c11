/**
 * End to end in headless Chromium against the real Worker (`wrangler dev`, its own local D1): a unit's
 * registration ("Đăng ký thi đua") in the preview host — the people offered are the unit's staff list; a
 * title of the wrong kind is marked with the shared check's sentence and nothing is sent; fixed, it is sent
 * and the Worker stores the collective's title and the person picked by staff id with their title — then the
 * secretariat pulls every unit's registrations and the calendar with each milestone's state into the
 * workbook. Screenshots in test-artifacts/.
 */
import { describe, expect, it } from 'vitest';
import { cellText, typeAt } from './e2e/grid-cells';
import { closeClean, smallPlan, suffix, E2E_TIMEOUT as TIMEOUT, useE2E } from './e2e/harness';
import { paneOverflow } from './e2e/pane-width';
import { requireTool } from './tools';

const ARTIFACTS = 'test-artifacts/e2e-registration';
const s = suffix();
const { u, code, plan: base } = smallPlan(s);
const year = new Date().getFullYear();
const plan = {
  ...base,
  awards: [...base.awards, { code: 'CSTDCS', name: 'Chiến sĩ thi đua cơ sở', nominee: 'individual' }],
  milestones: [
    { code: 'SK', title: 'Sơ kết đầu năm', due: `${year - 1}-01-15` },
    { code: 'DK', title: 'Đăng ký thi đua', due: `${year + 1}-12-31`, closes: 'registration' },
  ],
};
const regPath = `/campaigns/${code}/units/${u(2)}/registration`;

const chromium = await requireTool('chromium');

describe.skipIf(!chromium)(
  'end to end in Chromium: a unit’s registration and the secretariat’s pulls',
  () => {
    const e2e = useE2E({ artifacts: ARTIFACTS });
    const { call, worker } = e2e;

    it(
      'picks people from the staff list, marks a title of the wrong kind, sends, and the secretariat pulls registrations and the calendar',
      async () => {
        await e2e.postPlan(plan);
        const unitToken = await worker().token('unit', `Đơn vị 2 ${s}`, u(2));
        const staff = await call(unitToken, 'PUT', `/campaigns/${code}/units/${u(2)}/staff`, {
          staff: [
            { staffId: 'NV01', name: 'Nguyễn Văn An', rating: 'excellent' },
            { staffId: 'NV02', name: 'Trần Thị Bình', rating: 'good' },
          ],
        });
        expect(staff.status, JSON.stringify(staff.body)).toBe(200);

        const unit = await e2e.preview(unitToken);
        const { page } = unit;
        const panel = page.locator('#registration');
        await panel.waitFor();
        expect(await panel.locator('details.help[data-help="registration"]').count()).toBe(1);
        await page.click('#registration-open');
        await page.locator('#registration-results').getByText('Đơn vị chưa đăng ký').waitFor();
        await expect.poll(() => cellText(page, 'B1')).toBe('Tập thể hoặc cán bộ');
        await typeAt(page, 'B2', 'Tập thể đơn vị');
        await typeAt(page, 'C2', 'Cờ thi đua');
        await typeAt(page, 'B3', 'NV02');
        await typeAt(page, 'C3', 'Cờ thi đua');
        await page.click('#registration-check');
        await page.locator('#registration-results').getByText('Có ô cần sửa').waitFor();
        await expect
          .poll(() => page.locator('#preview-grid td[data-address="C3"]').getAttribute('data-fill'))
          .toBe('#FFC7CE');
        expect(await cellText(page, 'D3')).toContain('không đăng ký cho cá nhân');
        await page.screenshot({ path: `${ARTIFACTS}/1-marked.png`, fullPage: true });
        expect((await call(unitToken, 'GET', regPath)).body.updatedAt).toBeNull();

        await typeAt(page, 'C3', 'Chiến sĩ thi đua cơ sở');
        await page.click('#registration-send');
        await page.locator('#registration-results').getByText('Đã gửi 2 dòng đăng ký').waitFor();
        const stored = (await call(unitToken, 'GET', regPath)).body;
        expect(stored.awards).toEqual(['CO']);
        expect(stored.individuals).toEqual([{ name: 'Trần Thị Bình', staffId: 'NV02', awards: ['CSTDCS'] }]);
        // Reloaded from the server: the person as the staff list names them.
        await expect.poll(() => cellText(page, 'B3')).toBe('NV02 · Trần Thị Bình');
        expect(await paneOverflow(page)).toEqual([]);
        await page.screenshot({ path: `${ARTIFACTS}/2-sent.png`, fullPage: true });
        await closeClean(unit);

        const secretariat = await worker().token('secretariat', `Thường trực ${s}`);
        const staffPane = await e2e.preview(secretariat);
        const sp = staffPane.page;
        await sp.locator('#registration').waitFor();
        await sp.selectOption('#campaign', code);
        const tabs = () => sp.locator('#preview-tabs .tab').allTextContents();
        await sp.click('#registration-pull');
        await sp
          .locator('#registration-pull-result', {
            hasText: 'Đã ghi bảng đăng ký: 1 đơn vị đã đăng ký, 2 dòng',
          })
          .waitFor();
        expect(await tabs()).toContain('Bảng đăng ký');
        await expect.poll(() => cellText(sp, 'C4')).toBe('Tập thể');
        expect(await cellText(sp, 'E5')).toBe('Trần Thị Bình');
        expect(await cellText(sp, 'G5')).toBe('Chiến sĩ thi đua cơ sở');
        await sp.screenshot({ path: `${ARTIFACTS}/3-registrations.png`, fullPage: true });

        await sp.click('#calendar-pull');
        await sp.locator('#registration-pull-result', { hasText: 'Đã ghi lịch: 2 mốc' }).waitFor();
        expect(await tabs()).toContain('Lịch các mốc');
        await expect.poll(() => cellText(sp, 'A4')).toBe('SK');
        expect(await cellText(sp, 'F4')).toBe('Đã qua hạn');
        expect(await cellText(sp, 'A5')).toBe('DK');
        expect(await cellText(sp, 'D5')).toBe('Đăng ký thi đua');
        expect(await cellText(sp, 'F5')).toBe('Sắp tới');
        expect(await paneOverflow(sp)).toEqual([]);
        await sp.screenshot({ path: `${ARTIFACTS}/4-calendar.png`, fullPage: true });
        await closeClean(staffPane);
      },
      TIMEOUT,
    );
  },
);
