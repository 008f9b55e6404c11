/**
 * The Worker under test: `wrangler dev` on the bench entry (worker-entry.ts) with its own local D1 under
 * `.wrangler/bench` (migrations applied by wrangler itself), and the workerd process's memory from /proc.
 */
import { type ChildProcess, execSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import WebSocket from 'ws';

/**
 * Writes the snapshot the Worker runs from; returns the commit. `BENCH_COMMIT=<rev>` measures another
 * commit's Worker with this client (for a before/after on one machine state).
 */
export function snapshot(): string {
  const rev = process.env.BENCH_COMMIT || 'HEAD';
  mkdirSync(join(TREE, 'scripts', 'bench'), { recursive: true });
  mkdirSync(join(TREE, 'addin', 'dist'), { recursive: true });
  execSync(
    `git archive ${rev} worker shared addin/src wrangler.toml package.json | tar -x -C ${JSON.stringify(TREE)}`,
  );
  copyFileSync('scripts/bench/worker-entry.ts', join(TREE, 'scripts', 'bench', 'worker-entry.ts'));
  if (!existsSync(join(TREE, 'node_modules')))
    symlinkSync(resolve('node_modules'), join(TREE, 'node_modules'));
  return execSync(`git rev-parse --short ${rev}`).toString().trim();
}

export const PERSIST = resolve(process.env.BENCH_PERSIST || '.wrangler/bench');
/**
 * The Worker runs from a snapshot of the committed tree (git HEAD: worker/, shared/, wrangler.toml) plus the
 * bench entry, so edits made in the working tree during a run neither reload it nor get measured half-done.
 */
export const TREE = join(PERSIST, 'tree');
const WRANGLER = 'node_modules/wrangler/bin/wrangler.js';
const env = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  WRANGLER_LOG: 'error',
  CI: 'true',
};

function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) =>
    spawn(process.execPath, [WRANGLER, ...args], {
      cwd: TREE,
      stdio: ['ignore', 'ignore', 'inherit'],
      env,
    }).on('exit', (c) => (c === 0 ? resolve() : reject(new Error(`wrangler ${args.join(' ')} → ${c}`)))),
  );
}

export async function migrate(): Promise<void> {
  await run(['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', PERSIST]);
}

/** The SQLite file behind the local D1 binding. */
export function d1File(): string {
  const dir = join(PERSIST, 'v3', 'd1', 'miniflare-D1DatabaseObject');
  const file = readdirSync(dir).find((f) => f.endsWith('.sqlite') && f !== 'metadata.sqlite');
  if (!file) throw new Error(`no D1 database in ${dir}`);
  return join(dir, file);
}

export interface Server {
  base: string;
  child: ChildProcess;
  stop(): Promise<void>;
  /** The workerd process(es) under wrangler: pids. */
  workerd(): number[];
  /** Whether wrangler's devtools relay was detached (see `detachDevtools`). */
  detached: boolean;
}

let starts = 0;

/**
 * `relay: false` (the default; `BENCH_DEVTOOLS=1` keeps it) detaches wrangler's devtools relay once the
 * Worker answers: see `detachDevtools`.
 */
export async function start(
  port: number,
  admin: string,
  { relay = process.env.BENCH_DEVTOOLS === '1' } = {},
): Promise<Server> {
  // A distinct inspector port per start: the previous runtime may still hold its own for a moment.
  const inspector = port + 1 + (starts++ % 50);
  const child = spawn(
    process.execPath,
    [
      WRANGLER,
      'dev',
      'scripts/bench/worker-entry.ts',
      '--port',
      String(port),
      '--ip',
      '127.0.0.1',
      '--persist-to',
      PERSIST,
      '--show-interactive-dev-session=false',
      '--inspector-port',
      String(inspector),
      '--live-reload=false',
      '--log-level',
      'error',
      '--var',
      `ADMIN_TOKEN:${admin}`,
      // The ministry's plan (20,000 units) is larger than the ordinary 1 MB body limit.
      '--var',
      'BODY_LIMIT:16777216',
    ],
    { cwd: TREE, stdio: ['ignore', 'ignore', 'inherit'], env },
  );
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited (${child.exitCode})`);
    try {
      if ((await fetch(`${base}/api/v1/health`)).ok) break;
    } catch {}
    if (i > 600) throw new Error('wrangler dev did not answer in 150 s');
    await new Promise((r) => setTimeout(r, 250));
  }
  const workerd = () => descendants(child.pid!).filter((p) => comm(p) === 'workerd');
  const held = relay ? null : await detachDevtools(workerd(), port);
  return {
    base,
    child,
    workerd,
    detached: held !== null,
    async stop() {
      held?.close();
      const runtimes = descendants(child.pid!).filter((p) => comm(p) === 'workerd');
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGINT');
        setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 8000).unref();
      });
      // Wait for the runtimes to go too (they hold the D1 file and their ports).
      for (let i = 0; i < 80 && runtimes.some((p) => existsSync(`/proc/${p}`)); i++)
        await new Promise((r) => setTimeout(r, 100));
    },
  };
}

/**
 * wrangler dev's InspectorProxyWorker (in its proxy workerd) holds the Worker isolate's inspector session
 * with `Network.enable` and, for every message the runtime sends on it — Network events for each D1 call
 * included — POSTs a debug-log copy to wrangler's Node process, and buffers the message while no DevTools
 * is attached. In a rush that costs ~15 ms of CPU per submit on the 2 cores (wrangler's Node ~9 ms, the proxy
 * ~6 ms: docs/benchmarks.md, "Where a submit's time goes"), more than the runtime itself; a health request
 * makes no D1 call and is not affected. A deployed Worker has no such relay. workerd allows one session per
 * isolate: opening ours on the runtime's own inspector ends wrangler's (the first attempt is closed as well,
 * the next one holds). Returns the held connection, or null when it could not be taken.
 */
export async function detachDevtools(pids: number[], port: number): Promise<WebSocket | null> {
  const port0 = await runtimeInspector(pids, port);
  if (port0 === null) return null;
  for (let attempt = 0; attempt < 4; attempt++) {
    const ws = new WebSocket(`ws://127.0.0.1:${port0}/${await userTarget(port0)}`);
    const ok = await new Promise<boolean>((done) => {
      ws.once('error', () => done(false));
      ws.once('close', () => done(false));
      ws.once('open', () => {
        ws.send(JSON.stringify({ id: 1, method: 'Runtime.getIsolateId' }));
        // Still open a second later: the session is ours.
        setTimeout(() => done(ws.readyState === WebSocket.OPEN), 1000);
      });
    });
    if (ok) return ws;
    ws.close();
  }
  return null;
}

/** The runtime workerd's own inspector port (wrangler picks it at random): the one whose /json lists the Worker. */
export async function runtimeInspector(pids: number[], port: number): Promise<number | null> {
  const lines = execSync('ss -ltnpH').toString().split('\n');
  const proxy = lines.find((l) => l.includes(`127.0.0.1:${port} `))?.match(/pid=(\d+),/)?.[1];
  for (const pid of pids.filter((p) => String(p) !== proxy))
    for (const l of lines.filter((x) => x.includes(`pid=${pid},`))) {
      const p = Number(/127\.0\.0\.1:(\d+) /.exec(l)?.[1]);
      try {
        const r = await fetch(`http://127.0.0.1:${p}/json`, { signal: AbortSignal.timeout(2000) });
        if ((await r.text()).includes('core:user:')) return p;
      } catch {}
    }
  return null;
}

async function userTarget(port: number): Promise<string> {
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json`)).json()) as { id: string }[];
  return targets.find((t) => t.id.startsWith('core:user:'))?.id ?? '';
}

const comm = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
};

/** Every process under `root` (pids). */
export function descendants(root: number): number[] {
  const parent = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parent.set(Number(d), ppid);
    } catch {}
  }
  const out: number[] = [];
  for (const pid of parent.keys()) {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p))
      if (p === root) {
        out.push(pid);
        break;
      }
  }
  return out;
}

/** VmRSS and VmHWM (peak) of a process in MiB, from /proc/<pid>/status. */
export function memory(pid: number): { rss: number; peak: number } {
  const status = existsSync(`/proc/${pid}/status`) ? readFileSync(`/proc/${pid}/status`, 'utf8') : '';
  const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}
