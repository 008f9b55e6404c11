/**
 * End to end in headless Chromium, against the real Worker started here (`wrangler dev`, its own local D1):
 * a unit opens the preview host (/preview: the real task pane beside the in-browser workbook), connects,
 * builds its sheet, types an invalid score and sees it marked, fixes it and submits; the lead unit appraises
 * one criterion with a reason through the API; the unit refreshes and sees the appraised score and reason.
 * Screenshots are kept in test-artifacts/. Without /usr/bin/chromium: skipped locally,
 * failed under CI (tests/node/tools.ts).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { closeClean, connectPane, smallPlan, suffix, E2E_TIMEOUT as TIMEOUT, useE2E } from './e2e/harness';
import { paneOverflow } from './e2e/pane-width';
import { requireTool } from './tools';

const ARTIFACTS = 'test-artifacts/e2e-unit';
const s = suffix();
const { u, code, plan } = smallPlan(s);
const scores: Record<string, string> = { '1.1': '18.5', '1.2': '9.5', '2.1': '62', 'T.1': '2' };
const sheetPath = `/campaigns/${code}/groups/G1/units/${u(2)}/sheet`;

const chromium = await requireTool('chromium');

describe.skipIf(!chromium)('end to end in Chromium: a unit in the preview host against the Worker', () => {
  const e2e = useE2E({ artifacts: ARTIFACTS });
  const { call, worker } = e2e;

  /** The grid cell of a criterion's row in the first column the unit fills in (its self score). */
  const selfCell = (page: Page, criterion: string) =>
    page
      .locator('#preview-grid tr', {
        has: page.locator('td', { hasText: new RegExp(`^${criterion.replace('.', '\\.')}$`) }),
      })
      .locator('td.input')
      .first();

  /** Types a score; the grid shows it as Excel does in the Vietnamese locale (18,5). */
  async function typeInto(page: Page, criterion: string, text: string) {
    await selfCell(page, criterion).click();
    await page.fill('#preview-input', text);
    await page.press('#preview-input', 'Enter');
    await expect.poll(() => selfCell(page, criterion).textContent()).toBe(text.replace('.', ','));
  }

  it(
    'connects, builds the sheet, marks an invalid score, submits, then sees the lead unit’s appraisal',
    async () => {
      await e2e.postPlan(plan);
      const unitToken = await worker().token('unit', `Đơn vị 2 ${s}`, u(2));
      const leadToken = await worker().token('unit', `Trưởng khối ${s}`, u(1));

      const unit = await e2e.preview();
      const { page } = unit;
      await expect.poll(() => page.inputValue('#server')).toBe(worker().base);
      await connectPane(page, unitToken);
      await page.getByText(`Khối thử ${s}`).waitFor();
      await page.screenshot({ path: `${ARTIFACTS}/1-connected.png`, fullPage: true });
      expect(await paneOverflow(page)).toEqual([]);

      await page.getByRole('button', { name: 'Mở bảng điểm' }).click();
      await selfCell(page, '1.1').waitFor();
      await expect.poll(() => page.locator('#preview-tabs .tab.active').count()).toBe(1);
      await page.screenshot({ path: `${ARTIFACTS}/2-sheet-built.png`, fullPage: true });
      expect(await paneOverflow(page)).toEqual([]);
      // The sheet and its stored state sit right under its group's "Mở bảng điểm".
      await page.locator('ul.groups li #sheet').getByText('Trạng thái: Chưa nộp').waitFor();

      // A locked cell refuses typing, as in Excel.
      await page
        .locator('#preview-grid td', { hasText: /^1\.1$/ })
        .first()
        .click();
      await page.fill('#preview-input', 'x');
      await page.press('#preview-input', 'Enter');
      await expect.poll(() => page.textContent('#preview-note')).toContain('đã khóa');

      // The sheet section opens with its help line (closed), like every panel.
      expect(await page.locator('#sheet details.help[data-help="sheet"]').count()).toBe(1);
      // A typed, unsaved value is not overwritten by a rebuild without a word: cancel keeps it.
      await typeInto(page, '1.2', '7');
      await page.getByRole('button', { name: 'Tạo / làm mới bảng điểm' }).click();
      await page.locator('#sheet .confirm').getByText('1 ô đã nhập nhưng chưa lưu').waitFor();
      await page.screenshot({ path: `${ARTIFACTS}/2b-overwrite-asked.png`, fullPage: true });
      await page.locator('#sheet .confirm-cancel').click();
      await page.locator('#results').getByText('Đã hủy').waitFor();
      expect(await selfCell(page, '1.2').textContent()).toBe('7');

      // A text breaks the score cells' validation: Excel's Warning alert, answered "Yes" to keep it.
      await selfCell(page, '1.1').click();
      await page.fill('#preview-input', 'abc');
      await page.press('#preview-input', 'Enter');
      await page.getByRole('alertdialog').getByRole('button', { name: 'Có' }).click();
      await expect.poll(() => selfCell(page, '1.1').textContent()).toBe('abc');
      await page.locator('#sheet-actions').getByRole('button', { name: 'Kiểm tra', exact: true }).click();
      await page.getByText('không phải là một điểm số').first().waitFor();
      await page.locator('#results').getByText('Có 1 ô cần sửa').waitFor();
      // A draft stopped by the local check says no request was sent.
      await page.getByRole('button', { name: 'Lưu nháp' }).click();
      await page.locator('#results').getByText('Chưa gửi gì lên máy chủ').waitFor();
      const bad = selfCell(page, '1.1');
      await expect.poll(() => bad.getAttribute('data-fill')).toBe('#FFC7CE');
      await page.screenshot({ path: `${ARTIFACTS}/3-invalid-marked.png`, fullPage: true });

      for (const [criterion, value] of Object.entries(scores)) await typeInto(page, criterion, value);
      // The grid recalculates the sheet's formulas: the total row shows what the server will compute.
      const totalRow = page.locator('#preview-grid tr', {
        has: page.locator('td', { hasText: /^Tổng cộng$/ }),
      });
      await expect.poll(() => totalRow.locator('td', { hasText: /^92$/ }).count()).toBe(1);
      await page.getByRole('button', { name: 'Nộp', exact: true }).click();
      await page.locator('#sheet .confirm').waitFor();
      await page.locator('#sheet .confirm-ok').click();
      await page
        .locator('#results')
        .getByText(/Đã nộp bảng điểm \(phiên bản \d+\)\./)
        .waitFor();
      await page.getByText('Tổng tự chấm: 92').waitFor();
      await page.getByText('Trạng thái: Đã nộp').waitFor();
      // A submitted sheet is not changed by "Lưu nháp": the button is off, with the reason beside it.
      expect(await page.getByRole('button', { name: 'Lưu nháp' }).isDisabled()).toBe(true);
      await page.locator('#sheet-draft-note').waitFor();
      await page.getByRole('button', { name: 'Nộp lại' }).waitFor();
      expect(await paneOverflow(page)).toEqual([]);
      await expect.poll(() => bad.getAttribute('data-fill')).toBeNull();
      await page.screenshot({ path: `${ARTIFACTS}/4-submitted.png`, fullPage: true });

      const submitted = await call(unitToken, 'GET', `/campaigns/${code}/groups/G1/units/${u(2)}/sheet`);
      expect(submitted.body.status).toBe('submitted');
      expect(submitted.body.entries.find((e: { criterion: string }) => e.criterion === '1.1').self).toBe(
        18.5,
      );

      const reason = 'Minh chứng chỉ đạt 17 điểm theo báo cáo số 12/BC';
      const appraised = await call(leadToken, 'PUT', `${sheetPath}/appraisal`, {
        revision: submitted.body.revision,
        entries: [{ criterion: '1.1', appraised: 17, reason }],
      });
      expect(appraised.status, JSON.stringify(appraised.body)).toBe(200);

      await page.getByRole('button', { name: 'Tạo / làm mới bảng điểm' }).click();
      await page.getByText('Bảng đã được thẩm định').waitFor();
      await page.screenshot({ path: `${ARTIFACTS}/5-appraisal-seen.png`, fullPage: true });
      const row = page.locator('#preview-grid tr', { has: page.locator('td', { hasText: /^1\.1$/ }) });
      await expect.poll(() => row.locator('td', { hasText: reason }).count()).toBe(1);
      await expect.poll(() => row.locator('td', { hasText: /^17$/ }).count()).toBe(1);
      await closeClean(unit);
    },
    TIMEOUT,
  );
});
