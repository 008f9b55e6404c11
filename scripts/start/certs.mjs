// The HTTPS certificate of `npm start -- --https`: office-addin-dev-certs' localhost certificate in
// ~/.office-addin-dev-certs, reused while it has more than a day left, else created; its CA trusted on this
// machine when possible (the system store may need an administrator: `sudo` on Linux, a prompt on
// Windows/macOS). When trusting fails the files are still used, untrusted, and the person is told what to do;
// when even creating them fails, the reason is returned instead of thrown.
import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import devCerts from 'office-addin-dev-certs';
import defaults from 'office-addin-dev-certs/lib/defaults.js';

const files = {
  ca: defaults.caCertificatePath,
  cert: defaults.localhostCertificatePath,
  key: defaults.localhostKeyPath,
};
const DAY = 86_400_000;

/** The files exist and the certificate is valid for more than a day. */
function usable() {
  if (!existsSync(files.ca) || !existsSync(files.key) || !existsSync(files.cert)) return false;
  try {
    return new Date(new X509Certificate(readFileSync(files.cert)).validTo).getTime() - Date.now() > DAY;
  } catch {
    return false;
  }
}

function trusted() {
  try {
    return devCerts.verifyCertificates();
  } catch {
    return false;
  }
}

const reasonOf = (e) =>
  String(e?.message ?? e)
    .split('\n')
    .filter(Boolean)
    .slice(0, 3)
    .join(' ');

/**
 * @returns {Promise<{ ok: true, ca: string, cert: string, key: string, created: boolean, trusted: boolean, reason?: string }
 *   | { ok: false, reason: string }>}
 */
export async function ensureCertificate() {
  const reused = usable();
  if (reused && trusted()) return { ok: true, ...files, created: false, trusted: true };
  let reason;
  try {
    if (reused) await devCerts.installCaCertificate(files.ca);
    // Removes a stale CA, creates new files, trusts the new CA.
    else await devCerts.ensureCertificatesAreInstalled();
  } catch (e) {
    reason = reasonOf(e);
  }
  let created = !reused;
  if (!usable()) {
    try {
      await devCerts.generateCertificates();
      created = true;
    } catch (e) {
      return { ok: false, reason: reasonOf(e) };
    }
  }
  const ok = trusted();
  return { ok: true, ...files, created, trusted: ok, ...(ok ? {} : { reason: reason ?? '' }) };
}
