/**
 * The raw-SQLite baseline: the Worker's own code (token lookup, sheet context, guarded write, ranking reads,
 * the shared core, the quota pass, JSON) run in this Node process on better-sqlite3 over a copy of the very
 * database the Worker used — no HTTP, no workerd, no D1 API. Plus the reference the ranking target names:
 * raw SQLite aggregating the scores of the same sheets (json_each over the entries), and the core re-adding
 * them from the entries.
 */

import type { SheetEntry } from '../../shared/contract/sheets';
import { entriesOf, membersOf, PROVINCE, SECTOR, type Shape, TEMPLATE } from '../../shared/demo/bench';
import { computeTotals } from '../../shared/scoring';
import { isoVn } from '../../shared/time';
import { resolve as resolveActor } from '../../worker/src/access/auth';
import { rankingData } from '../../worker/src/db/rankings';
import type { Env } from '../../worker/src/env';
import { consolidatedOf } from '../../worker/src/services/consolidated';
import { campaignState } from '../../worker/src/services/nominations/state';
import { rankAll } from '../../worker/src/services/rankings/compute';
import { requireSelfWriter, sheetContext } from '../../worker/src/services/sheets/context';
import { putSheet } from '../../worker/src/services/sheets/write';
import { median, percentile } from './http';
import { D1Shim, open } from './sqlite';

interface Options {
  admin: string;
  sectorTokens: Map<string, string>;
  provinceTokens: Map<string, string>;
  quotaCampaigns: (readonly [number, string])[];
}

/** Runs `f` once to warm up, then `n` times: p50, p95 and min in ms. */
export async function timed(n: number, f: () => Promise<unknown> | unknown) {
  await f();
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await f();
    ms.push(performance.now() - t0);
  }
  return { n, p50: median(ms), p95: percentile(ms, 95), min: Math.min(...ms) };
}

const index = (code: string) => Number(code.slice(1));
const seats = (s: Shape) =>
  membersOf(s).flatMap(({ group, units }) => units.map((unit) => ({ group, unit })));

export async function baselines(file: string, o: Options) {
  const db = open(file);
  const d1 = new D1Shim(db).d1;
  const env = { DB: d1, ADMIN_TOKEN: o.admin } as unknown as Env;
  const now = () => Date.now();
  const out: Record<string, unknown> = {
    sqliteVersion: (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v,
  };

  // Submit: what the PUT route does, minus HTTP — token, context, write batch, the reply's JSON.
  const submitOne = async (campaign: string, group: string, unit: string, token: string) => {
    const resolved = await resolveActor(env, token, 'guarded');
    const actor = 'actor' in resolved ? resolved.actor : null;
    const ctx = await sheetContext(d1, { campaign, group, unit });
    requireSelfWriter(actor!, ctx);
    const revision = ctx.row?.revision ?? 0;
    const view = await putSheet(
      d1,
      actor!,
      ctx,
      { revision, entries: entriesOf(index(unit)), submit: true },
      now(),
    );
    return JSON.stringify(view);
  };
  const sector = seats(SECTOR);
  const ms: number[] = [];
  for (const { group, unit } of sector) {
    const t0 = performance.now();
    await submitOne(SECTOR.campaign, group, unit, o.sectorTokens.get(unit)!);
    ms.push(performance.now() - t0);
  }
  out.submit = { n: ms.length, p50: median(ms.slice(20)), p95: percentile(ms.slice(20), 95) };

  // The rush on raw SQLite: every province sheet once more (revision 1 → 2), one after another.
  const province = seats(PROVINCE);
  const t0 = performance.now();
  for (const { group, unit } of province)
    await submitOne(PROVINCE.campaign, group, unit, o.provinceTokens.get(unit)!);
  const seconds = (performance.now() - t0) / 1000;
  out.rush = { n: province.length, seconds, perSecond: province.length / seconds };

  // Rankings and consolidated: the same batch of reads, the same core, the same JSON.
  const iso = () => isoVn(Date.now())!;
  // As the routes read: rankings without the entries (decision 0015), consolidated with them.
  const lean = { entries: false };
  const one = (campaign: string, group: string) => async () =>
    JSON.stringify(rankAll(await rankingData(d1, campaign, group, lean), iso())[0]!.ranking);
  const every = (campaign: string) => async () =>
    JSON.stringify({
      groups: rankAll(await rankingData(d1, campaign, null, lean), iso()).map((r) => r.ranking),
    });
  const P = PROVINCE.campaign;
  out.queries = {
    'ranking 10': await timed(30, one(P, 'G002')),
    'ranking 100': await timed(30, one(P, 'G001')),
    'ranking 1000': await timed(10, one(P, 'G000')),
    'rankings province': await timed(10, every(P)),
    'consolidated 100': await timed(20, async () =>
      JSON.stringify(consolidatedOf(rankAll(await rankingData(d1, P, 'G001'), iso())[0]!)),
    ),
    'rankings sector': await timed(20, every(SECTOR.campaign)),
    'ranking 1000 (ministry)': await timed(5, one('BENCH-BO', 'G000')),
    'rankings ministry': await timed(3, every('BENCH-BO')),
  };
  for (const [n, campaign] of o.quotaCampaigns)
    (out.queries as Record<string, unknown>)[`quotas ${n}`] = await timed(n >= 100000 ? 2 : 5, async () =>
      JSON.stringify({ rules: (await campaignState(d1, campaign, Date.now(), lean)).result.rules }),
    );

  // Where the time of all rankings of the province goes on raw SQLite: reads, core, JSON.
  let data = await rankingData(d1, P, null, lean);
  let ranked = rankAll(data, iso());
  out.provinceSplit = {
    reads: await timed(10, async () => {
      data = await rankingData(d1, P, null, lean);
    }),
    core: await timed(10, () => {
      ranked = rankAll(data, iso());
    }),
    json: await timed(10, () => JSON.stringify({ groups: ranked.map((r) => r.ranking) })),
    bytesRead: Buffer.byteLength(JSON.stringify(data)),
  };

  // The reference of the ranking target: raw SQLite aggregating the province's scores.
  const aggregate = db.prepare(
    `SELECT s.group_code, s.unit,
            SUM(COALESCE(e.value ->> '$.appraised', e.value ->> '$.self')) AS total
       FROM sheets s, json_each(s.entries) e
      WHERE s.campaign = ?1
      GROUP BY s.group_code, s.unit`,
  );
  const readEntries = db.prepare('SELECT group_code, unit, entries FROM sheets WHERE campaign = ?1');
  out.aggregate = {
    sql: await timed(10, () => aggregate.all({ 1: P })),
    core: await timed(10, () => {
      for (const r of readEntries.all({ 1: P }) as { entries: string }[])
        computeTotals(TEMPLATE, JSON.parse(r.entries) as SheetEntry[]);
    }),
    rows: (aggregate.all({ 1: P }) as unknown[]).length,
  };
  db.close();
  return out;
}
