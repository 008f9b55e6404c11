/** The preview grid's cells in an e2e test: a cell's text, and typing into one as a person does. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const cellText = (page: Page, address: string) =>
  page.textContent(`#preview-grid td[data-address="${address}"]`);

/** Selects the cell, types into the formula bar, Enter; waits until the grid shows the text. */
export async function typeAt(page: Page, address: string, text: string) {
  await page.locator(`#preview-grid td[data-address="${address}"]`).click();
  await page.fill('#preview-input', text);
  await page.press('#preview-input', 'Enter');
  await expect.poll(() => cellText(page, address)).toBe(text);
}
