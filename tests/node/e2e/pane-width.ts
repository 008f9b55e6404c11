/**
 * The pane at Excel's width (issue 13): the preview host draws the task pane in a 340 px column; a control
 * wider than that column (an 836 px drop-down) is listed by what it is, so a test fails naming it.
 */
import type { Page } from 'playwright-core';

export const PANE_WIDTH = 350;

/** Every visible element of the pane whose right edge passes the pane's, and the pane's own overflow. */
export function paneOverflow(page: Page): Promise<string[]> {
  return page.evaluate((width) => {
    const app = document.getElementById('app')!;
    const edge = app.getBoundingClientRect().right + 0.5;
    const out: string[] = [];
    if (app.getBoundingClientRect().width > width)
      out.push(`#app ${app.getBoundingClientRect().width} px wide`);
    if (app.scrollWidth > app.clientWidth)
      out.push(`#app scrollWidth ${app.scrollWidth} > ${app.clientWidth}`);
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth)
      out.push(`document scrollWidth ${document.documentElement.scrollWidth}`);
    for (const el of Array.from(app.querySelectorAll<HTMLElement>('*'))) {
      const r = el.getBoundingClientRect();
      if (!r.width || r.right <= edge) continue;
      out.push(
        `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className} right ${Math.round(r.right)} > ${Math.round(edge)}`,
      );
    }
    return out;
  }, PANE_WIDTH);
}
