// `npm run bench`: bundles scripts/bench/main.ts (TypeScript, with the Worker's and the add-in's modules it
// measures) for Node with esbuild, then runs it. better-sqlite3 stays external (native).
// `node scripts/bench/run.mjs profile` (or `npm run bench -- profile`) bundles and runs profile.ts instead:
// the CPU split and the Worker's V8 profile during a rush, in its own .wrangler/bench-profile.
// `npm run bench -- people` runs people.ts: the quota pass with staff lists and the register (issue 14), in
// .wrangler/bench-people.
import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const entry = ['profile', 'people'].includes(process.argv[2]) ? process.argv[2] : 'main';
if (entry === 'profile') process.env.BENCH_PERSIST ??= '.wrangler/bench-profile';
if (entry === 'people') process.env.BENCH_PERSIST ??= '.wrangler/bench-people';
const out = `node_modules/.cache/bench/${entry}.mjs`;
mkdirSync('node_modules/.cache/bench', { recursive: true });
await build({
  entryPoints: [`scripts/bench/${entry}.ts`],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: out,
  external: ['better-sqlite3', 'ws'],
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
await import(pathToFileURL(out).href);
