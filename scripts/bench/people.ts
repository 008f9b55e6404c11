/**
 * `npm run bench -- people` (issue 14, "Measures"): the quota pass with the people facts at the province's
 * size — 2,000 units, 60,000 staff, ten years of the register (300,000 recipients) — for campaigns of
 * 10,000 to 100,000 nominations naming those people. Plans go through HTTP; sheets, staff lists, register
 * and nominations are written straight into the local D1 file with the Worker's own statements (D1Shim),
 * then `GET …/quotas` is timed through `wrangler dev` (with its D1 round trips) and the same `campaignState`
 * on raw SQLite in this process (the baseline), split into reads and the pure pass. Sizes: BENCH_PEOPLE_SIZES
 * (default 10000,30000,100000), repeats BENCH_PEOPLE_REPEAT (default 3); plus a control of the largest size in
 * units without staff lists or register (the same pass with no people facts to read). Figures go to
 * .wrangler/bench-people/results.json and are printed as a table; no figure is asserted.
 */
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { unitCode } from '../../shared/demo/bench';
import {
  benchRegisterYear,
  benchStaff,
  PEOPLE_YEAR,
  PROVINCE,
  peopleNominationOf,
  peoplePlanOf,
  registerYears,
} from '../../shared/demo/bench-people';
import { campaignData } from '../../worker/src/db/nominations';
import { insertStatements } from '../../worker/src/db/register';
import { replaceStatements } from '../../worker/src/db/staff';
import { campaignState } from '../../worker/src/services/nominations/state';
import { rankCampaign } from '../../worker/src/services/rankings/read';
import { timed } from './baseline';
import { call, must, repeat } from './http';
import { unitIndex } from './seats';
import { d1File, migrate, PERSIST, type Server, snapshot, start, TREE } from './server';
import { D1Shim, open, seedSheets } from './sqlite';

const PORT = Number(process.env.BENCH_PORT || 8817);
const ADMIN = randomBytes(24).toString('base64url');
const SIZES = (process.env.BENCH_PEOPLE_SIZES || '10000,30000,100000').split(',').map(Number);
const REPEAT = Number(process.env.BENCH_PEOPLE_REPEAT || 3);
const campaignOf = (n: number) => `BENCH-P${n / 1000}K`;
/**
 * The control: as many nominations as the largest size, of the same shape, in 2,000 other units that have
 * no staff list and no register (every person rule then fails on the missing list): the same pass without
 * the people facts to read, in the same run.
 */
const BARE_N = Math.max(...SIZES);
const BARE = { ...PROVINCE, prefix: 'Q', campaign: 'BENCH-PBARE' };
interface Case {
  key: string;
  campaign: string;
  shape: typeof PROVINCE;
  n: number;
}
const CASES: Case[] = [
  ...SIZES.map((n) => ({ key: String(n), campaign: campaignOf(n), shape: PROVINCE, n })),
  { key: `${BARE_N} bare`, campaign: BARE.campaign, shape: BARE, n: BARE_N },
];
const say = (s = '') => process.stdout.write(`${s}\n`);
const t00 = performance.now();
const elapsed = () => `${((performance.now() - t00) / 1000).toFixed(0)} s`;

// biome-ignore lint/suspicious/noExplicitAny: a bag of figures for results.json
const R: Record<string, any> = {
  startedAt: new Date().toISOString(),
  sizes: SIZES,
  loadBefore: loadavg(),
};
let current: Server | null = null;

/** Staff lists, register and nominations written with the Worker's statements, one transaction each. */
async function seed(file: string) {
  const db = open(file);
  const shim = new D1Shim(db);
  const at = Date.now();
  const t0 = performance.now();
  for (const c of CASES) seedSheets(db, { ...c.shape, campaign: c.campaign }, unitIndex);
  const tSheets = performance.now();
  await shim.batch(
    Array.from({ length: PROVINCE.units }, (_, u) =>
      replaceStatements(shim.d1, {
        year: PEOPLE_YEAR,
        unit: unitCode(PROVINCE, u),
        staff: benchStaff(PROVINCE, u),
        at,
        by: 'bench',
      }),
    ).flat() as never,
  );
  const tStaff = performance.now();
  let recipients = 0;
  let decisions = 0;
  for (const year of registerYears()) {
    const list = benchRegisterYear(PROVINCE, year);
    decisions += list.length;
    recipients += list.reduce((a, d) => a + d.recipients.length, 0);
    const rows = list.map((decision, i) => ({ id: `bench-${year}-${i}`, decision }));
    await shim.batch(insertStatements(shim.d1, rows, at, 'bench') as never);
  }
  const tRegister = performance.now();
  const insert = db.prepare(
    `INSERT INTO nominations (id, campaign, award, movement, group_code, nominee_unit, data, filed_at, filed_by, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'bench', ?)`,
  );
  const t1 = Date.UTC(PEOPLE_YEAR, 5, 1);
  for (const c of CASES)
    db.transaction(() => {
      for (let i = 0; i < c.n; i++) {
        const nom = peopleNominationOf(c.shape, i);
        insert.run(
          `pn-${c.campaign}-${i}`,
          c.campaign,
          nom.award,
          nom.movement ?? null,
          null,
          nom.nominee.unit,
          JSON.stringify(nom),
          t1 + i * 1000,
          t1 + i * 1000,
        );
      }
    })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const t2 = performance.now();
  return {
    staff: PROVINCE.units * benchStaff(PROVINCE, 0).length,
    decisions,
    recipients,
    ms: {
      sheets: tSheets - t0,
      staff: tStaff - tSheets,
      register: tRegister - tStaff,
      nominations: t2 - tRegister,
    },
  };
}

async function main() {
  rmSync(PERSIST, { recursive: true, force: true });
  mkdirSync(PERSIST, { recursive: true });
  R.commit = snapshot();
  say(`› Worker snapshot of ${R.commit} in ${TREE}; sizes ${SIZES.join(', ')}`);
  await migrate();
  let srv = await start(PORT, ADMIN);
  current = srv;
  for (const c of CASES)
    must(
      await call(srv.base, ADMIN, 'POST', '/api/v1/plans', peoplePlanOf(c.shape, c.campaign)),
      `POST /plans ${c.campaign}`,
    );
  await srv.stop();
  say(`› plans posted [${elapsed()}]`);

  R.seed = await seed(d1File());
  say(
    `› seeded ${R.seed.staff} staff, ${R.seed.decisions} decisions / ${R.seed.recipients} recipients, nominations ${SIZES.join(', ')} [${elapsed()}] ${JSON.stringify(R.seed.ms)}`,
  );

  srv = await start(PORT, ADMIN);
  current = srv;
  R.http = {};
  for (const c of CASES) {
    const q = await repeat(REPEAT, () =>
      call(srv.base, ADMIN, 'GET', `/api/v1/campaigns/${c.campaign}/quotas`),
    );
    const { body, ...rest } = q;
    R.http[c.key] = rest;
    say(
      `› HTTP quotas ${c.key}: p50 ${q.p50.toFixed(0)} ms, ${q.trips} D1 trips (${q.statements} statements), ${q.bytes} B, status ${q.status} [${elapsed()}]`,
    );
  }
  await srv.stop();
  current = null;

  // The baseline: the same campaignState on raw SQLite (a copy of the file), and its split.
  const copy = `${PERSIST}/baseline.sqlite`;
  copyFileSync(d1File(), copy);
  const db = open(copy);
  const d1 = new D1Shim(db).d1;
  R.sqlite = {};
  for (const c of CASES) {
    const campaign = c.campaign;
    let statuses: Record<string, number> = {};
    const whole = await timed(REPEAT, async () => {
      const s = await campaignState(d1, campaign, Date.now(), { entries: false });
      statuses = {};
      for (const e of s.result.items) statuses[e.status] = (statuses[e.status] ?? 0) + 1;
      return JSON.stringify({ rules: s.result.rules });
    });
    let data = await campaignData(d1, campaign);
    const reads = await timed(REPEAT, async () => {
      data = await campaignData(d1, campaign);
    });
    const ranking = await timed(REPEAT, () => rankCampaign(d1, campaign, Date.now(), { entries: false }));
    // On raw SQLite the reads run one after the other: what is left is the pure pass, its input and JSON.
    const pass = { p50: Math.max(0, whole.p50 - reads.p50 - ranking.p50) };
    R.sqlite[c.key] = {
      whole,
      reads,
      ranking,
      pass,
      statuses,
      staffRows: data.staff.rows.length,
      recipients: data.register.recipients.length,
    };
    say(
      `› SQLite quotas ${c.key}: ${whole.p50.toFixed(0)} ms (reads ${reads.p50.toFixed(0)} ms, ranking ${ranking.p50.toFixed(0)} ms, pass and JSON ${pass.p50.toFixed(0)} ms) ${JSON.stringify(statuses)} [${elapsed()}]`,
    );
  }
  db.close();
  rmSync(copy, { force: true });
  R.machine = { cpu: cpus()[0]?.model, cores: cpus().length, node: process.version, loadAfter: loadavg() };
  R.seconds = (performance.now() - t00) / 1000;
  writeFileSync(`${PERSIST}/results.json`, `${JSON.stringify(R, null, 2)}\n`);
  say(table());
}

function table(): string {
  const rows = CASES.map((c) => {
    const h = R.http[c.key];
    const s = R.sqlite[c.key];
    const label =
      c.shape === PROVINCE ? c.n.toLocaleString('en') : `${c.n.toLocaleString('en')}, no people facts`;
    return `| ${label} | ${h.p50.toFixed(0)} | ${h.trips} (${h.statements}) | ${s.whole.p50.toFixed(0)} | ${s.reads.p50.toFixed(0)} | ${s.ranking.p50.toFixed(0)} | ${s.pass.p50.toFixed(0)} | ${(h.bytes / 1024).toFixed(0)} KiB |`;
  });
  return [
    `Quotas with people facts: ${R.seed.staff.toLocaleString('en')} staff, ${R.seed.recipients.toLocaleString('en')} register recipients (${R.seed.decisions.toLocaleString('en')} decisions), ${PROVINCE.units.toLocaleString('en')} units; ${R.machine.cores} cores, ${R.machine.cpu}`,
    '',
    '| nominations | HTTP p50 ms | D1 trips (statements) | raw SQLite p50 ms | of which reads | ranking | pass + JSON | reply |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

main().catch(async (e) => {
  console.error(e);
  await current?.stop();
  process.exit(1);
});
