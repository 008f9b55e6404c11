/**
 * Reading a PDF that LibreOffice wrote (poppler-utils): its text, its page count and size, and its first
 * page as a PNG for people to look at.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/**
 * The text of every page (UTF-8) in the order it was written (`-raw`: a justified line stays whole), a
 * line broken after a hyphen joined again, whitespace runs made one space; one page when `page` is given.
 */
export async function pdfText(pdf: string, page?: number): Promise<string> {
  const pages = page ? ['-f', String(page), '-l', String(page)] : [];
  const { stdout } = await exec('pdftotext', ['-raw', '-enc', 'UTF-8', ...pages, pdf, '-'], {
    maxBuffer: 32 << 20,
  });
  return stdout.replace(/-\n/g, '-').replace(/\s+/g, ' ');
}

/** Pages and the first page's size in points (A4 is 595.28 × 841.89). */
export async function pdfInfo(pdf: string): Promise<{ pages: number; width: number; height: number }> {
  const { stdout } = await exec('pdfinfo', [pdf]);
  const pages = Number(/Pages:\s+(\d+)/.exec(stdout)?.[1]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(stdout);
  return { pages, width: Number(size?.[1]), height: Number(size?.[2]) };
}

/** The fonts the PDF embeds (names as pdffonts lists them). */
export async function pdfFonts(pdf: string): Promise<string[]> {
  const { stdout } = await exec('pdffonts', [pdf]);
  return stdout
    .split('\n')
    .slice(2)
    .map((l) => l.split(/\s+/)[0]!)
    .filter(Boolean);
}

/** Page 1 as `<out>.png` at `dpi`. */
export async function firstPagePng(pdf: string, out: string, dpi = 70): Promise<string> {
  await exec('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', pdf, out]);
  return `${out}.png`;
}
