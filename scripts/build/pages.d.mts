/** Types of pages.mjs (the pages the add-in build writes), for the TypeScript test that imports it. */
export function previewPage(template: string, taskpane: string): string;
export function headers(): string;
