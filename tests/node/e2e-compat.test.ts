/**
 * End to end in headless Chromium, against the real Worker started here: the compatibility self-test
 * ("Kiểm tra tương thích") run from the preview host's task pane. Every step is listed with a result, the
 * report is shown as text (host, requirement sets, each step), and the scratch worksheets are gone from the
 * in-browser workbook afterwards. Screenshots in test-artifacts/. Without /usr/bin/chromium: skipped
 * locally, failed under CI (tests/node/tools.ts).
 */
import { describe, expect, it } from 'vitest';
import { compatText as T } from '../../addin/src/messages/compat';
import { closeClean, E2E_TIMEOUT as TIMEOUT, useE2E } from './e2e/harness';
import { requireTool } from './tools';

const ARTIFACTS = 'test-artifacts/e2e-compat';
const chromium = await requireTool('chromium');

describe.skipIf(!chromium)('end to end in Chromium: the compatibility self-test in the preview host', () => {
  const e2e = useE2E({ artifacts: ARTIFACTS });

  it(
    'runs every step on scratch worksheets, shows the report and removes the scratch worksheets',
    async () => {
      const token = await e2e.worker().token('council', 'Người triển khai');
      const preview = await e2e.preview(token);
      const { page } = preview;
      const sheets = () =>
        page.evaluate(() =>
          (
            globalThis as unknown as { previewWorkbook: { sheets: { name: string }[] } }
          ).previewWorkbook.sheets.map((s) => s.name),
        );
      const before = await sheets();

      await page.getByRole('button', { name: T.run }).click();
      await page.locator('#compat[data-done="1"]').waitFor({ timeout: TIMEOUT });
      // Every step, in the order they run, the cleanup last (the messages list them so).
      const ids = Object.keys(T.steps);
      const listed = await page
        .locator('#compat-steps li')
        .evaluateAll((lis) =>
          lis.map((li) => [li.getAttribute('data-step'), li.getAttribute('data-status')]),
        );
      expect(listed).toEqual(ids.map((id) => [id, 'ok']));

      const report = await page.inputValue('#compat-report');
      expect(report).toContain(T.report.title);
      expect(report).toContain('Máy chủ: preview');
      expect(report).toContain('ExcelApi hỗ trợ: 1.1, 1.2');
      for (const [i, id] of ids.entries())
        expect(report).toContain(`${i + 1}. [${T.status.ok}] ${T.steps[id as keyof typeof T.steps]}`);
      expect(report).toContain(T.report.cleaned);
      expect(report).toMatch(/\d+ dòng, khoảng 3\.\d\d MB, 1 lô, 3 lần đồng bộ/);
      expect(await sheets()).toEqual(before);
      await page.screenshot({ path: `${ARTIFACTS}/1-report.png`, fullPage: true });

      // Copying the report puts its text on the clipboard (granted here; the pane falls back otherwise).
      await page
        .context()
        .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.worker().base });
      await page.getByRole('button', { name: T.copy }).click();
      await page.getByText(T.copied).waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(report);
      await closeClean(preview);
    },
    TIMEOUT * 2,
  );
});
