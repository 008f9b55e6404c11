// Builds the add-in's task pane into addin/dist, which the Worker serves as static assets at its own origin:
// the pane bundled by esbuild, its HTML and CSS, the ribbon's function file, the icons drawn as PNGs, and
// the headers that let Office frame the pages, and the preview page (/preview: the same pane beside an
// in-browser workbook, no Office.js). The manifest is rendered per origin by the Worker
// (GET /manifest.xml); a copy for https://localhost:8787 is written too, for sideloading during development.
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { iconPng } from '../addin/build/icons.mjs';

const out = 'addin/dist';
await rm(out, { recursive: true, force: true });
await mkdir(`${out}/assets`, { recursive: true });

await build({
  entryPoints: { taskpane: 'addin/src/taskpane/main.ts', preview: 'addin/src/preview/main.ts' },
  outdir: out,
  bundle: true,
  format: 'iife',
  target: ['es2020'],
  minify: true,
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
});

// The manifest module is pure TypeScript: bundle it for Node to render the development copy.
const manifest = await build({
  entryPoints: ['shared/manifest.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'warning',
});
const { renderManifest } = await import(
  `data:text/javascript;base64,${Buffer.from(manifest.outputFiles[0].text).toString('base64')}`
);
await writeFile(`${out}/manifest.localhost.xml`, renderManifest('https://localhost:8787'));

for (const file of ['taskpane.html', 'taskpane.css', 'commands.html']) {
  await copyFile(`addin/src/taskpane/${file}`, `${out}/${file}`);
}
await copyFile('addin/src/preview/preview.css', `${out}/preview.css`);
await writeFile(
  `${out}/preview.html`,
  previewPage(await readFile('addin/src/taskpane/taskpane.html', 'utf8')),
);
await writeFile(
  `${out}/index.html`,
  '<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=taskpane"><title>Thi đua</title>\n',
);
for (const size of [16, 32, 64, 80]) await writeFile(`${out}/assets/icon-${size}.png`, iconPng(size));

// Workers static assets read _headers: Excel on the web frames the pane, so no X-Frame-Options, and a CSP
// whose frame-ancestors allows Office's hosts only.
const frameAncestors = [
  "'self'",
  'https://*.office.com',
  'https://*.office365.com',
  'https://*.officeapps.live.com',
  'https://*.microsoft.com',
  'https://*.sharepoint.com',
  'https://*.cloud.microsoft',
].join(' ');
await writeFile(
  `${out}/_headers`,
  `/*\n  Content-Security-Policy: frame-ancestors ${frameAncestors}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n`,
);
console.log(`add-in built into ${out}`);

/** The preview page: the task pane's own markup without Office.js, beside the in-browser workbook's grid. */
function previewPage(html) {
  const swaps = [
    [/\s*<!--[^>]*Office\.js[^>]*-->\s*<script src="https:\/\/appsforoffice[^"]*"><\/script>/, ''],
    ['<title>Thi đua</title>', '<title>Thi đua — xem thử không cần Excel</title>'],
    [
      '<script defer src="taskpane.js"></script>',
      '<link rel="stylesheet" href="preview.css" />\n    <script defer src="preview.js"></script>',
    ],
    ['<main id="app">', '<div class="preview-layout">\n    <main id="app">'],
    [
      '</main>',
      '</main>\n    <section id="preview-workbook" aria-label="Sổ tính xem thử"></section>\n    </div>',
    ],
  ];
  for (const [from, to] of swaps) {
    const next = html.replace(from, to);
    if (next === html) throw new Error(`preview page: taskpane.html no longer has ${from}`);
    html = next;
  }
  return html;
}
