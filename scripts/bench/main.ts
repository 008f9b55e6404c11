/**
 * `npm run bench`: builds the synthetic campaigns in a local D1 behind `wrangler dev`, measures submits, the
 * deadline rush, rankings, consolidated sheets and quotas through HTTP, the same work on raw SQLite in this
 * process, the platform's ceiling and the add-in's syncs, then prints the tables and writes them into
 * docs/benchmarks.md (between the bench markers; the text around them is kept). Raw figures go to
 * .wrangler/bench/results.json.
 */
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { Plan } from '../../shared/contract/plan';
import { toPoints } from '../../shared/points';
import { computeTotals, mergeEntries } from '../../shared/scoring';
import { createStatements } from '../../worker/src/db/plans';
import { addinSide } from './addin';
import { baselines } from './baseline';
import {
  CRITERIA,
  entriesOf,
  MINISTRY,
  membersOf,
  PROVINCE,
  planOf,
  SECTOR,
  type Shape,
  scoreOf,
  TEMPLATE,
} from './data';
import {
  type BurstResult,
  burstPlan,
  bursts,
  call,
  median,
  must,
  percentile,
  pool,
  type Reply,
  repeat,
} from './http';
import { d1File, memory, migrate, PERSIST, type Server, snapshot, start, TREE } from './server';
import { copySheets, D1Shim, open, seedNominations, seedSheets } from './sqlite';

const PORT = Number(process.env.BENCH_PORT || 8797);
const ADMIN = randomBytes(24).toString('base64url');
const QUOTA_SIZES = [1000, 10000, 100000];
const quotaCampaign = (n: number) => `BENCH-Q${n / 1000}K`;
const say = (s = '') => process.stdout.write(`${s}\n`);
const t00 = performance.now();
const elapsed = () => `${((performance.now() - t00) / 1000).toFixed(0)} s`;

// biome-ignore lint/suspicious/noExplicitAny: a bag of figures for results.json
const R: Record<string, any> = { startedAt: new Date().toISOString(), loadBefore: loadavg() };

const sheetPath = (campaign: string, group: string, unit: string) =>
  `/api/v1/campaigns/${campaign}/groups/${group}/units/${unit}/sheet`;
const index = (code: string) => Number(code.slice(1));

/** Every member of a shape with its group. */
const seats = (s: Shape) =>
  membersOf(s).flatMap(({ group, units }) => units.map((unit) => ({ group, unit })));

async function issueTokens(srv: Server, s: Shape): Promise<Map<string, string>> {
  const units = seats(s).map((x) => x.unit);
  const tokens = await pool(units.length, 16, async (i) => {
    const r = must(
      await call(srv.base, ADMIN, 'POST', '/api/v1/tokens', {
        role: 'unit',
        unit: units[i],
        label: `Đơn vị thử tải ${units[i]}`,
      }),
      'POST /tokens',
    );
    return JSON.parse(r.body).token as string;
  });
  return new Map(units.map((u, i) => [u, tokens[i]!]));
}

function sample(srv: Server) {
  const pids = srv.workerd();
  const m = pids.map(memory);
  // wrangler runs two workerd processes (its proxy and the runtime with the Worker and the local D1).
  return {
    pids,
    each: m,
    rss: Math.max(0, ...m.map((x) => x.rss)),
    peak: Math.max(0, ...m.map((x) => x.peak)),
  };
}

const summary = (b: BurstResult) => {
  const { replies, ...rest } = b;
  return {
    ...rest,
    tripsPerRequest: median(replies.map((r) => r.trips)),
    statementsPerRequest: median(replies.map((r) => r.statements)),
  };
};

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

  const sectorTokens = await issueTokens(srv, SECTOR);
  const provinceTokens = await issueTokens(srv, PROVINCE);
  say(`› ${sectorTokens.size + provinceTokens.size} unit tokens [${elapsed()}]`);

  // (1) One submit at a time: the sector's 200 units, each its whole 120-criterion sheet (a token's first
  // use, full reply: what the add-in sends) — then at once the same sheet again with the token now cached
  // and `Prefer: return=minimal` (what a client that needs no view after saving can ask for).
  const submits: Reply[] = [];
  const again: Reply[] = [];
  for (const { group, unit } of seats(SECTOR)) {
    const path = sheetPath(SECTOR.campaign, group, unit);
    const token = sectorTokens.get(unit)!;
    const body = (revision: number) => ({ revision, entries: entriesOf(index(unit)), submit: true });
    submits.push(must(await call(srv.base, token, 'PUT', path, body(0)), `PUT ${unit}`));
    const minimal = await call(srv.base, token, 'PUT', path, body(1), { Prefer: 'return=minimal' });
    again.push(must(minimal, `PUT ${unit} (minimal)`));
  }
  const steady = submits.slice(20);
  R.submit = {
    n: steady.length,
    p50: median(steady.map((r) => r.ms)),
    p95: percentile(
      steady.map((r) => r.ms),
      95,
    ),
    trips: median(steady.map((r) => r.trips)),
    statements: median(steady.map((r) => r.statements)),
    tripsMax: Math.max(...submits.map((r) => r.trips)),
    bodyBytes: Buffer.byteLength(JSON.stringify({ revision: 0, entries: entriesOf(0), submit: true })),
    replyBytes: median(steady.map((r) => r.bytes)),
  };
  const againSteady = again.slice(20);
  R.submitMinimal = {
    n: againSteady.length,
    p50: median(againSteady.map((r) => r.ms)),
    p95: percentile(
      againSteady.map((r) => r.ms),
      95,
    ),
    trips: median(againSteady.map((r) => r.trips)),
    statements: median(againSteady.map((r) => r.statements)),
    replyBytes: median(againSteady.map((r) => r.bytes)),
    applied: again.every((r) => r.body.startsWith('{"revision":2,')),
  };
  say(
    `› (1) submit p50 ${R.submit.p50.toFixed(1)} ms, p95 ${R.submit.p95.toFixed(1)} ms, ${R.submit.trips} D1 trips; again (cached token, minimal) p50 ${R.submitMinimal.p50.toFixed(1)} ms, ${R.submitMinimal.trips} trips, ${R.submitMinimal.replyBytes} B`,
  );

  // Health at concurrency 1 (the HTTP + workerd floor of one request).
  R.health1 = await repeat(200, () => call(srv.base, null, 'GET', '/api/v1/health'));

  // (4) The ceiling: the trivial endpoint in the same bursts as the rush.
  const plan = burstPlan(PROVINCE.units);
  await bursts(burstPlan(400), () => call(srv.base, null, 'GET', '/api/v1/health'));
  const ceiling = await bursts(plan, () => call(srv.base, null, 'GET', '/api/v1/health'));
  R.ceiling = summary(ceiling);
  say(`› ceiling /health ${ceiling.perSecond.toFixed(0)} req/s, p95 ${ceiling.p95.toFixed(0)} ms`);

  // (2) The deadline rush: every unit of the province submits, in bursts of 50–200.
  const province = seats(PROVINCE);
  const before = sample(srv);
  let peakDuring = before.rss;
  const sampler = setInterval(() => {
    peakDuring = Math.max(peakDuring, sample(srv).rss);
  }, 100);
  const rush = await bursts(plan, (i) => {
    const { group, unit } = province[i]!;
    return call(srv.base, provinceTokens.get(unit)!, 'PUT', sheetPath(PROVINCE.campaign, group, unit), {
      revision: 0,
      entries: entriesOf(index(unit)),
      submit: true,
    });
  });
  clearInterval(sampler);
  R.rush = summary(rush);
  R.rush.failures = rush.replies
    .filter((r) => r.status !== 200)
    .slice(0, 3)
    .map((r) => `${r.status} ${r.body.slice(0, 300)}`);
  R.rush.firstRetried = rush.replies.find((r) => r.retried)?.retried ?? null;
  R.rush.ratioToCeiling = rush.perSecond / ceiling.perSecond;
  say(
    `› (2) rush ${rush.perSecond.toFixed(0)} sheets/s (${(100 * R.rush.ratioToCeiling).toFixed(0)} % of ceiling), p95 ${rush.p95.toFixed(0)} ms, errors ${rush.errors} ${JSON.stringify(rush.statuses)}, retries ${rush.retries} (${rush.retried} requests)`,
  );

  // Lost writes: read every sheet back and compare with what was sent.
  // Lost = acknowledged (200) but not what was sent; unwritten = refused, and indeed not stored.
  let lost = 0;
  let unwritten = 0;
  const revisions: number[] = [];
  const mismatches: string[] = [];
  await pool(province.length, 32, async (i) => {
    const { group, unit } = province[i]!;
    const r = await call(srv.base, ADMIN, 'GET', sheetPath(PROVINCE.campaign, group, unit));
    const u = index(unit);
    const expected = computeTotals(TEMPLATE, mergeEntries([], entriesOf(u), TEMPLATE));
    const v = r.status === 200 ? JSON.parse(r.body) : null;
    revisions[i] = v?.revision ?? 0;
    const ok =
      v &&
      v.revision === 1 &&
      v.status === 'submitted' &&
      v.totals.final === toPoints(expected.final) &&
      CRITERIA.every((c, k) => v.entries[k]?.criterion === c.code && v.entries[k]?.self === scoreOf(u, k));
    const acknowledged = rush.replies[i]!.status === 200;
    if (acknowledged && !ok) {
      lost++;
      if (mismatches.length < 5) mismatches.push(`${unit}: ${r.status} ${r.body.slice(0, 200)}`);
    }
    if (!acknowledged && v && v.revision === 0) unwritten++;
  });
  R.rush.lost = lost;
  R.rush.unwritten = unwritten;
  R.rush.mismatches = mismatches;
  R.memory = { rushBefore: before.rss, rushPeakSampled: peakDuring };
  say(`› lost writes: ${lost} [${elapsed()}]`);

  // (2b) The same rush once more with `Prefer: return=minimal` (each sheet from the revision read back).
  const rushMinimal = await bursts(plan, (i) => {
    const { group, unit } = province[i]!;
    return call(
      srv.base,
      provinceTokens.get(unit)!,
      'PUT',
      sheetPath(PROVINCE.campaign, group, unit),
      { revision: revisions[i]!, entries: entriesOf(index(unit)), submit: true },
      { Prefer: 'return=minimal' },
    );
  });
  R.rushMinimal = summary(rushMinimal);
  R.rushMinimal.ratioToCeiling = rushMinimal.perSecond / ceiling.perSecond;
  R.rushMinimal.replyBytes = median(rushMinimal.replies.map((r) => r.bytes));
  say(
    `› (2b) rush, minimal replies: ${rushMinimal.perSecond.toFixed(0)} sheets/s, errors ${rushMinimal.errors}, retries ${rushMinimal.retries} [${elapsed()}]`,
  );

  // After the rush: the ceiling once more (same server, warm).
  R.ceilingAfter = summary(await bursts(plan, () => call(srv.base, null, 'GET', '/api/v1/health')));

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
  R.memory.phase1 = sample(srv);
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
    seedSheets(db, MINISTRY, index);
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
  R.memory.phase2 = sample(srv);
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
  const md = (await import('./report')).report(R);
  say(md);
  const doc = 'docs/benchmarks.md';
  const begin = '<!-- bench:begin -->';
  const end = '<!-- bench:end -->';
  const old = existsSync(doc) ? readFileSync(doc, 'utf8') : `# Benchmarks\n\n${begin}\n${end}\n`;
  const [head, rest] = old.split(begin);
  const tail = rest?.split(end)[1] ?? '\n';
  writeFileSync(doc, `${head}${begin}\n${md}\n${end}${tail}`);
  say(`› written to ${doc} and ${PERSIST}/results.json in ${elapsed()}`);
}

let current: Server | null = null;
main().catch(async (e) => {
  console.error(e);
  await current?.stop();
  process.exit(1);
});
