// Runs the whole product locally on one port: builds the add-in, makes sure .dev.vars has an ADMIN_TOKEN,
// applies the D1 migrations to the local database, starts `wrangler dev` (non-interactive, no telemetry),
// waits for /api/v1/health, loads the demo campaign once through the public API, and prints the URLs and
// the demo tokens. Demo tokens are kept in .wrangler/demo-tokens.json next to the local database they
// belong to, so they stay the same across restarts. PORT overrides 8787.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';

const port = Number(process.env.PORT || 8787);
const base = `http://127.0.0.1:${port}`;
const env = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  WRANGLER_LOG: process.env.WRANGLER_LOG ?? 'warn',
};
const say = (s = '') => process.stdout.write(`${s}\n`);
// Wrangler run by node directly (not through `npx`), so signals reach it.
const wrangler = ['node_modules/wrangler/bin/wrangler.js'];

function run(cmd, args, extra = {}) {
  return new Promise((resolve, reject) =>
    spawn(cmd, args, { stdio: 'inherit', env: { ...env, ...extra } }).on('exit', (c) =>
      c === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} → ${c}`)),
    ),
  );
}

/** Reads .dev.vars; writes a random ADMIN_TOKEN there when it is missing; a value already there is kept. */
async function adminToken() {
  const file = '.dev.vars';
  const text = existsSync(file) ? await readFile(file, 'utf8') : '';
  const line = text.split(/\r?\n/).find((l) => /^\s*ADMIN_TOKEN\s*=/.test(l));
  const value = line
    ?.split('=')
    .slice(1)
    .join('=')
    .trim()
    .replace(/^["']|["']$/g, '');
  if (value) return { token: value, created: false };
  const token = randomBytes(32).toString('base64url');
  const sep = text && !text.endsWith('\n') ? '\n' : '';
  await writeFile(
    file,
    `${text}${sep}# Bootstrap admin token for local development (git-ignored).\nADMIN_TOKEN=${token}\n`,
  );
  return { token, created: true };
}

/** Bundles scripts/seed-demo.ts (and shared/demo) for Node and imports it. */
async function loadSeeder() {
  const out = await build({
    entryPoints: ['scripts/seed-demo.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'warning',
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

async function waitForHealth(child, seconds = 90) {
  for (let i = 0; i < seconds * 4; i++) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited (${child.exitCode})`);
    try {
      const res = await fetch(`${base}/api/v1/health`);
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${base}/api/v1/health did not answer within ${seconds}s`);
}

/** The demo tokens: reused from .wrangler/demo-tokens.json while they still work, issued otherwise. */
async function demoTokens(seeder, admin) {
  const file = '.wrangler/demo-tokens.json';
  const saved = existsSync(file) ? JSON.parse(await readFile(file, 'utf8')) : {};
  const out = [];
  for (const t of seeder.DEMO_TOKENS) {
    let token = saved[t.label];
    if (!token || !(await seeder.tokenWorks(base, token)))
      token = await seeder.issueDemoToken(base, admin, t);
    out.push({ ...t, token });
  }
  await mkdir('.wrangler', { recursive: true });
  await writeFile(
    file,
    `${JSON.stringify(Object.fromEntries(out.map((t) => [t.label, t.token])), null, 2)}\n`,
  );
  return out;
}

say('› Đóng gói add-in (npm run build)…');
await run('node', ['scripts/build-addin.mjs']);

const admin = await adminToken();
if (admin.created) say('› Đã tạo ADMIN_TOKEN ngẫu nhiên trong .dev.vars');

say('› Áp dụng migration cho D1 cục bộ…');
await run(process.execPath, [...wrangler, 'd1', 'migrations', 'apply', 'DB', '--local'], { CI: 'true' });

say(`› Khởi động wrangler dev trên cổng ${port}…`);
const child = spawn(
  process.execPath,
  [...wrangler, 'dev', '--port', String(port), '--ip', '127.0.0.1', '--show-interactive-dev-session=false'],
  { stdio: 'inherit', env },
);
const stop = () => {
  if (child.exitCode !== null) return;
  child.kill('SIGINT');
  setTimeout(() => child.exitCode === null && child.kill('SIGTERM'), 5000).unref();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code) => process.exit(code ?? 0));

try {
  await waitForHealth(child);
  const seeder = await loadSeeder();
  const loaded = await seeder.seedDemo(base, admin.token, say);
  if (!loaded) say('› Kế hoạch mẫu BRVT-YT-2023 đã có sẵn (bỏ qua).');
  const tokens = await demoTokens(seeder, admin.token);
  const origin = `http://localhost:${port}`;
  say('');
  say('════════════════ Thi đua đang chạy ════════════════');
  say(`  API          ${origin}/api/v1   (OpenAPI: ${origin}/api/v1/openapi.json)`);
  say(`  Task pane    ${origin}/taskpane`);
  say(`  Xem thử      ${origin}/preview   (task pane + sổ tính trong trình duyệt, không cần Excel)`);
  say(`  Manifest     ${origin}/manifest.xml`);
  say('');
  say(`  admin        ${admin.token}`);
  say('               Quản trị (ADMIN_TOKEN trong .dev.vars)');
  for (const t of tokens) {
    say(`  ${(t.unit ? `unit ${t.unit}` : t.role).padEnd(12)} ${t.token}`);
    say(`               ${t.label} — ${t.note}`);
  }
  say('');
  say('  Thử:');
  say(`    curl -H "Authorization: Bearer <mã>" ${origin}/api/v1/me`);
  say(
    `    curl -H "Authorization: Bearer <mã TTYT-BR>" ${origin}/api/v1/campaigns/BRVT-YT-2023/groups/KHOI-TTYT/units/TTYT-BR/sheet`,
  );
  const c = `${origin}/api/v1/campaigns/BRVT-YT-2023`;
  say(
    `    curl -H "Authorization: Bearer <mã Thường trực>" ${c}/rankings   (và /quotas, /nominations, /calendar)`,
  );
  say(
    `    curl -OJ -H "Authorization: Bearer <mã Thường trực>" "${c}/groups/KHOI-BV/consolidated?format=xlsx"`,
  );
  say(
    `    curl -X POST -H "Authorization: Bearer <mã Thường trực>" ${c}/snapshots   (Hội đồng đọc: GET …/snapshots/{id})`,
  );
  say('  Mã mới: POST /api/v1/tokens với mã admin, hoặc xóa .wrangler/demo-tokens.json rồi chạy lại.');
  say('═══════════════════════════════════════════════════');
} catch (error) {
  console.error(error);
  stop();
  process.exitCode = 1;
}
