/** No source file over the line limit, outside demo data, tests and generated files (issue 11). */
import { isDemoData, isGenerated, isTest, type Source } from './sources';

export const MAX_LINES = 300;

/** Lines as an editor numbers them: a final newline does not open a line. */
export const lineCount = (text: string): number => text.replace(/\r?\n$/, '').split(/\r?\n/).length;

/** Offenders as `path: N lines`, longest first. */
export function overLineLimit(sources: readonly Source[], max = MAX_LINES): string[] {
  return sources
    .filter((s) => !isTest(s.path) && !isDemoData(s.path) && !isGenerated(s.text))
    .map((s) => ({ path: s.path, lines: lineCount(s.text) }))
    .filter((s) => s.lines > max)
    .sort((a, b) => b.lines - a.lines || a.path.localeCompare(b.path))
    .map((s) => `${s.path}: ${s.lines} lines`);
}
