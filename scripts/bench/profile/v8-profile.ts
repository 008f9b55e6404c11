/**
 * A V8 CPU profile of the Worker's isolate, read: self time by function, by module (told apart by the
 * `// path` comments esbuild writes at each module's start in wrangler's bundle) and by area of the code.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PERSIST, TREE } from '../server';
import type { Profile } from './inspector';

/** Module starts in an esbuild bundle: `// path` comment lines at column 0, with their line numbers. */
function modules(source: string): { line: number; path: string }[] {
  const out: { line: number; path: string }[] = [];
  source.split('\n').forEach((l, i) => {
    const m = /^\/\/ ((?:\.\.\/)*[\w@.\-/]+\.(?:[cm]?[jt]s|json))$/.exec(l);
    if (m) out.push({ line: i, path: m[1]!.replace(/^(\.\.\/)+/, '') });
  });
  return out;
}

function moduleAt(mods: { line: number; path: string }[], line: number): string {
  let lo = 0;
  let hi = mods.length - 1;
  let best = '';
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (mods[mid]!.line <= line) {
      best = mods[mid]!.path;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** The file behind a callFrame's url: wrangler names its bundle bare (`worker-entry.js`), in its tmp dir. */
function bundleFile(url: string): string {
  if (url.startsWith('file://')) return fileURLToPath(url);
  if (url.startsWith('/')) return url;
  const tmp = join(TREE, '.wrangler', 'tmp');
  const dirs = readdirSync(tmp)
    .map((d) => join(tmp, d, url))
    .filter((f) => existsSync(f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (dirs[0]) copyFileSync(dirs[0], join(PERSIST, url));
  return dirs[0] ?? url;
}

function area(file: string, fn: string): string {
  if (fn === '(garbage collector)') return 'V8: garbage collector';
  if (fn === '(program)') return 'V8/workerd native, outside JS ("(program)")';
  if (fn === '(idle)') return 'idle (waiting for I/O)';
  if (file.includes('node_modules/hono')) return 'hono (routing, context, body, headers)';
  if (file.includes('node_modules/zod')) return 'zod (request validation)';
  if (file.startsWith('shared/')) return 'shared/ (scoring core, plan, points)';
  if (file.startsWith('worker/src/')) return 'worker/src (routes, services, db)';
  if (file.startsWith('scripts/bench')) return 'bench counter (worker-entry.ts)';
  if (/d1/i.test(file)) return 'D1 binding (workerd/miniflare JS shim)';
  if (file.startsWith('node_modules/')) return `other packages (${file.split('/')[1]})`;
  if (file.includes(':')) return `runtime built-ins (${file.split(':')[0]}:)`;
  return `other (${file || 'no script'})`;
}

export function aggregate(profile: Profile) {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const sources = new Map<string, { line: number; path: string }[]>();
  const byFn = new Map<string, { us: number; fn: string; file: string; area: string }>();
  const byArea = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const n of profile.nodes) {
    const us = self.get(n.id) ?? 0;
    if (!us) continue;
    const cf = n.callFrame;
    let file = cf.url;
    if (cf.scriptId && cf.scriptId !== '0' && !/^[\w-]+:/.test(cf.url)) {
      if (!sources.has(cf.scriptId)) {
        let src = '';
        try {
          src = readFileSync(bundleFile(cf.url), 'utf8');
        } catch {}
        sources.set(cf.scriptId, modules(src));
      }
      file = moduleAt(sources.get(cf.scriptId)!, cf.lineNumber) || cf.url;
    }
    const fn = cf.functionName || '(anonymous)';
    const a = area(file, fn);
    const key = `${fn} ${file}:${cf.lineNumber + 1}`;
    const e = byFn.get(key) ?? { us: 0, fn, file: `${file}:${cf.lineNumber + 1}`, area: a };
    e.us += us;
    byFn.set(key, e);
    byArea.set(a, (byArea.get(a) ?? 0) + us);
    byFile.set(file || fn, (byFile.get(file || fn) ?? 0) + us);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return { total, byFn, byArea, byFile };
}
