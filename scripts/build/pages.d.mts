/** Types of pages.mjs (the pages the add-in build writes), for the TypeScript test that imports it. */
export function previewPage(template: string, taskpane: string): string;
export function headers(): string;
export const FRAME_ANCESTORS: string[];
export const PANE_CSP: string;
