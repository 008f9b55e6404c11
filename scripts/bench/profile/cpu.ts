/**
 * CPU accounting from /proc while the bench runs: this client, wrangler's processes and their threads, the
 * whole machine; the CPU seconds between two snapshots, and a table of them per request.
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const TICK = 100; // USER_HZ: /proc times are in 1/100 s

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

export interface Snap {
  at: number;
  client: NodeJS.CpuUsage;
  machine: { busy: number; total: number };
  procs: Map<number, { name: string; cpu: number; threads: Map<number, { name: string; cpu: number }> }>;
}

export function snap(pids: number[]): Snap {
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
export function split(a: Snap, b: Snap, labels: Map<number, string>) {
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
