/**
 * The bench's write phases: (1) one submit at a time, then the same sheet again with a cached token and
 * `Prefer: return=minimal`; (2) the deadline rush of every province unit in bursts, every sheet read back to
 * count lost writes, and (2b) the same rush with minimal replies.
 */

import { CRITERIA, entriesOf, PROVINCE, SECTOR, scoreOf, TEMPLATE } from '../../shared/demo/bench';
import { toPoints } from '../../shared/points';
import { computeTotals, mergeEntries } from '../../shared/scoring';
import { type BurstResult, bursts, call, median, must, percentile, pool, type Reply } from './http';
import { seats, sheetPath, unitIndex } from './seats';
import { memory, type Server } from './server';

/** The figures of a burst run without its replies, with the median D1 trips and statements a request. */
export const burstSummary = (b: BurstResult) => {
  const { replies, ...rest } = b;
  return {
    ...rest,
    tripsPerRequest: median(replies.map((r) => r.trips)),
    statementsPerRequest: median(replies.map((r) => r.statements)),
  };
};

/** The memory of wrangler's workerd processes (its proxy and the runtime with the Worker and the local D1). */
export function sampleMemory(srv: Server) {
  const pids = srv.workerd();
  const each = pids.map(memory);
  return {
    pids,
    each,
    rss: Math.max(0, ...each.map((x) => x.rss)),
    peak: Math.max(0, ...each.map((x) => x.peak)),
  };
}

/** p50, p95 (ms), D1 trips and statements of replies after the first 20 (warm-up). */
function steadyFigures(replies: readonly Reply[]) {
  const steady = replies.slice(20);
  const ms = steady.map((r) => r.ms);
  return {
    n: steady.length,
    p50: median(ms),
    p95: percentile(ms, 95),
    trips: median(steady.map((r) => r.trips)),
    statements: median(steady.map((r) => r.statements)),
    replyBytes: median(steady.map((r) => r.bytes)),
  };
}

/**
 * (1) The sector's 200 units one at a time, each its whole 120-criterion sheet (a token's first use, full
 * reply: what the add-in sends), then at once the same sheet again with the token cached and minimal reply.
 */
export async function singleSubmits(base: string, tokens: Map<string, string>) {
  const submits: Reply[] = [];
  const again: Reply[] = [];
  for (const { group, unit } of seats(SECTOR)) {
    const path = sheetPath(SECTOR.campaign, group, unit);
    const token = tokens.get(unit)!;
    const body = (revision: number) => ({ revision, entries: entriesOf(unitIndex(unit)), submit: true });
    submits.push(must(await call(base, token, 'PUT', path, body(0)), `PUT ${unit}`));
    const minimal = await call(base, token, 'PUT', path, body(1), { Prefer: 'return=minimal' });
    again.push(must(minimal, `PUT ${unit} (minimal)`));
  }
  return {
    submit: {
      ...steadyFigures(submits),
      tripsMax: Math.max(...submits.map((r) => r.trips)),
      bodyBytes: Buffer.byteLength(JSON.stringify({ revision: 0, entries: entriesOf(0), submit: true })),
    },
    submitMinimal: {
      ...steadyFigures(again),
      applied: again.every((r) => r.body.startsWith('{"revision":2,')),
    },
  };
}

/** Reads every province sheet back: lost = acknowledged (200) but not what was sent; unwritten = refused and not stored. */
async function lostWrites(base: string, admin: string, rush: BurstResult) {
  const province = seats(PROVINCE);
  let lost = 0;
  let unwritten = 0;
  const revisions: number[] = [];
  const mismatches: string[] = [];
  await pool(province.length, 32, async (i) => {
    const { group, unit } = province[i]!;
    const r = await call(base, admin, 'GET', sheetPath(PROVINCE.campaign, group, unit));
    const u = unitIndex(unit);
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
  return { lost, unwritten, mismatches, revisions };
}

/** (2) and (2b): the deadline rush in the bursts of `plan`, compared with the `ceiling` of the same bursts. */
export async function deadlineRush(
  srv: Server,
  admin: string,
  tokens: Map<string, string>,
  plan: number[],
  ceiling: BurstResult,
) {
  const province = seats(PROVINCE);
  const put = (i: number, revision: number, headers?: Record<string, string>) => {
    const { group, unit } = province[i]!;
    const body = { revision, entries: entriesOf(unitIndex(unit)), submit: true };
    return call(srv.base, tokens.get(unit)!, 'PUT', sheetPath(PROVINCE.campaign, group, unit), body, headers);
  };
  const before = sampleMemory(srv);
  let peakDuring = before.rss;
  const sampler = setInterval(() => {
    peakDuring = Math.max(peakDuring, sampleMemory(srv).rss);
  }, 100);
  const rush = await bursts(plan, (i) => put(i, 0));
  clearInterval(sampler);
  const { revisions, ...lost } = await lostWrites(srv.base, admin, rush);

  // (2b) Once more with `Prefer: return=minimal`, each sheet from the revision read back.
  const minimal = await bursts(plan, (i) => put(i, revisions[i]!, { Prefer: 'return=minimal' }));
  return {
    rush: {
      ...burstSummary(rush),
      failures: rush.replies
        .filter((r) => r.status !== 200)
        .slice(0, 3)
        .map((r) => `${r.status} ${r.body.slice(0, 300)}`),
      firstRetried: rush.replies.find((r) => r.retried)?.retried ?? null,
      ratioToCeiling: rush.perSecond / ceiling.perSecond,
      ...lost,
    },
    rushMinimal: {
      ...burstSummary(minimal),
      ratioToCeiling: minimal.perSecond / ceiling.perSecond,
      replyBytes: median(minimal.replies.map((r) => r.bytes)),
    },
    memory: { rushBefore: before.rss, rushPeakSampled: peakDuring },
  };
}
