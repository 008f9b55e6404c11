/**
 * `npm run bench`: builds the synthetic campaigns in a local D1 behind `wrangler dev`, measures submits, the
 * deadline rush, rankings, consolidated sheets and quotas through HTTP, the same work on raw SQLite in this
 * process, the platform's ceiling and the add-in's syncs, then prints the tables and writes them into
 * docs/benchmarks.md (between the bench markers; the text around them is kept). Raw figures go to
 * .wrangler/bench/results.json.
 */
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { Plan } from '../../shared/contract/plan';
import { MINISTRY, PROVINCE, planOf, SECTOR } from '../../shared/demo/bench';
import { createStatements } from '../../worker/src/db/plans';
import { addinSide } from './addin';
import { baselines } from './baseline';
import { burstPlan, bursts, call, must, repeat } from './http';
import { report, writeIntoDoc } from './report';
import { tokensOf, unitIndex } from './seats';
import { d1File, migrate, PERSIST, type Server, snapshot, start, TREE } from './server';
import { copySheets, D1Shim, open, seedNominations, seedSheets } from './sqlite';
import { burstSummary, deadlineRush, sampleMemory, singleSubmits } from './submits';

const PORT = Number(process.env.BENCH_PORT || 8797);
const ADMIN = randomBytes(24).toString('base64url');
const QUOTA_SIZES = [1000, 10000, 100000];
const quotaCampaign = (n: number) => `BENCH-Q${n / 1000}K`;
const say = (s = '') => process.stdout.write(`${s}\n`);
const t00 = performance.now();
const elapsed = () => `${((performance.now() - t00) / 1000).toFixed(0)} s`;

// biome-ignore lint/suspicious/noExplicitAny: a bag of figures for results.json
const R: Record<string, any> = { startedAt: new Date().toISOString(), loadBefore: loadavg() };

async function main() {
  rmSync(PERSIST, { recursive: true, force: true });
  mkdirSync(PERSIST, { recursive: true });
  R.commit = snapshot();
  say(`› Worker snapshot of ${R.commit} in ${TREE}`);
  say(`› migrations → ${PERSIST}`);
  await migrate();
  let srv = await start(PORT, ADMIN);
  R.devtoolsDetached = srv.detached;
  current = srv;
  const api = (m: string, p: string, b?: unknown) => call(srv.base, ADMIN, m, p, b);
  say(`› wrangler dev on ${srv.base} (workerd ${srv.workerd().join(',')}) [${elapsed()}]`);

  // Plans through the public API (the ministry with BODY_LIMIT raised for the bench).
  R.plans = {};
  for (const s of [SECTOR, PROVINCE, MINISTRY]) {
    const plan = planOf(s);
    const r = await api('POST', '/api/v1/plans', plan);
    if (s !== MINISTRY) must(r, `POST /plans ${s.campaign}`);
    R.plans[s.campaign] = {
      ms: r.ms,
      status: r.status,
      bytes: Buffer.byteLength(JSON.stringify(plan)),
      trips: r.trips,
    };
    say(`› plan ${s.campaign}: ${s.units} units, HTTP ${r.status}, ${r.ms.toFixed(0)} ms`);
  }
  for (const n of QUOTA_SIZES)
    must(await api('POST', '/api/v1/plans', planOf(PROVINCE, quotaCampaign(n))), `POST /plans ${n}`);

  const sectorTokens = await tokensOf(srv.base, ADMIN, SECTOR);
  const provinceTokens = await tokensOf(srv.base, ADMIN, PROVINCE);
  say(`› ${sectorTokens.size + provinceTokens.size} unit tokens [${elapsed()}]`);

  // (1) One submit at a time, then the same sheet again (cached token, minimal reply).
  Object.assign(R, await singleSubmits(srv.base, sectorTokens));
  say(
    `› (1) submit p50 ${R.submit.p50.toFixed(1)} ms, p95 ${R.submit.p95.toFixed(1)} ms, ${R.submit.trips} D1 trips; again (cached token, minimal) p50 ${R.submitMinimal.p50.toFixed(1)} ms, ${R.submitMinimal.trips} trips, ${R.submitMinimal.replyBytes} B`,
  );

  // Health at concurrency 1 (the HTTP + workerd floor of one request).
  R.health1 = await repeat(200, () => call(srv.base, null, 'GET', '/api/v1/health'));

  // (4) The ceiling: the trivial endpoint in the same bursts as the rush.
  const plan = burstPlan(PROVINCE.units);
  await bursts(burstPlan(400), () => call(srv.base, null, 'GET', '/api/v1/health'));
  const ceiling = await bursts(plan, () => call(srv.base, null, 'GET', '/api/v1/health'));
  R.ceiling = burstSummary(ceiling);
  say(`› ceiling /health ${ceiling.perSecond.toFixed(0)} req/s, p95 ${ceiling.p95.toFixed(0)} ms`);

  // (2) The deadline rush: every unit of the province submits, in bursts of 50–200; every sheet read back;
  // (2b) the same rush once more with minimal replies.
  Object.assign(R, await deadlineRush(srv, ADMIN, provinceTokens, plan, ceiling));
  say(
    `› (2) rush ${R.rush.perSecond.toFixed(0)} sheets/s (${(100 * R.rush.ratioToCeiling).toFixed(0)} % of ceiling), p95 ${R.rush.p95.toFixed(0)} ms, errors ${R.rush.errors} ${JSON.stringify(R.rush.statuses)}, retries ${R.rush.retries} (${R.rush.retried} requests)`,
  );
  say(`› lost writes: ${R.rush.lost} [${elapsed()}]`);
  say(
    `› (2b) rush, minimal replies: ${R.rushMinimal.perSecond.toFixed(0)} sheets/s, errors ${R.rushMinimal.errors}, retries ${R.rushMinimal.retries} [${elapsed()}]`,
  );

  // After the rush: the ceiling once more (same server, warm).
  R.ceilingAfter = burstSummary(await bursts(plan, () => call(srv.base, null, 'GET', '/api/v1/health')));

  // (3) Rankings and consolidated through HTTP.
  const P = `/api/v1/campaigns/${PROVINCE.campaign}`;
  const get = (path: string) => () => api('GET', path);
  const strip = <T extends { body: string }>(x: T) => {
    const { body, ...rest } = x;
    return rest;
  };
  R.http = {
    'ranking 10': strip(await repeat(30, get(`${P}/groups/G002/ranking`))),
    'ranking 100': strip(await repeat(30, get(`${P}/groups/G001/ranking`))),
    'ranking 1000': strip(await repeat(10, get(`${P}/groups/G000/ranking`))),
    'rankings province': strip(await repeat(10, get(`${P}/rankings`))),
    'consolidated 100': strip(await repeat(20, get(`${P}/groups/G001/consolidated`))),
    'rankings sector': strip(await repeat(20, get(`/api/v1/campaigns/${SECTOR.campaign}/rankings`))),
  };
  for (const [k, v] of Object.entries(R.http))
    say(
      `› (3) ${k}: p50 ${(v as { p50: number }).p50.toFixed(1)} ms, ${(v as { trips: number }).trips} trips`,
    );
  R.memory.phase1 = sampleMemory(srv);
  await srv.stop();

  // Seed what HTTP would make slow, straight into the D1 file (wrangler stopped).
  say(`› seeding the ministry's sheets, the quota campaigns and nominations [${elapsed()}]`);
  {
    const db = open(d1File());
    const t0 = performance.now();
    // The ministry's plan does not fit through D1 in one document (see R.plans): the Worker's own plan
    // statements, run on the file directly.
    if (R.plans[MINISTRY.campaign].status !== 201) {
      const shim = new D1Shim(db);
      const plan = Plan.parse(planOf(MINISTRY));
      await shim.batch(createStatements(shim.d1, { plan, now: Date.now(), createdBy: 'bench' }) as never);
    }
    seedSheets(db, MINISTRY, unitIndex);
    for (const n of QUOTA_SIZES) {
      copySheets(db, PROVINCE.campaign, quotaCampaign(n));
      seedNominations(db, PROVINCE, quotaCampaign(n), n);
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    R.seedMs = performance.now() - t0;
  }

  srv = await start(PORT, ADMIN);
  current = srv;
  say(`› wrangler dev again (workerd ${srv.workerd().join(',')}) [${elapsed()}]`);
  const M = `/api/v1/campaigns/${MINISTRY.campaign}`;
  R.http['ranking 1000 (ministry)'] = strip(await repeat(5, get(`${M}/groups/G000/ranking`)));
  const all = await repeat(3, get(`${M}/rankings`));
  R.http['rankings ministry'] = strip(all);
  say(`› (3) rankings ministry: p50 ${all.p50.toFixed(0)} ms, status ${all.status}`);
  for (const n of QUOTA_SIZES) {
    const q = await repeat(n >= 100000 ? 2 : 5, get(`/api/v1/campaigns/${quotaCampaign(n)}/quotas`));
    R.http[`quotas ${n}`] = strip(q);
    say(`› (3) quotas ${n}: p50 ${q.p50.toFixed(0)} ms, status ${q.status}`);
  }
  R.memory.phase2 = sampleMemory(srv);
  await srv.stop();

  // (4) Baselines on a copy of the same database, in this process.
  const copy = `${PERSIST}/baseline.sqlite`;
  copyFileSync(d1File(), copy);
  say(`› baselines on raw SQLite [${elapsed()}]`);
  R.baseline = await baselines(copy, {
    admin: ADMIN,
    sectorTokens,
    provinceTokens,
    quotaCampaigns: QUOTA_SIZES.map((n) => [n, quotaCampaign(n)] as const),
  });
  rmSync(copy, { force: true });

  // (5) The add-in side.
  say(`› add-in syncs [${elapsed()}]`);
  R.addin = await addinSide();

  R.machine = {
    cpu: cpus()[0]?.model,
    cores: cpus().length,
    memoryGiB: totalmem() / 2 ** 30,
    node: process.version,
    sqlite: R.baseline.sqliteVersion,
    wrangler: JSON.parse(readFileSync('node_modules/wrangler/package.json', 'utf8')).version,
  };
  R.seconds = (performance.now() - t00) / 1000;
  R.loadAfter = loadavg();
  writeFileSync(`${PERSIST}/results.json`, `${JSON.stringify(R, null, 2)}\n`);
  const md = report(R);
  say(md);
  const doc = writeIntoDoc(md);
  say(`› written to ${doc} and ${PERSIST}/results.json in ${elapsed()}`);
}

let current: Server | null = null;
main().catch(async (e) => {
  console.error(e);
  await current?.stop();
  process.exit(1);
});
