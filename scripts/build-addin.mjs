// Builds the add-in's static assets twice over (decision 0020):
// - addin/dist, production: what the Worker serves at its own origin (wrangler.toml [assets]) and deploys —
//   the task pane bundled by esbuild (minified, its source map beside it), its HTML and CSS, the ribbon's
//   function file, the icons drawn as PNGs, the _headers that let Office frame the pages, and a manifest
//   copy for https://localhost:8787 for sideloading (the Worker renders it per origin, GET /manifest.xml).
//   No preview code: the build fails when any reaches the pane's bundle.
// - addin/dist-dev, development: the same files and the preview host (/preview: the pane beside an
//   in-browser workbook, no Office.js), built apart; `npm start` and the browser tests serve it
//   (`wrangler dev --assets addin/dist-dev`).
// `--report` also prints what fills the pane's bundle.
import { copyFile, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { iconPng } from '../addin/build/icons.mjs';
import { BROWSER, bundleReport, PANE_ENTRY, PREVIEW_ENTRY, previewInputs } from './build/bundles.mjs';
import { headers, previewPage } from './build/pages.mjs';

const out = 'addin/dist';
const dev = 'addin/dist-dev';
await Promise.all([out, dev].map((dir) => rm(dir, { recursive: true, force: true })));
await mkdir(`${out}/assets`, { recursive: true });

const pane = await build({ ...BROWSER, entryPoints: { taskpane: PANE_ENTRY }, outdir: out });
const leaked = previewInputs(pane.metafile);
if (leaked.length) throw new Error(`the task pane's bundle holds preview code: ${leaked.join(', ')}`);

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

for (const file of ['taskpane.html', 'taskpane.css', 'commands.html', 'commands.js', 'index.html']) {
  await copyFile(`addin/src/taskpane/${file}`, `${out}/${file}`);
}
for (const size of [16, 32, 64, 80]) await writeFile(`${out}/assets/icon-${size}.png`, iconPng(size));
await writeFile(`${out}/_headers`, headers());

// Development: the production files, then the preview host beside them.
await cp(out, dev, { recursive: true });
await build({ ...BROWSER, entryPoints: { preview: PREVIEW_ENTRY }, outdir: dev });
await copyFile('addin/src/preview/preview.css', `${dev}/preview.css`);
await writeFile(
  `${dev}/preview.html`,
  previewPage(
    await readFile('addin/src/preview/preview.html', 'utf8'),
    await readFile('addin/src/taskpane/taskpane.html', 'utf8'),
  ),
);

const report = bundleReport(pane.metafile, `${out}/taskpane.js`, await readFile(`${out}/taskpane.js`));
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(
  `add-in built into ${out} (taskpane.js ${kb(report.minified)}, ${kb(report.gzipped)} gzipped) and ${dev} (with /preview)`,
);
if (process.argv.includes('--report')) {
  for (const [title, rows] of [
    ['by package or folder', report.origins],
    ['by file', report.files],
  ]) {
    console.log(`\nlargest inputs of taskpane.js, ${title}:`);
    for (const r of rows) console.log(`  ${kb(r.bytes).padStart(10)}  ${r.path}`);
  }
}
