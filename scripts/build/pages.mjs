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

/** Who may frame the pages: ourselves and Office's hosts (the Worker's own answers say the same). */
export const FRAME_ANCESTORS = [
  "'self'",
  'https://*.office.com',
  'https://*.office365.com',
  'https://*.officeapps.live.com',
  'https://*.microsoft.com',
  'https://*.sharepoint.com',
  'https://*.cloud.microsoft',
];

/**
 * The pages' Content-Security-Policy (decision 0029): scripts only the pane's own files and Office.js from
 * Microsoft's CDN (no inline script, no eval), requests only to its own origin, no plugins, no frames, no
 * form posting anywhere (the connect form is sent by script; without it the token must not end in a URL).
 * Inline styles stay allowed: Office.js sets some. The preview page (addin/dist-dev) loads only its own
 * files, so the same policy fits it.
 */
export const PANE_CSP = [
  "default-src 'none'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  `frame-ancestors ${FRAME_ANCESTORS.join(' ')}`,
].join('; ');

/**
 * The _headers of the static assets: Excel on the web frames the pane, so no X-Frame-Options; the CSP above
 * names Office's hosts in frame-ancestors instead.
 */
export function headers() {
  return `/*\n  Content-Security-Policy: ${PANE_CSP}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n`;
}
