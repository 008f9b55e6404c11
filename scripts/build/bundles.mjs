// The browser bundles of the add-in and what is in them. The production pane (addin/dist) is minified with
// its source map beside it and holds no preview code; the preview host's bundle is built apart, for the
// development assets (addin/dist-dev) only. Shared by scripts/build-addin.mjs and its test.
import { gzipSync } from 'node:zlib';

export const PANE_ENTRY = 'addin/src/taskpane/main.ts';
export const PREVIEW_ENTRY = 'addin/src/preview/main.ts';

/** esbuild options of every browser bundle: one IIFE per page, minified, a source map beside it. */
export const BROWSER = {
  bundle: true,
  format: 'iife',
  target: ['es2020'],
  minify: true,
  sourcemap: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
};

/** Code that only the preview host needs: its folder and its words. */
export const isPreviewInput = (path) =>
  path.startsWith('addin/src/preview/') || path === 'addin/src/messages/preview.ts';

/** The preview host's inputs found in a bundle's metafile (none may be in the pane's). */
export const previewInputs = (metafile) => Object.keys(metafile.inputs).filter(isPreviewInput);

/** What a source file counts under: its npm package, or its folder of the project (addin/src/taskpane). */
export function origin(path) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return pkg[1];
  return path
    .split('/')
    .slice(0, path.startsWith('addin/src/') ? 3 : 1)
    .join('/');
}

/**
 * The bytes of one output of a metafile: minified, gzipped (level 9 as a CDN would), and the largest
 * contributors (by bytes in the minified output), per file and per package or folder.
 * @param {import('esbuild').Metafile} metafile
 * @param {string} output the output's path, e.g. addin/dist/taskpane.js
 * @param {Uint8Array} bytes the output's content
 */
export function bundleReport(metafile, output, bytes, top = 12) {
  const inputs = Object.entries(metafile.outputs[output]?.inputs ?? {}).map(([path, i]) => ({
    path,
    bytes: i.bytesInOutput,
  }));
  const byOrigin = new Map();
  for (const i of inputs) byOrigin.set(origin(i.path), (byOrigin.get(origin(i.path)) ?? 0) + i.bytes);
  const largest = (list) => list.sort((a, b) => b.bytes - a.bytes).slice(0, top);
  return {
    output,
    minified: bytes.length,
    gzipped: gzipSync(bytes, { level: 9 }).length,
    files: largest(inputs),
    origins: largest([...byOrigin].map(([path, n]) => ({ path, bytes: n }))),
  };
}
