/**
 * The layers' import rules, read from the sources: worker/ and addin/ never import each other (shared/ is
 * where they meet), shared/ imports neither, and the Worker's services and repositories do not know the HTTP
 * layer (no `worker/src/http/**`, no `hono`). Every static `import … from`, `export … from` and dynamic
 * `import()` is resolved against its file, so a path written with `../..` counts as well as a bare one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Source files under a folder of the repository (TypeScript and plain ES modules), `dist` left out. */
function sources(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|mts|js|mjs)$/.test(entry.name)) out.push(path);
    }
  };
  walk(join(root, folder));
  return out;
}

/** Every module specifier a file imports or re-exports. */
function specifiers(text: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\bimport\s+(?:type\s+)?[^'"();]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bexport\s+(?:type\s+)?[^'"();]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of text.matchAll(re)) found.push(m[1]!);
  return found;
}

/** What a file imports, each relative specifier as a repository path (`worker/src/http/body`). */
function importsOf(file: string): string[] {
  return specifiers(readFileSync(file, 'utf8')).map((s) =>
    s.startsWith('.')
      ? relative(root, resolve(dirname(file), s))
          .split(sep)
          .join('/')
      : s,
  );
}

/** `file → import` for every import of the files under `from` that `forbidden` matches. */
function violations(from: string[], forbidden: (target: string) => boolean): string[] {
  return from.flatMap((folder) =>
    sources(folder).flatMap((file) =>
      importsOf(file)
        .filter(forbidden)
        .map((target) => `${relative(root, file)} → ${target}`),
    ),
  );
}

const under = (folder: string) => (target: string) => target === folder || target.startsWith(`${folder}/`);

describe('import boundaries', () => {
  it('reads imports however they are written (the check itself can fail)', () => {
    const text = [
      "import { a } from '../../addin/src/x';",
      "import type { B } from 'hono';",
      "export { c } from './c';",
      "import './side-effect';",
      "const d = await import('../http/body');",
    ].join('\n');
    expect(specifiers(text).sort()).toEqual(
      ['../../addin/src/x', 'hono', './c', './side-effect', '../http/body'].sort(),
    );
  });

  it('worker/ imports nothing from addin/', () => {
    expect(violations(['worker'], under('addin'))).toEqual([]);
  });

  it('addin/ imports nothing from worker/', () => {
    expect(violations(['addin'], under('worker'))).toEqual([]);
  });

  it('shared/ imports neither side', () => {
    expect(violations(['shared'], (t) => under('worker')(t) || under('addin')(t))).toEqual([]);
  });

  it('services and repositories do not import the HTTP layer or Hono', () => {
    const http = (t: string) => under('worker/src/http')(t) || t === 'hono' || t.startsWith('hono/');
    expect(violations(['worker/src/services', 'worker/src/db'], http)).toEqual([]);
  });
});
