/**
 * `node scripts/bench/run.mjs profile`: where a submit's time goes. Starts the bench Worker under
 * `wrangler dev` (its own local D1 in .wrangler/bench-profile), posts the province's plan and one token per
 * unit, warms the sheet route up, then runs two rushes of the province's remaining units in bursts of 50–200:
 *
 * - rush A, unprofiled: the CPU time of every process on the machine during it — this client
 *   (`process.cpuUsage`), wrangler's Node process, each workerd process and its threads (`/proc/<pid>/stat`,
 *   `/proc/<pid>/task/<tid>/stat`), and the whole machine (`/proc/stat`) — per sheet;
 * - the trivial-request ceiling (`GET /api/v1/health`) in the same bursts, with the same split;
 * - rush B, with V8's sampling profiler on in the Worker's isolate (Chrome DevTools Protocol over the
 *   inspector wrangler exposes, `Profiler.start`/`stop`): self time by function and by module. Modules are
 *   told apart by the `// path` comments esbuild writes at each module's start in wrangler's bundle.
 *
 * Prints the tables and writes raw figures to .wrangler/bench-profile/profile.json. Not part of npm test.
 */
import { execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { entriesOf, membersOf, PROVINCE, planOf } from './data';
import { burstPlan, bursts, call, must, pool } from './http';
import { descendants, migrate, PERSIST, type Server, snapshot, start, TREE } from './server';

const PORT = Number(process.env.BENCH_PORT || 8897);
const ADMIN = randomBytes(24).toString('base64url');
const WARM = 100;
const say = (s = '') => process.stdout.write(`${s}\n`);
const TICK = 100; // USER_HZ: /proc times are in 1/100 s

const seats = membersOf(PROVINCE).flatMap(({ group, units }) => units.map((unit) => ({ group, unit })));
const sheetPath = (group: string, unit: string) =>
  `/api/v1/campaigns/${PROVINCE.campaign}/groups/${group}/units/${unit}/sheet`;

// ---- CPU accounting from /proc ------------------------------------------------------------------

function ticks(path: string): { name: string; cpu: number } | null {
  try {
    const s = readFileSync(path, 'utf8');
    const name = s.slice(s.indexOf('(') + 1, s.lastIndexOf(')'));
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    // fields after the comm: state(0) ppid(1) … utime(11) stime(12)
    return { name, cpu: Number(f[11]) + Number(f[12]) };
  } catch {
    return null;
  }
}

function machine(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const v = line.trim().split(/\s+/).slice(1).map(Number);
  const idle = v[3]! + v[4]!;
  const total = v.slice(0, 8).reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

interface Snap {
  at: number;
  client: NodeJS.CpuUsage;
  machine: { busy: number; total: number };
  procs: Map<number, { name: string; cpu: number; threads: Map<number, { name: string; cpu: number }> }>;
}

function snap(pids: number[]): Snap {
  const procs: Snap['procs'] = new Map();
  for (const pid of pids) {
    const p = ticks(`/proc/${pid}/stat`);
    if (!p) continue;
    const threads = new Map<number, { name: string; cpu: number }>();
    try {
      for (const t of execSync(`ls /proc/${pid}/task`).toString().split(/\s+/).filter(Boolean)) {
        const x = ticks(`/proc/${pid}/task/${t}/stat`);
        if (x) threads.set(Number(t), x);
      }
    } catch {}
    procs.set(pid, { ...p, threads });
  }
  return { at: performance.now(), client: process.cpuUsage(), machine: machine(), procs };
}

/** CPU seconds between two snapshots, per process (labelled) and per thread name. */
function split(a: Snap, b: Snap, labels: Map<number, string>) {
  const wall = (b.at - a.at) / 1000;
  const du = process.cpuUsage(a.client);
  const out: Record<string, number> = {
    'bench client (this Node process)': (du.user + du.system) / 1e6,
  };
  const threads: Record<string, Record<string, number>> = {};
  for (const [pid, p] of b.procs) {
    const before = a.procs.get(pid);
    if (!before) continue;
    const label = labels.get(pid) ?? `${p.name} ${pid}`;
    out[label] = (p.cpu - before.cpu) / TICK;
    const byName: Record<string, number> = {};
    for (const [tid, t] of p.threads) {
      const d = (t.cpu - (before.threads.get(tid)?.cpu ?? 0)) / TICK;
      if (d > 0) byName[t.name] = (byName[t.name] ?? 0) + d;
    }
    threads[label] = byName;
  }
  const busy = (b.machine.busy - a.machine.busy) / TICK;
  const capacity = (b.machine.total - a.machine.total) / TICK;
  const named = Object.values(out).reduce((x, y) => x + y, 0);
  out['everything else on the machine'] = Math.max(0, busy - named);
  return { wall, busy, capacity, cpu: out, threads };
}

// ---- Processes: which workerd is wrangler's proxy ----------------------------------------------

function label(srv: Server): Map<number, string> {
  const labels = new Map<number, string>([[srv.child.pid!, 'wrangler (Node: launcher)']]);
  const listeners = execSync('ss -ltnpH').toString();
  for (const pid of descendants(srv.child.pid!)) {
    const comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
    if (comm === 'workerd') {
      const proxy = listeners
        .split('\n')
        .some((l) => l.includes(`127.0.0.1:${PORT} `) && l.includes(`pid=${pid},`));
      labels.set(
        pid,
        proxy ? "workerd: wrangler's proxy (ProxyWorker)" : 'workerd: runtime (the Worker + local D1)',
      );
    } else labels.set(pid, comm === 'node' ? 'wrangler (Node: dev server)' : `wrangler's ${comm}`);
  }
  return labels;
}

/** The runtime workerd's own inspector (wrangler starts it on a random port): the port whose /json lists the Worker. */
async function runtimeInspector(labels: Map<number, string>): Promise<number> {
  const runtime = [...labels].find(([, l]) => l.startsWith('workerd: runtime'))?.[0];
  const ports = execSync('ss -ltnpH')
    .toString()
    .split('\n')
    .filter((l) => l.includes(`pid=${runtime},`))
    .map((l) => Number(/127\.0\.0\.1:(\d+) /.exec(l)?.[1]));
  for (const port of ports) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/json`, { signal: AbortSignal.timeout(2000) });
      if ((await r.text()).includes('core:user:')) return port;
    } catch {}
  }
  throw new Error(`no inspector among the runtime's ports ${ports.join(', ')}`);
}

// ---- The V8 profiler over the inspector -----------------------------------------------------------

interface CallFrame {
  functionName: string;
  scriptId: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

class Inspector {
  private seq = 0;
  private waiting = new Map<number, (r: { result?: unknown; error?: unknown }) => void>();
  readonly scripts = new Map<string, string>();
  private constructor(private ws: WebSocket) {
    ws.on('message', (data) => {
      const m = JSON.parse(String(data));
      if (m.id !== undefined) this.waiting.get(m.id)?.(m);
      else if (m.method === 'Debugger.scriptParsed') this.scripts.set(m.params.scriptId, m.params.url);
    });
    ws.on('close', () => {
      for (const f of this.waiting.values()) f({ error: 'inspector connection closed' });
    });
  }
  static async open(port: number, id: (id: string) => boolean): Promise<Inspector> {
    const targets = (await (await fetch(`http://127.0.0.1:${port}/json`)).json()) as {
      id: string;
      webSocketDebuggerUrl: string;
    }[];
    const target = targets.find((t) => id(t.id));
    if (!target) throw new Error(`no inspector target on ${port}: ${JSON.stringify(targets)}`);
    const ws = new WebSocket(target.webSocketDebuggerUrl, { maxPayload: 1 << 30 });
    await new Promise<void>((resolve, reject) => ws.once('open', () => resolve()).once('error', reject));
    return new Inspector(ws);
  }
  send<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = ++this.seq;
    this.ws.send(JSON.stringify({ id, method, params }));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.waiting.get(id)?.({ error: 'no answer in 120 s' }), 120_000);
      this.waiting.set(id, (m) => {
        clearTimeout(timer);
        this.waiting.delete(id);
        if (m.error) reject(new Error(`${method}: ${JSON.stringify(m.error)}`));
        else resolve(m.result as T);
      });
    });
  }
  close() {
    this.ws.close();
  }
}

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

function aggregate(profile: Profile) {
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

// ---- The run ------------------------------------------------------------------------------------

const pct = (x: number, of: number) => `${((100 * x) / of).toFixed(1)} %`;

async function main() {
  say(`› uptime: ${execSync('uptime').toString().trim()}`);
  const R: Record<string, unknown> = { loadBefore: loadavg(), startedAt: new Date().toISOString() };
  execSync(`rm -rf ${JSON.stringify(PERSIST)}`);
  R.commit = snapshot();
  await migrate();
  const srv = await start(PORT, ADMIN, { relay: true });
  current = srv;
  const labels = label(srv);
  say(`› Worker ${R.commit} on ${srv.base}; processes: ${JSON.stringify([...labels])}`);
  must(await call(srv.base, ADMIN, 'POST', '/api/v1/plans', planOf(PROVINCE)), 'POST /plans');
  const tokens = await pool(seats.length, 16, async (i) => {
    const r = must(
      await call(srv.base, ADMIN, 'POST', '/api/v1/tokens', {
        role: 'unit',
        unit: seats[i]!.unit,
        label: `Đơn vị thử tải ${seats[i]!.unit}`,
      }),
      'POST /tokens',
    );
    return JSON.parse(r.body).token as string;
  });
  const submit = (i: number) =>
    call(srv.base, tokens[i]!, 'PUT', sheetPath(seats[i]!.group, seats[i]!.unit), {
      revision: 0,
      entries: entriesOf(Number(seats[i]!.unit.slice(1))),
      submit: true,
    });
  for (let i = 0; i < WARM; i++) must(await submit(i), 'warm-up PUT');
  await bursts(burstPlan(400), () => call(srv.base, null, 'GET', '/api/v1/health'));
  const third = Math.floor((seats.length - WARM) / 3);
  const half = third; // rush A's units; rush C takes the next third, rush B the rest
  say(`› plan, ${seats.length} tokens, ${WARM} warm-up submits; rushes of ${third} units each`);

  // Rush A: the CPU split, no profiler.
  say(`› rush A (CPU split) [${new Date().toISOString()}]`);
  const a0 = snap([...labels.keys()]);
  const rushA = await bursts(burstPlan(half), (i) => submit(WARM + i));
  const a1 = snap([...labels.keys()]);
  const cpuRush = split(a0, a1, labels);

  // The ceiling in the same bursts, same split.
  const h0 = snap([...labels.keys()]);
  const ceiling = await bursts(burstPlan(half), () => call(srv.base, null, 'GET', '/api/v1/health'));
  const h1 = snap([...labels.keys()]);
  const cpuHealth = split(h0, h1, labels);

  // Rush B: profiled, in every isolate of the runtime that a submit goes through: miniflare's entry worker
  // (routes the request in), the Worker, the D1 binding's wrapper and the D1 Durable Object.
  say(`› ceiling done; rush B (profiled) [${new Date().toISOString()}]`);
  const port = await runtimeInspector(labels);
  const targets: [string, (id: string) => boolean][] = [
    ['the Worker (core:user)', (id) => id.startsWith('core:user:')],
    ["miniflare's entry worker (core:entry)", (id) => id === 'core:entry'],
    ['D1 binding wrapper (d1:db)', (id) => id === 'd1:db'],
    ['D1 Durable Object (d1:db:<id>)', (id) => id.startsWith('d1:db:')],
  ];
  const open: [string, Inspector][] = [];
  for (const [name, id] of targets) {
    // One inspector session per isolate: the Worker's is held by wrangler's InspectorProxyWorker, and the
    // first attempt only ends that one (workerd closes both); the next gets the isolate. No Debugger domain:
    // the bundle's source is read from the file its callFrames name.
    let ins: Inspector | null = null;
    for (let attempt = 1; !ins && attempt <= 4; attempt++) {
      ins = await Inspector.open(port, id)
        .then(async (x) => {
          await x.send('Profiler.enable');
          await x.send('Profiler.setSamplingInterval', { interval: 250 });
          return x;
        })
        .catch((e: Error) => {
          say(`  (${name}, attempt ${attempt}: ${e.message.slice(0, 120)})`);
          return null;
        });
      if (!ins) await new Promise((r) => setTimeout(r, 1000));
    }
    if (ins) open.push([name, ins]);
  }

  // Rush C: as rush A, but with wrangler's inspector session gone (ours are attached, not profiling).
  const c0 = snap([...labels.keys()]);
  const rushC = await bursts(burstPlan(third), (i) => submit(WARM + third + i));
  const c1 = snap([...labels.keys()]);
  const cpuC = split(c0, c1, labels);
  const hc0 = snap([...labels.keys()]);
  const ceilingC = await bursts(burstPlan(third), () => call(srv.base, null, 'GET', '/api/v1/health'));
  const hc1 = snap([...labels.keys()]);
  const cpuHealthC = split(hc0, hc1, labels);
  say(`› rush C done [${new Date().toISOString()}]`);

  const b0 = snap([...labels.keys()]);
  for (const [, ins] of open) await ins.send('Profiler.start');
  const rushB = await bursts(burstPlan(seats.length - WARM - 2 * third), (i) => submit(WARM + 2 * third + i));
  const profiles: [string, Inspector, Profile][] = [];
  for (const [name, ins] of open) {
    const r = await ins.send<{ profile: Profile }>('Profiler.stop').catch((e: Error) => {
      say(`  (profile of ${name} lost: ${e.message.slice(0, 120)})`);
      return null;
    });
    if (r) profiles.push([name, ins, r.profile]);
  }
  const b1 = snap([...labels.keys()]);
  say(`› profiles taken [${new Date().toISOString()}]`);
  const cpuProfiled = split(b0, b1, labels);

  const table = (title: string, c: ReturnType<typeof split>, n: number, rate: number) => {
    say(
      `\n${title}: ${n} requests in ${c.wall.toFixed(2)} s = ${rate.toFixed(0)}/s; machine busy ${c.busy.toFixed(2)} of ${c.capacity.toFixed(2)} CPU-s`,
    );
    say('| process | CPU s | share of busy | per request |');
    say('| --- | --- | --- | --- |');
    for (const [k, v] of Object.entries(c.cpu))
      say(`| ${k} | ${v.toFixed(2)} | ${pct(v, c.busy)} | ${((1000 * v) / n).toFixed(2)} ms |`);
    say(`| all | ${c.busy.toFixed(2)} | 100 % | ${((1000 * c.busy) / n).toFixed(2)} ms |`);
    for (const [k, t] of Object.entries(c.threads)) {
      const top = Object.entries(t)
        .sort((x, y) => y[1] - x[1])
        .slice(0, 6)
        .map(([name, v]) => `${name} ${v.toFixed(2)} s`);
      say(`  threads of ${k}: ${top.join(', ')}`);
    }
  };
  table('Rush A (unprofiled)', cpuRush, rushA.requests, rushA.perSecond);
  say(
    `  errors ${rushA.errors} ${JSON.stringify(rushA.statuses)}, retries ${rushA.retries}, p50/p95 ${rushA.p50.toFixed(0)}/${rushA.p95.toFixed(0)} ms`,
  );
  table('Ceiling (GET /api/v1/health, same bursts)', cpuHealth, ceiling.requests, ceiling.perSecond);
  table("Rush C (wrangler's inspector session ended, unprofiled)", cpuC, rushC.requests, rushC.perSecond);
  say(
    `  errors ${rushC.errors} ${JSON.stringify(rushC.statuses)}, retries ${rushC.retries}, p50/p95 ${rushC.p50.toFixed(0)}/${rushC.p95.toFixed(0)} ms`,
  );
  table("Ceiling C (wrangler's inspector session ended)", cpuHealthC, ceilingC.requests, ceilingC.perSecond);
  table('Rush B (profiled, sampling every 250 µs)', cpuProfiled, rushB.requests, rushB.perSecond);
  say(`  errors ${rushB.errors} ${JSON.stringify(rushB.statuses)}, retries ${rushB.retries}`);

  const n = rushB.requests;
  const isolates: Record<string, unknown> = {};
  for (const [name, ins, profile] of profiles) {
    const agg = aggregate(profile);
    ins.close();
    const wallUs = profile.endTime - profile.startTime || 1;
    const busy = agg.total - (agg.byArea.get('idle (waiting for I/O)') ?? 0);
    say(
      `\n${name}: self time by area (profile of ${(wallUs / 1e6).toFixed(2)} s, ${profile.samples.length} samples, busy ${(busy / 1000).toFixed(0)} ms = ${(busy / 1000 / n).toFixed(2)} ms a sheet)`,
    );
    say('| area | ms | share of busy | per sheet |');
    say('| --- | --- | --- | --- |');
    const areas = [...agg.byArea].sort((x, y) => y[1] - x[1]);
    for (const [k, us] of areas)
      say(`| ${k} | ${(us / 1000).toFixed(0)} | ${pct(us, busy)} | ${(us / 1000 / n).toFixed(3)} ms |`);
    say('Top files:');
    for (const [k, us] of [...agg.byFile].sort((x, y) => y[1] - x[1]).slice(0, 20))
      say(`  ${(us / 1000).toFixed(0).padStart(6)} ms ${pct(us, busy).padStart(7)}  ${k}`);
    say('Top functions (self time):');
    say('| function | where | ms | share of busy | per sheet |');
    say('| --- | --- | --- | --- | --- |');
    const fns = [...agg.byFn.values()].sort((x, y) => y.us - x.us);
    for (const f of fns.slice(0, name.startsWith('the Worker') ? 40 : 12))
      say(
        `| ${f.fn} | ${f.file} | ${(f.us / 1000).toFixed(0)} | ${pct(f.us, busy)} | ${(f.us / 1000 / n).toFixed(3)} ms |`,
      );
    isolates[name] = {
      seconds: wallUs / 1e6,
      samples: profile.samples.length,
      busyMs: busy / 1000,
      areas: Object.fromEntries(areas.map(([k, us]) => [k, us / 1000])),
      files: Object.fromEntries(
        [...agg.byFile]
          .sort((x, y) => y[1] - x[1])
          .slice(0, 40)
          .map(([k, us]) => [k, us / 1000]),
      ),
      functions: fns.slice(0, 80).map((f) => ({ ...f, ms: f.us / 1000 })),
    };
    if (name.startsWith('the Worker')) writeFileSync(`${PERSIST}/worker.cpuprofile`, JSON.stringify(profile));
  }

  Object.assign(R, {
    loadAfter: loadavg(),
    rushA: { ...rushA, replies: undefined, cpu: cpuRush },
    ceiling: { ...ceiling, replies: undefined, cpu: cpuHealth },
    rushB: { ...rushB, replies: undefined, cpu: cpuProfiled },
    rushC: { ...rushC, replies: undefined, cpu: cpuC },
    ceilingC: { ...ceilingC, replies: undefined, cpu: cpuHealthC },
    isolates,
  });
  writeFileSync(`${PERSIST}/profile.json`, JSON.stringify(R, null, 1));
  say(
    `\n› load before/after ${(R.loadBefore as number[])[0]!.toFixed(2)} / ${loadavg()[0]!.toFixed(2)}; raw: ${PERSIST}/profile.json, worker.cpuprofile`,
  );
  await srv.stop();
}

let current: Server | null = null;
main().catch(async (e) => {
  console.error(e);
  await current?.stop();
  process.exit(1);
});
