// What `npm start` was asked for, from its arguments and environment (pure, tested in
// tests/node/start-options.test.ts): `--https` or HTTPS=1 serves the pane and the manifest over HTTPS with the
// office-addin-dev-certs certificate (`--http` or HTTPS=0 wins back plain HTTP); PORT picks the port.
import { startText } from '../messages/start.mjs';

const YES = /^(1|true|yes|on)$/i;
const NO = /^(0|false|no|off)?$/i;

/**
 * @param {readonly string[]} argv the arguments after the script (`npm start -- --https` gives ['--https'])
 * @param {Record<string, string | undefined>} env
 * @returns {{ ok: true, https: boolean, port: number } | { ok: false, error: string }}
 */
export function startOptions(argv, env) {
  const flag = env.HTTPS?.trim() ?? '';
  if (!YES.test(flag) && !NO.test(flag)) return { ok: false, error: startText.badHttpsEnv(flag) };
  let https = YES.test(flag);
  for (const arg of argv) {
    if (arg === '--https') https = true;
    else if (arg === '--http') https = false;
    else return { ok: false, error: startText.badOption(arg) };
  }
  const raw = env.PORT?.trim() || '8787';
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 1 || port > 65535) return { ok: false, error: startText.badPort(raw) };
  return { ok: true, https, port };
}

/**
 * The origins the script talks to (127.0.0.1, which the certificate also names) and prints (localhost).
 * @param {{ https: boolean, port: number }} o
 */
export function originsOf(o) {
  const scheme = o.https ? 'https' : 'http';
  return { local: `${scheme}://127.0.0.1:${o.port}`, shown: `${scheme}://localhost:${o.port}` };
}

/**
 * The `wrangler dev` arguments that serve over HTTPS with the given key and certificate (none for HTTP).
 * @param {{ key: string, cert: string } | null} cert
 * @returns {string[]}
 */
export function protocolArgs(cert) {
  return cert
    ? ['--local-protocol', 'https', '--https-key-path', cert.key, '--https-cert-path', cert.cert]
    : [];
}
