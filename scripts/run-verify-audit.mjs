#!/usr/bin/env node
/**
 * `node scripts/run-verify-audit.mjs [--local | --remote [wrangler options] | --sqlite FILE | --dump FILE | --json FILE]`: bundles
 * scripts/verify-audit.ts (and shared/) with esbuild, as scripts/start.mjs does for the demo seeder, and runs
 * it with Node's file access, better-sqlite3 and wrangler. Exits 1 when a chain is broken.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { build } from 'esbuild';

const out = await build({
  entryPoints: ['scripts/verify-audit.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'warning',
});
const { main } = await import(
  `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`
);

const code = await main(process.argv.slice(2), {
  openSqlite: (file) => {
    const db = new Database(file, { readonly: file !== ':memory:' });
    return { query: (sql) => db.prepare(sql).all(), exec: (sql) => db.exec(sql) };
  },
  readText: (file) => readFileSync(file, 'utf8'),
  wrangler: (where, sql, options) =>
    execFileSync('npx', ['wrangler', 'd1', 'execute', 'DB', where, ...options, '--json', '--command', sql], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  print: (line) => console.log(line),
});
process.exit(code);
