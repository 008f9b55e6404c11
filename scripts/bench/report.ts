/** The markdown tables of a bench run (the part of docs/benchmarks.md between the bench markers). */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

// biome-ignore lint/suspicious/noExplicitAny: results.json is a bag of figures
type Results = Record<string, any>;

const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '—');
const f0 = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : '—');
const x1 = (x: number) => (Number.isFinite(x) ? `${x.toFixed(1)}×` : '—');
const kb = (b: number) => (b >= 1e6 ? `${(b / 1e6).toFixed(1)} MB` : `${(b / 1e3).toFixed(1)} kB`);
const mark = (ok: boolean) => (ok ? '**met**' : '**missed**');

export function report(R: Results): string {
  const m = R.machine;
  const L: string[] = [];
  L.push(
    `Run of ${R.startedAt.slice(0, 16).replace('T', ' ')} UTC, \`npm run bench\`, ${f0(R.seconds)} s in all.`,
  );
  L.push(
    `Machine: ${m.cores} × ${m.cpu}, ${f0(m.memoryGiB)} GiB; Node ${m.node}; wrangler ${m.wrangler} (local workerd + D1); better-sqlite3 on SQLite ${m.sqlite}. Client, Worker and database share the same ${m.cores} cores.`,
  );
  L.push(
    `The Worker ran from a snapshot of commit \`${R.commit}\`. Load average (1 min) before / after the run: ${R.loadBefore[0].toFixed(1)} / ${R.loadAfter[0].toFixed(1)} — the machine is shared with other work, so absolute times carry that noise; ratios within the run less so. ${R.devtoolsDetached ? "wrangler's devtools relay was detached (`detachDevtools` in server.ts; `BENCH_DEVTOOLS=1` keeps it)." : "wrangler's devtools relay was attached (it costs a submit ~15 ms of CPU: see below)."}`,
  );
  L.push('');

  L.push('### 1–2. Submits and the deadline rush (province: 2,000 units, 120 criteria)');
  L.push('');
  L.push('| what | Worker (HTTP) | raw SQLite, same code | ratio |');
  L.push('| --- | --- | --- | --- |');
  const s = R.submit;
  const bs = R.baseline.submit;
  L.push(`| one submit, p50 | ${f1(s.p50)} ms | ${f1(bs.p50)} ms | ${x1(s.p50 / bs.p50)} |`);
  L.push(`| one submit, p95 | ${f1(s.p95)} ms | ${f1(bs.p95)} ms | ${x1(s.p95 / bs.p95)} |`);
  L.push(`| D1 round trips (statements) per submit | ${s.trips} (${s.statements}) | — | — |`);
  L.push(`| request / reply body | ${kb(s.bodyBytes)} / ${kb(s.replyBytes)} | — | — |`);
  const sm = R.submitMinimal;
  if (sm) {
    L.push(
      `| the same submit again at once (token cached), \`Prefer: return=minimal\`, p50 / p95 | ${f1(sm.p50)} / ${f1(sm.p95)} ms | — | — |`,
    );
    L.push(
      `| D1 round trips (statements), reply body of that submit | ${sm.trips} (${sm.statements}), ${kb(sm.replyBytes)} | — | — |`,
    );
  }
  const r = R.rush;
  L.push(
    `| rush: sheets/s (bursts of 50–200) | ${f0(r.perSecond)} | ${f0(R.baseline.rush.perSecond)} (one after another) | ${x1(R.baseline.rush.perSecond / r.perSecond)} faster raw |`,
  );
  L.push(`| rush: p50 / p95 / p99 | ${f0(r.p50)} / ${f0(r.p95)} / ${f0(r.p99)} ms | — | — |`);
  L.push(`| rush: errors | ${r.errors} of ${r.requests} ${JSON.stringify(r.statuses)} | — | — |`);
  L.push(
    `| rush: lost writes (acknowledged, then not read back as sent) | ${r.lost} (refused and indeed not stored: ${r.unwritten} of ${r.errors}) | — | — |`,
  );
  if (r.failures?.length)
    L.push(
      `| rush: first failure | \`${String(r.failures[0]).replace(/\|/g, '/').slice(0, 160)}\` | — | — |`,
    );
  const retried = (b: Results) => `${b.retried ?? 0} requests sent again (${b.retries ?? 0} retries in all)`;
  L.push(`| rush: retried after a 503 with \`Retry-After\` (not errors) | ${retried(r)} | — | — |`);
  if (r.firstRetried)
    L.push(
      `| rush: first retried answer | \`${String(r.firstRetried).replace(/\|/g, '/').slice(0, 160)}\` | — | — |`,
    );
  const rm = R.rushMinimal;
  if (rm)
    L.push(
      `| rush again with \`Prefer: return=minimal\` (reply ${kb(rm.replyBytes)}): sheets/s, p50 / p95, errors, retried | ${f0(rm.perSecond)}, ${f0(rm.p50)} / ${f0(rm.p95)} ms, ${rm.errors} ${JSON.stringify(rm.statuses)}, ${retried(rm)} | — | — |`,
    );
  L.push(
    `| ceiling: \`GET /api/v1/health\`, same bursts | ${f0(R.ceiling.perSecond)} req/s (p95 ${f0(R.ceiling.p95)} ms); after the rush ${f0(R.ceilingAfter.perSecond)} | — | — |`,
  );
  L.push(`| one health request, p50 | ${f1(R.health1.p50)} ms | — | — |`);
  L.push('');

  L.push('### 3. Rankings, consolidated sheet, quotas');
  L.push('');
  L.push(
    '| request | units | Worker p50 (p95) | D1 trips (statements) | reply | raw SQLite, same code, p50 | ratio |',
  );
  L.push('| --- | --- | --- | --- | --- | --- | --- |');
  const units: Record<string, string> = {
    'ranking 10': '10',
    'ranking 100': '100',
    'ranking 1000': '1,000',
    'rankings province': '2,000 (40 groups)',
    'consolidated 100': '100 × 120',
    'rankings sector': '200 (10 groups)',
    'ranking 1000 (ministry)': '1,000',
    'rankings ministry': '20,000 (381 groups)',
    'quotas 1000': '2,000; 1,000 nominations',
    'quotas 10000': '2,000; 10,000 nominations',
    'quotas 100000': '2,000; 100,000 nominations',
  };
  for (const [k, label] of Object.entries(units)) {
    const w = R.http[k];
    const b = R.baseline.queries[k];
    if (!w) continue;
    const status = w.status === 200 ? '' : ` **HTTP ${w.status}**`;
    L.push(
      `| ${k} | ${label} | ${f1(w.p50)} (${f1(w.p95)}) ms${status} | ${w.trips} (${w.statements}) | ${kb(w.bytes)} | ${b ? `${f1(b.p50)} ms` : '—'} | ${b ? x1(w.p50 / b.p50) : '—'} |`,
    );
  }
  L.push('');
  const a = R.baseline.aggregate;
  const ps = R.baseline.provinceSplit;
  const all = R.http['rankings province'].p50;
  L.push(
    `Reference for the ranking target: raw SQLite aggregating the province's scores (${a.rows} sheets × 120 criteria, \`json_each\` + \`SUM … GROUP BY\`) takes **${f1(a.sql.p50)} ms**; re-adding them with the core from the entries ${f1(a.core.p50)} ms. All rankings of the province through the Worker: **${f1(all)} ms** = ${(all / a.sql.p50).toFixed(2)} of the aggregate (target ≤ 0.5).`,
  );
  L.push(
    `Raw SQLite, all rankings of the province split: reads ${f1(ps.reads.p50)} ms (${kb(ps.bytesRead)} of rows), core ${f1(ps.core.p50)} ms, JSON ${f1(ps.json.p50)} ms.`,
  );
  L.push('');

  L.push('Growth (Worker p50 per unit):');
  L.push('');
  L.push('| series | sizes | p50 | per unit |');
  L.push('| --- | --- | --- | --- |');
  const per = (k: string, n: number) =>
    `${f1(R.http[k]?.p50)} ms | ${((R.http[k]?.p50 * 1000) / n).toFixed(1)} µs`;
  L.push(`| one group | 10 | ${per('ranking 10', 10)} |`);
  L.push(`| one group | 100 | ${per('ranking 100', 100)} |`);
  L.push(`| one group | 1,000 | ${per('ranking 1000', 1000)} |`);
  L.push(`| all groups | 200 | ${per('rankings sector', 200)} |`);
  L.push(`| all groups | 2,000 | ${per('rankings province', 2000)} |`);
  L.push(`| all groups | 20,000 | ${per('rankings ministry', 20000)} |`);
  L.push(`| quotas (per nomination) | 1,000 | ${per('quotas 1000', 1000)} |`);
  L.push(`| quotas (per nomination) | 10,000 | ${per('quotas 10000', 10000)} |`);
  L.push(`| quotas (per nomination) | 100,000 | ${per('quotas 100000', 100000)} |`);
  L.push('');

  L.push('### 5. The add-in (office-addin-mock, counted through the adapter)');
  L.push('');
  L.push('| operation | syncs | bytes per sync |');
  L.push('| --- | --- | --- |');
  for (const [k, v] of Object.entries(R.addin)) {
    if (typeof v !== 'object' || !v || !('syncs' in v)) continue;
    const o = v as { syncs: number; bytes: number[]; estimated?: number };
    const est = o.estimated ? ` (writer's own estimate, formats included: ${kb(o.estimated)})` : '';
    const what = k.startsWith('sheet') ? `${k} (${R.addin.criteria} criteria)` : k;
    L.push(`| ${what} | ${o.syncs} | ${o.bytes.map((b) => kb(b)).join(' · ')}${est} |`);
  }
  if (R.addin.pending) L.push(`| ${R.addin.pending} | pending | — |`);
  L.push('');

  L.push('### 6. Memory of the Worker process (workerd, /proc)');
  L.push('');
  const mem = R.memory;
  L.push(
    `Before the rush ${f0(mem.rushBefore)} MiB RSS; highest sampled during it ${f0(mem.rushPeakSampled)} MiB; peak (VmHWM) after phase 1 (plans, tokens, submits, rush, province rankings) ${f0(mem.phase1.peak)} MiB; after phase 2 (ministry rankings, quotas up to 100,000 nominations) ${f0(mem.phase2.peak)} MiB. workerd hosts the Worker and the local D1 (a Durable Object with SQLite) in one process.`,
  );
  L.push('');

  L.push('### Targets');
  L.push('');
  const ratio = r.perSecond / R.ceiling.perSecond;
  L.push(
    `- Deadline rush ≥ half the ceiling, 0 errors, 0 lost writes: ${f0(r.perSecond)} / ${f0(R.ceiling.perSecond)} = ${ratio.toFixed(2)}, ${r.errors} errors (after retries), ${r.lost} lost — ${mark(ratio >= 0.5 && r.errors === 0 && r.lost === 0)}.`,
  );
  if (rm) {
    const mr = rm.perSecond / R.ceiling.perSecond;
    L.push(
      `- The same with minimal replies: ${f0(rm.perSecond)} / ${f0(R.ceiling.perSecond)} = ${mr.toFixed(2)}, ${rm.errors} errors — ${mark(mr >= 0.5 && rm.errors === 0)}.`,
    );
  }
  L.push(
    `- All rankings of a province ≤ half the raw-SQLite aggregate: ${f1(all)} ms vs ${f1(a.sql.p50)} ms = ${(all / a.sql.p50).toFixed(2)} — ${mark(all <= a.sql.p50 / 2)}.`,
  );
  L.push(
    `- A submit is one D1 batch: the write is one batch; the request makes ${s.trips} round trips in all (${s.statements} statements) with a token's first use${sm ? `, ${sm.trips} with the token cached` : ''} — ${mark(s.trips === 1)} as a whole request.`,
  );
  const series = {
    'one group (10, 100, 1,000)': ['ranking 10', 'ranking 100', 'ranking 1000', 'ranking 1000 (ministry)'],
    'all groups (200, 2,000, 20,000)': ['rankings sector', 'rankings province', 'rankings ministry'],
    'quotas (1,000 … 100,000 nominations)': ['quotas 1000', 'quotas 10000', 'quotas 100000'],
  };
  const flat = Object.entries(series).map(([k, keys]) => {
    const trips = keys.map((x) => R.http[x]?.trips);
    return { k, trips, same: new Set(trips).size === 1 };
  });
  L.push(
    `- Rankings and consolidated cost a number of queries independent of size: ${flat.map((f) => `${f.k}: ${f.trips.join(', ')} round trips`).join('; ')}; consolidated ${R.http['consolidated 100'].trips} — ${mark(flat.every((f) => f.same))}.`,
  );
  const g = R.http['rankings ministry'].p50 / 20000 / (R.http['rankings province'].p50 / 2000);
  const q = R.http['quotas 100000'].p50 / 100000 / (R.http['quotas 10000'].p50 / 10000);
  L.push(
    `- Cost no worse than linear: per-unit cost of all rankings 20,000 vs 2,000 units ×${g.toFixed(2)}; per-nomination cost of quotas 100,000 vs 10,000 ×${q.toFixed(2)} — ${mark(g < 1.5 && q < 1.5)}.`,
  );
  return L.join('\n');
}

/** Writes `md` between the bench markers of docs/benchmarks.md, keeping the text around them; returns the path. */
export function writeIntoDoc(md: string, doc = 'docs/benchmarks.md'): string {
  const begin = '<!-- bench:begin -->';
  const end = '<!-- bench:end -->';
  const old = existsSync(doc) ? readFileSync(doc, 'utf8') : `# Benchmarks\n\n${begin}\n${end}\n`;
  const [head, rest] = old.split(begin);
  const tail = rest?.split(end)[1] ?? '\n';
  writeFileSync(doc, `${head}${begin}\n${md}\n${end}${tail}`);
  return doc;
}
