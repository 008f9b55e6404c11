/**
 * Opens files in LibreOffice headless and saves them in another format (one soffice run, a private profile
 * so parallel runs never share one), with an optional import filter — e.g. how to read a CSV: separator,
 * language (decimal comma for Vietnamese), whether formulas are evaluated.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** LibreOffice language ids (the CSV filter's 6th token). */
export const LANG = { vi: 1066, enUS: 1033 } as const;

/**
 * CSV import options: field separator, `"` as text delimiter, UTF-8, from line 1, standard columns, the
 * language, quoted fields not forced to text, special numbers detected, …, and formulas EVALUATED (13th
 * token), as a user's spreadsheet would — so an un-neutralised `=…` would show its result, not its text.
 */
export const csvImport = (separator: ';' | ',', lang: number) =>
  `CSV:${separator.charCodeAt(0)},34,76,1,,${lang},false,true,false,false,false,-1,true`;

/** CSV export: `,`, `"`, UTF-8, values (not as shown) in US English, so numbers read back with `.`. */
export const CSV_EXPORT = `csv:Text - txt - csv (StarCalc):44,34,76,1,,${LANG.enUS},false,true,false,false`;
/** The same, of the `sheet`-th sheet (1-based; the 12th token, LibreOffice 7.2 and later). */
export const csvExportOf = (sheet: number) => `${CSV_EXPORT},false,${sheet}`;
export const XLSX_EXPORT = 'xlsx:Calc MS Excel 2007 XML';

/** Converts each input (`registry`: profile settings to run with); returns the output paths (same base names, new extension), in order. */
export async function convert(
  inputs: readonly string[],
  to: string,
  opts: { infilter?: string; timeoutMs?: number; registry?: string } = {},
): Promise<string[]> {
  const profile = join(tmpdir(), `lo-${randomUUID()}`);
  const outDir = join(tmpdir(), `lo-out-${randomUUID()}`);
  await mkdir(outDir, { recursive: true });
  if (opts.registry) {
    // Settings for this run's private profile (registrymodifications.xcu).
    await mkdir(join(profile, 'user'), { recursive: true });
    await writeFile(join(profile, 'user', 'registrymodifications.xcu'), opts.registry);
  }
  try {
    await exec(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        ...(opts.infilter ? [`--infilter=${opts.infilter}`] : []),
        '--convert-to',
        to,
        '--outdir',
        outDir,
        ...inputs,
      ],
      { timeout: opts.timeoutMs ?? 180_000 },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const ext = to.split(':')[0]!;
  // A CSV of one chosen sheet is named "<base>-<sheet name>.csv": found by its base.
  const written = await readdir(outDir);
  return inputs.map((p) => {
    const base = basename(p).replace(/\.[^.]+$/, '');
    const exact = `${base}.${ext}`;
    const sheet = written.find((f) => f.startsWith(`${base}-`) && f.endsWith(`.${ext}`));
    return join(outDir, written.includes(exact) || !sheet ? exact : sheet);
  });
}

/** Parses RFC 4180 CSV text (quotes doubled inside quoted fields; CRLF or LF line ends). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
