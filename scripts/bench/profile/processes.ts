/** Which process of `wrangler dev` is which (its proxy or the runtime workerd), and the runtime's inspector port. */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { descendants, type Server } from '../server';

export function label(srv: Server, port: number): Map<number, string> {
  const labels = new Map<number, string>([[srv.child.pid!, 'wrangler (Node: launcher)']]);
  const listeners = execSync('ss -ltnpH').toString();
  for (const pid of descendants(srv.child.pid!)) {
    const comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
    if (comm === 'workerd') {
      const proxy = listeners
        .split('\n')
        .some((l) => l.includes(`127.0.0.1:${port} `) && l.includes(`pid=${pid},`));
      labels.set(
        pid,
        proxy ? "workerd: wrangler's proxy (ProxyWorker)" : 'workerd: runtime (the Worker + local D1)',
      );
    } else labels.set(pid, comm === 'node' ? 'wrangler (Node: dev server)' : `wrangler's ${comm}`);
  }
  return labels;
}

/** The runtime workerd's own inspector (wrangler starts it on a random port): the port whose /json lists the Worker. */
export async function runtimeInspector(labels: Map<number, string>): Promise<number> {
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
