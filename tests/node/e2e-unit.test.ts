/**
 * End to end in headless Chromium, against the real Worker started here (`wrangler dev`, its own local D1):
 * a unit opens the preview host (/preview: the real task pane beside the in-browser workbook), connects,
 * builds its sheet, types an invalid score and sees it marked, fixes it and submits; the lead unit appraises
 * one criterion with a reason through the API; the unit refreshes and sees the appraised score and reason.
 * Screenshots are kept in test-artifacts/. Skipped only where /usr/bin/chromium is missing.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = 'test-artifacts/e2e-unit';
const TIMEOUT = 120_000;
const env = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  CI: 'true',
};
const wranglerJs = 'node_modules/wrangler/bin/wrangler.js';
const admin = randomBytes(24).toString('base64url');
const s = randomBytes(3).toString('hex').toUpperCase();
const u = (n: number) => `U${n}-${s}`;
const code = `E2E-${s}`;

/** The small plan of the Worker's own tests: one open group G1 led by U1, U2 a member. */
const plan = {
  campaign: { code, year: 2023, title: `Kế hoạch thử trình duyệt ${s}` },
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
};
const scores: Record<string, string> = { '1.1': '18.5', '1.2': '9.5', '2.1': '62', 'T.1': '2' };
const sheetPath = `/campaigns/${code}/groups/G1/units/${u(2)}/sheet`;

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

const enabled = existsSync(CHROMIUM);
if (!enabled) console.warn(`e2e-unit: bỏ qua — không có Chromium tại ${CHROMIUM} (CI cài qua .ci/run).`);

describe.skipIf(!enabled)('end to end in Chromium: a unit in the preview host against the Worker', () => {
  let wrangler: ChildProcess | null = null;
  let persist = '';
  let base = '';
  let browser: Browser | null = null;
  let output = '';

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
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    execFileSync('npm', ['run', 'build'], { env, stdio: 'pipe' });
    persist = await mkdtemp(join(tmpdir(), 'thidua-e2e-'));
    execFileSync(
      process.execPath,
      [wranglerJs, 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persist],
      { env, stdio: 'pipe' },
    );
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    wrangler = spawn(
      process.execPath,
      [
        wranglerJs,
        'dev',
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
    for (let i = 0; ; i++) {
      if (wrangler.exitCode !== null) throw new Error(`wrangler dev exited:\n${output}`);
      const ok = await fetch(`${base}/api/v1/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (i > 360) throw new Error(`wrangler dev did not answer in 90 s:\n${output}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    browser = await chromium.launch({
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
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    if (wrangler?.pid && wrangler.exitCode === null) {
      try {
        process.kill(-wrangler.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      await new Promise((r) => setTimeout(r, 500));
      try {
        process.kill(-wrangler.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    if (persist) await rm(persist, { recursive: true, force: true });
  }, TIMEOUT);

  /** The grid cell of a criterion's row in the first column the unit fills in (its self score). */
  const selfCell = (page: Page, criterion: string) =>
    page
      .locator('#preview-grid tr', {
        has: page.locator('td', { hasText: new RegExp(`^${criterion.replace('.', '\\.')}$`) }),
      })
      .locator('td.input')
      .first();

  async function typeInto(page: Page, criterion: string, text: string) {
    await selfCell(page, criterion).click();
    await page.fill('#preview-input', text);
    await page.press('#preview-input', 'Enter');
    await expect.poll(() => selfCell(page, criterion).textContent()).toBe(text);
  }

  it(
    'connects, builds the sheet, marks an invalid score, submits, then sees the lead unit’s appraisal',
    async () => {
      const created = await call(admin, 'POST', '/plans', plan);
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const unitToken = (
        await call(admin, 'POST', '/tokens', { role: 'unit', unit: u(2), label: `Đơn vị 2 ${s}` })
      ).body.token as string;
      const leadToken = (
        await call(admin, 'POST', '/tokens', { role: 'unit', unit: u(1), label: `Trưởng khối ${s}` })
      ).body.token as string;
      expect(unitToken && leadToken).toBeTruthy();

      const page = await browser!.newPage({ viewport: { width: 1500, height: 950 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      // The preview needs nothing but the Worker: no Office.js, no CDN.
      const elsewhere: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith(`${base}/`)) elsewhere.push(r.url());
      });
      await page.goto(`${base}/preview`);
      await expect.poll(() => page.getAttribute('body', 'data-host')).toBe('preview');
      await expect.poll(() => page.inputValue('#server')).toBe(base);

      await page.fill('#token', unitToken);
      await page.click('#connect-form button[type=submit]');
      await page.getByText(`Khối thử ${s}`).waitFor();
      await page.screenshot({ path: `${ARTIFACTS}/1-connected.png`, fullPage: true });

      await page.getByRole('button', { name: 'Mở bảng điểm' }).click();
      await selfCell(page, '1.1').waitFor();
      await expect.poll(() => page.locator('#preview-tabs .tab.active').count()).toBe(1);
      await page.screenshot({ path: `${ARTIFACTS}/2-sheet-built.png`, fullPage: true });

      // A locked cell refuses typing, as in Excel.
      await page
        .locator('#preview-grid td', { hasText: /^1\.1$/ })
        .first()
        .click();
      await page.fill('#preview-input', 'x');
      await page.press('#preview-input', 'Enter');
      await expect.poll(() => page.textContent('#preview-note')).toContain('đã khóa');

      await typeInto(page, '1.1', 'abc');
      await page.getByRole('button', { name: 'Kiểm tra' }).click();
      await page.getByText('không phải là một điểm số').first().waitFor();
      const bad = selfCell(page, '1.1');
      await expect.poll(() => bad.getAttribute('data-fill')).toBe('#FFC7CE');
      await page.screenshot({ path: `${ARTIFACTS}/3-invalid-marked.png`, fullPage: true });

      for (const [criterion, value] of Object.entries(scores)) await typeInto(page, criterion, value);
      // The grid recalculates the sheet's formulas: the total row shows what the server will compute.
      const totalRow = page.locator('#preview-grid tr', {
        has: page.locator('td', { hasText: /^Tổng cộng$/ }),
      });
      await expect.poll(() => totalRow.locator('td', { hasText: /^92$/ }).count()).toBe(1);
      await page.getByRole('button', { name: 'Nộp' }).click();
      await page.getByText('Đã nộp bảng điểm.').waitFor();
      await page.getByText('Tổng tự chấm: 92').waitFor();
      await expect.poll(() => bad.getAttribute('data-fill')).toBeNull();
      await page.screenshot({ path: `${ARTIFACTS}/4-submitted.png`, fullPage: true });

      const submitted = await call(unitToken, 'GET', `/campaigns/${code}/groups/G1/units/${u(2)}/sheet`);
      expect(submitted.body.status).toBe('submitted');
      expect(submitted.body.entries.find((e: { criterion: string }) => e.criterion === '1.1').self).toBe(
        18.5,
      );

      const reason = 'Minh chứng chỉ đạt 17 điểm theo báo cáo số 12/BC';
      const appraised = await call(leadToken, 'PUT', `${sheetPath}/appraisal`, {
        revision: submitted.body.revision,
        entries: [{ criterion: '1.1', appraised: 17, reason }],
      });
      expect(appraised.status, JSON.stringify(appraised.body)).toBe(200);

      await page.getByRole('button', { name: 'Tạo / làm mới bảng điểm' }).click();
      await page.getByText('Bảng đã được thẩm định').waitFor();
      await page.screenshot({ path: `${ARTIFACTS}/5-appraisal-seen.png`, fullPage: true });
      const row = page.locator('#preview-grid tr', { has: page.locator('td', { hasText: /^1\.1$/ }) });
      await expect.poll(() => row.locator('td', { hasText: reason }).count()).toBe(1);
      await expect.poll(() => row.locator('td', { hasText: /^17$/ }).count()).toBe(1);
      expect(errors).toEqual([]);
      expect(elsewhere).toEqual([]);
      await page.close();
    },
    TIMEOUT,
  );
});
