/**
 * The external programs some Node tests drive (headless Chromium, LibreOffice). Where one is missing a test
 * skips with a printed reason on a developer's machine, and fails under CI, where a skipped browser or
 * spreadsheet test would otherwise pass unnoticed.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's Chromium, the one the e2e tests launch (playwright-core ships no browser). */
export const CHROMIUM = '/usr/bin/chromium';

/** `soffice` (LibreOffice, Calc and Writer), `pdftoppm` (poppler-utils, with pdftotext and pdfinfo). */
export type Tool = 'chromium' | 'soffice' | 'pdftoppm';

const INSTALL =
  'apt-get install -y --no-install-recommends chromium libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils fonts-liberation';

const runs = (file: string, args: string[]) =>
  new Promise<boolean>((resolve) => execFile(file, args, (error) => resolve(error === null)));

/** Whether each tool can be run here. */
export const probes: Record<Tool, () => Promise<boolean>> = {
  chromium: async () => existsSync(CHROMIUM),
  soffice: () => runs('soffice', ['--version']),
  pdftoppm: () => runs('pdftoppm', ['-v']),
};

/** True when `CI` is set to anything but an explicit no (GitHub Actions and most runners set `CI=true`). */
export function onCI(env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env.CI?.trim().toLowerCase();
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

export interface RequireOptions {
  env?: NodeJS.ProcessEnv;
  probe?: () => Promise<boolean>;
  warn?: (message: string) => void;
}

/**
 * Resolves true when `tool` is present. When it is missing: throws under CI (the test file fails), and
 * elsewhere prints why and resolves false, for `describe.skipIf(!(await requireTool('chromium')))`.
 */
export async function requireTool(tool: Tool, options: RequireOptions = {}): Promise<boolean> {
  const present = await (options.probe ?? probes[tool])();
  if (present) return true;
  const reason = `${tool} is not installed (${INSTALL})`;
  if (onCI(options.env)) throw new Error(`CI: ${reason}; the tests that need it cannot be skipped.`);
  (options.warn ?? console.warn)(`skipped: ${reason}.`);
  return false;
}
