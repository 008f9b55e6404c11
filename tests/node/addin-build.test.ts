/**
 * The add-in's two builds (decision 0020), read from what scripts/build-addin.mjs wrote (tests/node/global-setup.ts
 * ran it) and from esbuild's metafile of the same options: addin/dist, served and deployed, is the task pane
 * minified with its source map and no preview code; addin/dist-dev is the same files and the preview host.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import {
  BROWSER,
  bundleReport,
  isPreviewInput,
  PANE_ENTRY,
  PREVIEW_ENTRY,
  previewInputs,
} from '../../scripts/build/bundles.mjs';
import { previewPage } from '../../scripts/build/pages.mjs';

const PROD = 'addin/dist';
const DEV = 'addin/dist-dev';

/** Every file under a folder, relative to it, sorted. */
const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();

const bundle = (entry: string, name: string) =>
  build({ ...BROWSER, entryPoints: { [name]: entry }, outdir: PROD, write: false });

describe('the production pane: no preview code, minified, its source map beside it', () => {
  it("takes no input of the preview host, which the check finds in the preview's own bundle", async () => {
    const pane = await bundle(PANE_ENTRY, 'taskpane');
    const inputs = Object.keys(pane.metafile.inputs);
    expect(inputs).toContain('addin/src/taskpane/app.ts');
    expect(previewInputs(pane.metafile)).toEqual([]);
    expect(pane.outputFiles.map((f) => relative(PROD, f.path)).sort()).toEqual([
      'taskpane.js',
      'taskpane.js.map',
    ]);

    const preview = await bundle(PREVIEW_ENTRY, 'preview');
    expect(previewInputs(preview.metafile)).toEqual(
      expect.arrayContaining([
        'addin/src/preview/main.ts',
        'addin/src/preview/workbook.ts',
        'addin/src/messages/preview.ts',
      ]),
    );
  });

  it('serves only the pane, the ribbon file, icons, headers and the manifest copy', () => {
    expect(files(PROD)).toEqual([
      '_headers',
      'assets/icon-16.png',
      'assets/icon-32.png',
      'assets/icon-64.png',
      'assets/icon-80.png',
      'commands.html',
      'commands.js',
      'index.html',
      'manifest.localhost.xml',
      'taskpane.css',
      'taskpane.html',
      'taskpane.js',
      'taskpane.js.map',
    ]);
  });

  it('ships a minified bundle whose source map names no preview source', async () => {
    const js = readFileSync(`${PROD}/taskpane.js`, 'utf8');
    const plain = await build({
      ...BROWSER,
      entryPoints: [PANE_ENTRY],
      minify: false,
      sourcemap: false,
      write: false,
    });
    expect(plain.outputFiles[0]!.contents.length).toBeGreaterThan(1.5 * Buffer.byteLength(js));
    expect(js.trimEnd().endsWith('//# sourceMappingURL=taskpane.js.map')).toBe(true);
    expect(js).not.toContain('Sổ tính xem thử'); // the preview's heading (addin/src/messages/preview.ts)
    const map = JSON.parse(readFileSync(`${PROD}/taskpane.js.map`, 'utf8')) as { sources: string[] };
    // Sources are relative to the map: ../src/taskpane/main.ts.
    const sources = map.sources.map((s) => posix.join(PROD, s));
    expect(sources).toContain(PANE_ENTRY);
    expect(sources.filter(isPreviewInput)).toEqual([]);
  });
});

describe('the size of the production pane', () => {
  it('stays within its budget: 112 KiB gzipped (63 KiB when decision 0020 set it, 82 with the features of issues 12–16, 104 with issues 14–15; 126 KiB before)', () => {
    const gzipped = gzipSync(readFileSync(`${PROD}/taskpane.js`), { level: 9 }).length;
    expect(gzipped).toBeLessThan(112 * 1024);
  });
});

describe('the development assets: the production files and the preview host', () => {
  it('holds every production file unchanged, and the preview page, bundle, map and style', () => {
    const prod = files(PROD);
    expect(files(DEV)).toEqual(
      [...prod, 'preview.css', 'preview.html', 'preview.js', 'preview.js.map'].sort(),
    );
    for (const f of prod)
      expect(readFileSync(`${DEV}/${f}`).equals(readFileSync(`${PROD}/${f}`)), f).toBe(true);
  });

  it("puts the task pane's own markup beside the workbook, without Office.js", () => {
    const page = readFileSync(`${DEV}/preview.html`, 'utf8');
    const pane = /<main id="app">[\s\S]*?<\/main>/.exec(readFileSync(`${PROD}/taskpane.html`, 'utf8'))![0];
    const squeeze = (s: string) => s.replace(/\s+/g, ' ');
    expect(squeeze(page)).toContain(squeeze(pane));
    expect(page).toContain('id="preview-workbook"');
    expect(page).toContain('<script defer src="preview.js"></script>');
    expect(page).not.toContain('appsforoffice');
    expect(() => previewPage('<body></body>', pane)).toThrow(/slot/);
  });
});

describe('bundleReport', () => {
  it('sums bytes per package and per project folder, largest first, and gzips the output', () => {
    const metafile = {
      inputs: {},
      outputs: {
        'addin/dist/x.js': {
          bytes: 0,
          imports: [],
          exports: [],
          inputs: {
            'node_modules/zod/v4/core/schemas.js': { bytesInOutput: 300 },
            'node_modules/zod/v4/locales/vi.js': { bytesInOutput: 50 },
            'node_modules/@scope/pkg/index.js': { bytesInOutput: 10 },
            'addin/src/taskpane/app.ts': { bytesInOutput: 200 },
            'addin/src/taskpane/view.ts': { bytesInOutput: 100 },
            'shared/points.ts': { bytesInOutput: 20 },
          },
        },
      },
    };
    const bytes = new TextEncoder().encode('a'.repeat(1000));
    const r = bundleReport(metafile, 'addin/dist/x.js', bytes, 2);
    expect(r.minified).toBe(1000);
    expect(r.gzipped).toBeGreaterThan(0);
    expect(r.gzipped).toBeLessThan(100);
    expect(r.origins).toEqual([
      { path: 'zod', bytes: 350 },
      { path: 'addin/src/taskpane', bytes: 300 },
    ]);
    expect(r.files.map((f) => f.path)).toEqual([
      'node_modules/zod/v4/core/schemas.js',
      'addin/src/taskpane/app.ts',
    ]);
    expect(bundleReport(metafile, 'addin/dist/x.js', bytes).origins).toContainEqual({
      path: '@scope/pkg',
      bytes: 10,
    });
  });
});
