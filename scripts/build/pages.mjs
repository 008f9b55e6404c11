// The pages of the add-in's static assets that the build writes rather than copies: the preview page (its
// template with the task pane's own markup put in) and the _headers file of Workers static assets.

const PANE = /<main id="app">[\s\S]*?<\/main>/;
const SLOT = /<!-- task pane:[\s\S]*?-->/;

/** The preview page: addin/src/preview/preview.html with taskpane.html's `<main id="app">` in its slot. */
export function previewPage(template, taskpane) {
  const pane = PANE.exec(taskpane);
  if (!pane) throw new Error('preview page: taskpane.html has no <main id="app">');
  if (!SLOT.test(template)) throw new Error('preview page: preview.html has no task pane slot');
  return template.replace(SLOT, () => pane[0].replace(/\n/g, '\n  '));
}

/**
 * Excel on the web frames the pane, so no X-Frame-Options, and a CSP whose frame-ancestors allows Office's
 * hosts only.
 */
export function headers() {
  const frameAncestors = [
    "'self'",
    'https://*.office.com',
    'https://*.office365.com',
    'https://*.officeapps.live.com',
    'https://*.microsoft.com',
    'https://*.sharepoint.com',
    'https://*.cloud.microsoft',
  ].join(' ');
  return `/*\n  Content-Security-Policy: frame-ancestors ${frameAncestors}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n`;
}
