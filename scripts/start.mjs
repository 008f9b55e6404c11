// Runs the product locally (placeholder until the backend lands): builds the add-in and starts wrangler dev.
import { spawn } from 'node:child_process';

const port = process.env.PORT ?? '8787';
const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' };
const run = (cmd, args) =>
  new Promise((resolve, reject) =>
    spawn(cmd, args, { stdio: 'inherit', env }).on('exit', (c) =>
      c === 0 ? resolve() : reject(new Error(`${cmd} ${c}`)),
    ),
  );
await run('node', ['scripts/build-addin.mjs']);
await run('npx', ['wrangler', 'dev', '--port', port, '--ip', '127.0.0.1']);
