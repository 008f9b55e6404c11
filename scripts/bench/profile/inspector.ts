/** A Chrome DevTools Protocol session over the inspector workerd exposes: commands in, answers matched by id. */
import WebSocket from 'ws';

export interface CallFrame {
  functionName: string;
  scriptId: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
export interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
export interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export class Inspector {
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
