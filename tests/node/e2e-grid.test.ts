/**
 * End to end in headless Chromium: the preview grid behaves like Excel for what a person does. A unit builds
 * its sheet and types "6,5" with Tab, Shift+Tab, Enter and the arrows moving the selection; an over-maximum
 * score is refused with the sheet's validation alert and stays out of the subtotal. On a worksheet written
 * through the preview's Excel API, a click on the cell a long text runs over selects that cell, and a
 * "0.0%" cell shows 71,4 %. Screenshots are kept in test-artifacts/e2e-grid.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sheetText } from '../../addin/src/messages/sheet';
import { closeClean, smallPlan, suffix, E2E_TIMEOUT as TIMEOUT, useE2E } from './e2e/harness';
import { requireTool } from './tools';

const ARTIFACTS = 'test-artifacts/e2e-grid';
const s = suffix();
const { u, plan } = smallPlan(s);
const LONG = 'Một tiêu đề dài chạy sang các ô trống bên phải như trong Excel';

const chromium = await requireTool('chromium');

const selected = (page: Page) => page.textContent('#preview-address');
const cellText = (page: Page, address: string) =>
  page.textContent(`#preview-grid td[data-address="${address}"]`);

describe.skipIf(!chromium)('end to end in Chromium: the preview grid behaves like Excel', () => {
  const e2e = useE2E({ artifacts: ARTIFACTS });
  const { worker } = e2e;

  /** The self-score cell of a criterion's row, and the next cell drawn on its row. */
  const selfCell = (page: Page, criterion: string) =>
    page
      .locator('#preview-grid tr', {
        has: page.locator('td', { hasText: new RegExp(`^${criterion.replace('.', '\\.')}$`) }),
      })
      .locator('td.input')
      .first();

  it(
    'moves with Tab, Enter and the arrows, shows 6,5, refuses an over-maximum score with its alert',
    async () => {
      await e2e.postPlan(plan);
      const unit = await e2e.preview(await worker().token('unit', `Đơn vị 2 ${s}`, u(2)));
      const { page } = unit;
      await page.getByText(`Khối thử ${s}`).waitFor();
      await page.getByRole('button', { name: 'Mở bảng điểm' }).click();
      await selfCell(page, '1.1').waitFor();
      const a11 = (await selfCell(page, '1.1').getAttribute('data-address'))!;
      const a12 = (await selfCell(page, '1.2').getAttribute('data-address'))!;
      const right = (await selfCell(page, '1.1')
        .locator('xpath=following-sibling::td[1]')
        .getAttribute('data-address'))!;

      await selfCell(page, '1.1').click();
      await expect.poll(() => selected(page)).toBe(a11);
      await page.keyboard.type('6,5');
      await page.keyboard.press('Tab');
      await expect.poll(() => selected(page)).toBe(right);
      await expect.poll(() => cellText(page, a11)).toBe('6,5');
      await page.keyboard.press('Shift+Tab');
      await expect.poll(() => selected(page)).toBe(a11);
      expect(await page.inputValue('#preview-input')).toBe('6,5');
      await page.keyboard.press('Enter');
      await expect.poll(() => selected(page)).toBe(a12);
      await page.keyboard.press('ArrowUp');
      await expect.poll(() => selected(page)).toBe(a11);
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => selected(page)).toBe(a12);

      // 1.2's maximum is 10: 25 is refused with the sheet's own alert; "No" goes back to editing.
      await page.keyboard.type('25');
      await page.keyboard.press('Enter');
      const alert = page.getByRole('alertdialog');
      await alert.waitFor();
      expect(await alert.textContent()).toContain(sheetText.alertTitle);
      expect(await alert.textContent()).toContain(sheetText.alertScore(10));
      await page.screenshot({ path: `${ARTIFACTS}/1-over-max-refused.png`, fullPage: true });
      await page.keyboard.press('Enter');
      await alert.waitFor({ state: 'hidden' });
      await expect.poll(() => selected(page)).toBe(a12);
      await expect.poll(() => page.inputValue('#preview-input')).toBe('25');
      await page.keyboard.press('Escape');
      expect(await page.inputValue('#preview-input')).toBe('');
      expect(await cellText(page, a12)).toBe('');
      // The section's subtotal and the total count 6,5 only.
      const totalRow = page.locator('#preview-grid tr', {
        has: page.locator('td', { hasText: /^Tổng cộng$/ }),
      });
      await expect.poll(() => totalRow.locator('td', { hasText: /^6,5$/ }).count()).toBe(1);
      await page.screenshot({ path: `${ARTIFACTS}/2-moved-and-restored.png`, fullPage: true });
      await closeClean(unit);
    },
    TIMEOUT,
  );

  it(
    'lands a click on the cell a text runs over, and shows a percentage as 71,4 %',
    async () => {
      const unit = await e2e.preview();
      const { page } = unit;
      await page.evaluate(async (long) => {
        // The page's workbook, written through its Excel API as the adapter writes (typed loosely here).
        // biome-ignore lint/suspicious/noExplicitAny: the Excel types are not loaded in the test's project.
        type Run = (batch: (context: any) => Promise<void>) => Promise<void>;
        const book = (globalThis as unknown as { previewWorkbook: { run: Run } }).previewWorkbook;
        await book.run(async (context) => {
          const ws = context.workbook.worksheets.add('Lưới');
          ws.getRange('A1:D3').values = [
            [long, '', '', ''],
            [0.7143, 6.5, 1234567, ''],
            ['', '', '', 'x'],
          ];
          ws.getRange('A2:C2').numberFormat = [['0.0%', 'General', '#,##0']];
          await context.sync();
        });
      }, LONG);
      await page.getByRole('button', { name: 'Lưới' }).click();
      await expect.poll(() => cellText(page, 'A1')).toBe(LONG);
      // The text is drawn over B1 and C1 (the test would prove nothing otherwise) …
      // (the painted text's box: the span itself is zero-wide so its column keeps its width)
      const textRight = await page
        .locator('#preview-grid td[data-address="A1"] .overflow')
        .evaluate((span) => {
          const r = document.createRange();
          r.selectNodeContents(span);
          return r.getBoundingClientRect().right;
        });
      const b1 = (await page.locator('#preview-grid td[data-address="B1"]').boundingBox())!;
      expect(textRight).toBeGreaterThan(b1.x + b1.width);
      // … yet a click there selects B1.
      await page.mouse.click(b1.x + b1.width / 2, b1.y + b1.height / 2);
      await expect.poll(() => selected(page)).toBe('B1');
      await page.screenshot({ path: `${ARTIFACTS}/3-click-under-overflowing-text.png`, fullPage: true });
      await page.keyboard.type('ô B1');
      await page.keyboard.press('Enter');
      await expect.poll(() => cellText(page, 'B1')).toBe('ô B1');
      expect(await cellText(page, 'A1')).toBe(LONG);
      await expect.poll(() => selected(page)).toBe('B2');
      expect(await page.inputValue('#preview-input')).toBe('6,5');
      expect(await cellText(page, 'A2')).toBe('71,4 %');
      expect(await cellText(page, 'B2')).toBe('6,5');
      expect(await cellText(page, 'C2')).toBe('1.234.567');
      await page.keyboard.press('ArrowLeft');
      expect(await page.inputValue('#preview-input')).toBe('71,43%');
      await page.screenshot({ path: `${ARTIFACTS}/4-formats.png`, fullPage: true });
      await closeClean(unit);
    },
    TIMEOUT,
  );
});
