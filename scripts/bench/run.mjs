// `npm run bench`: bundles scripts/bench/main.ts (TypeScript, with the Worker's and the add-in's modules it
// measures) for Node with esbuild, then runs it. better-sqlite3 stays external (native).
import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const out = 'node_modules/.cache/bench/main.mjs';
mkdirSync('node_modules/.cache/bench', { recursive: true });
await build({
  entryPoints: ['scripts/bench/main.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: out,
  external: ['better-sqlite3'],
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
await import(pathToFileURL(out).href);
