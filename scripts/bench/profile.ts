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
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { entriesOf, PROVINCE, planOf } from '../../shared/demo/bench';
import { burstPlan, bursts, call, must } from './http';
import { snap, split } from './profile/cpu';
import { Inspector, type Profile } from './profile/inspector';
import { label, runtimeInspector } from './profile/processes';
import { aggregate } from './profile/v8-profile';
import { issueTokens, seats as seatsOf, sheetPath, unitIndex } from './seats';
import { migrate, PERSIST, type Server, snapshot, start } from './server';

const PORT = Number(process.env.BENCH_PORT || 8897);
const ADMIN = randomBytes(24).toString('base64url');
const WARM = 100;
const say = (s = '') => process.stdout.write(`${s}\n`);
const seats = seatsOf(PROVINCE);

const pct = (x: number, of: number) => `${((100 * x) / of).toFixed(1)} %`;

async function main() {
  say(`› uptime: ${execSync('uptime').toString().trim()}`);
  const R: Record<string, unknown> = { loadBefore: loadavg(), startedAt: new Date().toISOString() };
  execSync(`rm -rf ${JSON.stringify(PERSIST)}`);
  R.commit = snapshot();
  await migrate();
  const srv = await start(PORT, ADMIN, { relay: true });
  current = srv;
  const labels = label(srv, PORT);
  say(`› Worker ${R.commit} on ${srv.base}; processes: ${JSON.stringify([...labels])}`);
  must(await call(srv.base, ADMIN, 'POST', '/api/v1/plans', planOf(PROVINCE)), 'POST /plans');
  const tokens = await issueTokens(
    srv.base,
    ADMIN,
    seats.map((x) => x.unit),
  );
  const submit = (i: number) =>
    call(srv.base, tokens[i]!, 'PUT', sheetPath(PROVINCE.campaign, seats[i]!.group, seats[i]!.unit), {
      revision: 0,
      entries: entriesOf(unitIndex(seats[i]!.unit)),
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
