/**
 * What every end-to-end test needs: the real Worker started by `wrangler dev` on a free port with its own
 * local D1 (migrations applied, a random ADMIN_TOKEN), an HTTP caller for the API, and headless Chromium
 * (Debian's, with the flags DEVELOPERS.md lists). Each test file starts its own Worker, so files stay
 * independent and can run in parallel.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { CHROMIUM } from '../tools';
import { exited, until } from '../until';

export const E2E_TIMEOUT = 120_000;

const env = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  CI: 'true',
};
const wranglerJs = 'node_modules/wrangler/bin/wrangler.js';

export interface ApiAnswer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: test code reads JSON answers freely.
  body: any;
}

export interface RunningWorker {
  base: string;
  admin: string;
  call(token: string, method: string, path: string, body?: unknown): Promise<ApiAnswer>;
  /** Issues a token through the API and returns it. */
  token(role: 'unit' | 'council' | 'secretariat', label: string, unit?: string): Promise<string>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Applies the migrations to a fresh local D1 and starts `wrangler dev` on it, serving the add-in that
 * tests/node/global-setup.ts built once for the whole run.
 */
export async function startWorker(): Promise<RunningWorker> {
  const admin = randomBytes(24).toString('base64url');
  const persist = await mkdtemp(join(tmpdir(), 'thidua-e2e-'));
  execFileSync(
    process.execPath,
    [wranglerJs, 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persist],
    { env, stdio: 'pipe' },
  );
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let output = '';
  const wrangler: ChildProcess = spawn(
    process.execPath,
    [
      wranglerJs,
      'dev',
      // The development assets (addin/dist-dev): the production pane and the preview host the tests drive.
      '--assets',
      'addin/dist-dev',
      '--port',
      String(port),
      '--ip',
      '127.0.0.1',
      '--persist-to',
      persist,
      '--var',
      `ADMIN_TOKEN:${admin}`,
      '--show-interactive-dev-session=false',
    ],
    { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  wrangler.stdout?.on('data', (d) => {
    output += d;
  });
  wrangler.stderr?.on('data', (d) => {
    output += d;
  });

  /** SIGTERM to the process group (wrangler and its workerd), SIGKILL to whatever is left after 5 s. */
  const stop = async () => {
    if (wrangler.pid && wrangler.exitCode === null) {
      const signal = (s: NodeJS.Signals) => {
        try {
          process.kill(-wrangler.pid!, s);
        } catch {
          // Already gone.
        }
      };
      signal('SIGTERM');
      await exited(wrangler, 5_000);
      signal('SIGKILL');
    }
    await rm(persist, { recursive: true, force: true });
  };

  try {
    await until(
      async () => {
        if (wrangler.exitCode !== null) throw new Error('wrangler dev exited');
        return fetch(`${base}/api/v1/health`).then(
          (r) => r.ok,
          () => false,
        );
      },
      { timeoutMs: 90_000, everyMs: 250, what: 'wrangler dev to answer /api/v1/health' },
    );
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}:\n${output}`);
  }

  const call = async (token: string, method: string, path: string, body?: unknown) => {
    const res = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const type = res.headers.get('content-type') ?? '';
    return { status: res.status, body: text && type.includes('json') ? JSON.parse(text) : text };
  };

  const token = async (role: 'unit' | 'council' | 'secretariat', label: string, unit?: string) => {
    const made = await call(admin, 'POST', '/tokens', { role, label, ...(unit ? { unit } : {}) });
    if (made.status !== 201) throw new Error(`token: ${made.status} ${JSON.stringify(made.body)}`);
    return made.body.token as string;
  };

  return { base, admin, call, token, stop };
}

/** Headless Debian Chromium with the flags this workplace needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A page on the preview host (/preview) that collects page errors, violations of the pages' CSP (decision
 * 0029) and any request leaving the Worker's origin (the preview needs nothing else: no Office.js, no CDN).
 * Assert both empty at the end.
 */
export async function openPreview(browser: Browser, base: string) {
  const page: Page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
  const errors: string[] = [];
  const elsewhere: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.exposeFunction('__cspViolation', (v: string) => errors.push(`CSP: ${v}`));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(
        `${e.effectiveDirective} ${e.blockedURI}`,
      ),
    ),
  );
  page.on('request', (r) => {
    if (!r.url().startsWith(`${base}/`)) elsewhere.push(r.url());
  });
  const res = await page.goto(`${base}/preview`);
  // The violations above are only a check while the page is served with the pane's CSP.
  if (!res?.headers()['content-security-policy']?.includes("script-src 'self'"))
    errors.push("CSP: /preview is served without the pane's policy");
  await page.waitForSelector('body[data-host="preview"]', { state: 'attached' });
  return { page, errors, elsewhere };
}

/** Connects the preview's task pane with a token. */
export async function connectPane(page: Page, token: string): Promise<void> {
  await page.fill('#token', token);
  await page.click('#connect-form button[type=submit]');
  await page.locator('#account').waitFor({ state: 'visible' });
}

/**
 * The small plan of the e2e tests, unique per run by the suffix `s`: one open group G1 led by U1 with members
 * U1–U3, a 4-criterion template with a bonus section, one collective award, movement M1 under U3. Tests that
 * need more (quotas, rules) extend the returned plan before posting it.
 */
export function smallPlan(s: string) {
  const u = (n: number) => `U${n}-${s}`;
  return {
    u,
    code: `E2E-${s}`,
    plan: {
      campaign: { code: `E2E-${s}`, year: 2023, title: `Kế hoạch thử trình duyệt ${s}` },
      units: [1, 2, 3].map((n) => ({ code: u(n), name: `Đơn vị ${n} ${s}`, womenShare: 0.5 })),
      awards: [{ code: 'CO', name: 'Cờ thi đua', nominee: 'collective' }],
      templates: [
        {
          code: 'TPL',
          title: 'Bảng thử',
          sections: [
            {
              code: 'I',
              title: 'Chuyên môn',
              kind: 'standard',
              criteria: [
                { code: '1.1', title: 'Khám chữa bệnh', max: 20, step: 0.5 },
                { code: '1.2', title: 'Chất lượng', max: 10 },
              ],
            },
            {
              code: 'II',
              title: 'Quản lý',
              kind: 'standard',
              criteria: [{ code: '2.1', title: 'Tài chính', max: 70 }],
            },
            {
              code: 'T',
              title: 'Điểm thưởng',
              kind: 'bonus',
              cap: 5,
              criteria: [{ code: 'T.1', title: 'Sáng kiến', max: 3 }],
            },
          ],
          classification: [
            { label: 'Tốt', min: 85 },
            { label: 'Khá', min: 70 },
            { label: 'Trung bình', min: 0 },
          ],
        },
      ],
      groups: [
        {
          code: 'G1',
          kind: 'khoi',
          name: `Khối thử ${s}`,
          template: 'TPL',
          lead: u(1),
          members: [u(1), u(2), u(3)],
          deadline: '2099-12-31T17:00:00+07:00',
        },
      ],
      movements: [{ code: 'M1', name: 'Phong trào một', responsibleUnit: u(3) }],
    },
  };
}

/** A random suffix that keeps codes unique across runs. */
export const suffix = () => randomBytes(3).toString('hex').toUpperCase();

export type Preview = Awaited<ReturnType<typeof openPreview>>;

/** What {@link useE2E} gives a test file: its Worker and browser (once started) and the steps every test repeats. */
export interface E2E {
  /** The Worker started for this file (throws before beforeAll has run). */
  worker(): RunningWorker;
  /** The browser launched for this file (throws when `browser: false` or before beforeAll has run). */
  browser(): Browser;
  call: RunningWorker['call'];
  /** Posts a plan as the admin and expects it created. */
  postPlan(plan: unknown): Promise<void>;
  /** A preview page on this file's Worker; with a token, its task pane connected. */
  preview(token?: string): Promise<Preview>;
}

/**
 * Registers, in the calling describe block, a beforeAll that starts the Worker (and Chromium, unless
 * `browser: false`; and makes the artifacts folder) and an afterAll that stops them.
 */
export function useE2E(options: { artifacts?: string; browser?: boolean } = {}): E2E {
  let worker: RunningWorker | null = null;
  let browser: Browser | null = null;
  const running = () => {
    if (!worker) throw new Error('e2e: the Worker is not started');
    return worker;
  };
  const launched = () => {
    if (!browser) throw new Error('e2e: the browser is not launched');
    return browser;
  };

  beforeAll(async () => {
    if (options.artifacts) await mkdir(options.artifacts, { recursive: true });
    worker = await startWorker();
    if (options.browser !== false) browser = await launchBrowser();
  }, E2E_TIMEOUT);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await worker?.stop();
  }, E2E_TIMEOUT);

  const call: RunningWorker['call'] = (token, method, path, body) =>
    running().call(token, method, path, body);
  return {
    worker: running,
    browser: launched,
    call,
    async postPlan(plan) {
      const created = await call(running().admin, 'POST', '/plans', plan);
      expect(created.status, JSON.stringify(created.body)).toBe(201);
    },
    async preview(token) {
      const opened = await openPreview(launched(), running().base);
      if (token !== undefined) await connectPane(opened.page, token);
      return opened;
    },
  };
}

/** The end of a page's part: no page error, no request outside the Worker's origin; then it closes. */
export async function closeClean({ page, errors, elsewhere }: Preview): Promise<void> {
  expect(errors).toEqual([]);
  expect(elsewhere).toEqual([]);
  await page.close();
}
