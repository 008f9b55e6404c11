// Runs the whole product locally on one port: builds the add-in (addin/dist and, with the preview host,
// addin/dist-dev, which is what it serves), makes sure .dev.vars has an ADMIN_TOKEN,
// applies the D1 migrations to the local database, starts `wrangler dev` (non-interactive, no telemetry),
// waits for /api/v1/health, loads the demo campaign once through the public API, and prints the URLs and
// the demo tokens. Demo tokens are kept in .wrangler/demo-tokens.json next to the local database they
// belong to, so they stay the same across restarts. PORT overrides 8787. `npm start -- --https` (or
// HTTPS=1) serves over HTTPS with the office-addin-dev-certs certificate (./start/certs.mjs): made or reused
// first, then the script runs itself again with the certificate's CA given to Node (NODE_EXTRA_CA_CERTS is
// read only when a process starts), so its own calls to the server (health, demo seeding) trust it.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { startText } from './messages/start.mjs';
import { ensureCertificate } from './start/certs.mjs';
import { originsOf, protocolArgs, startOptions } from './start/options.mjs';

const options = startOptions(process.argv.slice(2), process.env);
if (!options.ok) {
  console.error(options.error);
  process.exit(2);
}
const { port } = options;
const { local: base, shown: origin } = originsOf(options);
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

/**
 * Reads .dev.vars; writes a random ADMIN_TOKEN there when it is missing; a value already there is kept. The
 * rotation's second value, ADMIN_TOKEN_NEXT, is declared too: `off` (accepts nothing) unless set.
 */
async function adminToken() {
  const file = '.dev.vars';
  let text = existsSync(file) ? await readFile(file, 'utf8') : '';
  if (!text.split(/\r?\n/).some((l) => /^\s*ADMIN_TOKEN_NEXT\s*=/.test(l))) {
    const sep = text && !text.endsWith('\n') ? '\n' : '';
    text = `${text}${sep}# The second admin value during a rotation (README, Deploy); off = none.\nADMIN_TOKEN_NEXT=off\n`;
    await writeFile(file, text);
  }
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

/** Makes or reuses the certificate, says whether it is trusted, and runs this script again with it. */
async function relaunchWithCertificate() {
  say(startText.certificate);
  const made = await ensureCertificate();
  if (!made.ok) {
    console.error(startText.certFailed(made.reason));
    process.exit(1);
  }
  say(startText.certReady(made.cert, made.created));
  if (made.trusted) say(startText.certTrusted);
  else for (const line of startText.certUntrusted(made.reason ?? '', made.ca)) say(line);
  const cert = { key: made.key, cert: made.cert };
  const child = spawn(process.execPath, process.argv.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, NODE_EXTRA_CA_CERTS: made.ca, THIDUA_DEV_CERT: JSON.stringify(cert) },
  });
  // Ctrl-C reaches the whole process group; a SIGTERM sent to this process alone is passed on.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('exit', (code) => process.exit(code ?? 1));
}

if (options.https && !process.env.THIDUA_DEV_CERT) await relaunchWithCertificate();
else await serve(options.https ? JSON.parse(process.env.THIDUA_DEV_CERT) : null);

/** @param {{ key: string, cert: string } | null} cert */
async function serve(cert) {
  say(startText.building);
  await run('node', ['scripts/build-addin.mjs']);

  const admin = await adminToken();
  if (admin.created) say(startText.adminTokenCreated);

  say(startText.migrating);
  await run(process.execPath, [...wrangler, 'd1', 'migrations', 'apply', 'DB', '--local'], { CI: 'true' });

  say(startText.starting(port, cert !== null));
  const child = spawn(
    process.execPath,
    [
      ...wrangler,
      'dev',
      // The development assets: the production pane and the preview host (decision 0020).
      '--assets',
      'addin/dist-dev',
      '--port',
      String(port),
      '--ip',
      '127.0.0.1',
      '--show-interactive-dev-session=false',
      ...protocolArgs(cert),
    ],
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
    if (!loaded) say(startText.demoPresent(seeder.DEMO_CAMPAIGN));
    const tokens = await demoTokens(seeder, admin.token);
    const banner = startText.running({
      origin,
      campaign: seeder.DEMO_CAMPAIGN,
      admin: admin.token,
      tokens: tokens.map((t) => ({ ...t, who: t.unit ? `unit ${t.unit}` : t.role })),
    });
    for (const line of banner) say(line);
  } catch (error) {
    console.error(error);
    stop();
    process.exitCode = 1;
  }
}
