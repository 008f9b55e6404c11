/** The preview grid's cells in an e2e test: a cell's text, and typing into one as a person does. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const cellText = (page: Page, address: string) =>
  page.textContent(`#preview-grid td[data-address="${address}"]`);

/**
 * Types `text` into a grid cell as a person would: select it, type in the formula bar, Enter; the workbook
 * takes it (no refusal in the preview's note) and the grid shows the text.
 */
export async function typeAt(page: Page, address: string, text: string) {
  await page.locator(`#preview-grid td[data-address="${address}"]`).click();
  await page.fill('#preview-input', text);
  await page.press('#preview-input', 'Enter');
  await expect.poll(() => page.textContent('#preview-note')).toBe('');
  await expect.poll(() => cellText(page, address)).toBe(text);
}
