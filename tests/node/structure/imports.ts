/**
 * What each side may import: nothing in `worker/` from `addin/` and the reverse; `shared/` from neither, and
 * it stays pure: no Hono, no Office.js, no D1 (nor any Workers runtime type).
 */
import { dirname, posix } from 'node:path';
import ts from 'typescript';
import type { Source } from './sources';

type Side = 'worker' | 'addin' | 'shared';

const sideOf = (path: string): Side | null => {
  const top = path.split('/')[0];
  return top === 'worker' || top === 'addin' || top === 'shared' ? top : null;
};

/** Packages and globals that belong to one host, not to the pure core. */
const HOST_PACKAGES = [
  /^hono(\/|$)/,
  /^@hono\//,
  /^@microsoft\/office-js/,
  /office-js/,
  /^@cloudflare\//,
  /^cloudflare:/,
];
const HOST_TYPES = /^(D1[A-Z]\w*|Office|Excel|OfficeExtension|ExecutionContext|ExportedHandler)$/;

/** Every module a file names: static imports and re-exports, `import()`, `import x = require()`, `/// <reference types>`. */
export function importedModules(source: Source): string[] {
  const info = ts.preProcessFile(source.text, true, true);
  return [...info.importedFiles, ...info.typeReferenceDirectives].map((f) => f.fileName);
}

/** The host types a file names (`D1Database`, `Office.…`, `Excel.…`), read from its syntax, not its comments. */
function hostTypesNamed(source: Source): string[] {
  const file = ts.createSourceFile(source.path, source.text, ts.ScriptTarget.Latest, false);
  const found = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isTypeReferenceNode(node) || ts.isExpressionWithTypeArguments(node)) {
      const name = ts.isTypeReferenceNode(node) ? node.typeName : node.expression;
      let left: ts.Node = name;
      while (ts.isQualifiedName(left)) left = left.left;
      while (ts.isPropertyAccessExpression(left)) left = left.expression;
      if (ts.isIdentifier(left) && HOST_TYPES.test(left.text)) found.add(left.text);
    } else if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
      if (/^(Office|Excel)$/.test(node.expression.text)) found.add(node.expression.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return [...found];
}

/** Offenders as `file → what it imports (why not)`. */
export function crossSideImports(sources: readonly Source[]): string[] {
  const out: string[] = [];
  for (const source of sources) {
    const side = sideOf(source.path);
    if (!side) continue;
    for (const spec of importedModules(source)) {
      const relativeSpec = spec.startsWith('.');
      const target = relativeSpec ? posix.normalize(posix.join(dirname(source.path), spec)) : spec;
      const to = relativeSpec ? sideOf(target) : null;
      if (side === 'worker' && to === 'addin') out.push(`${source.path} → ${spec} (worker/ imports addin/)`);
      if (side === 'addin' && to === 'worker') out.push(`${source.path} → ${spec} (addin/ imports worker/)`);
      if (side === 'shared' && (to === 'worker' || to === 'addin')) {
        out.push(`${source.path} → ${spec} (shared/ imports ${to}/)`);
      }
      if (side === 'shared' && !relativeSpec && HOST_PACKAGES.some((p) => p.test(spec))) {
        out.push(`${source.path} → ${spec} (shared/ imports a host package)`);
      }
    }
    if (side === 'shared') {
      for (const name of hostTypesNamed(source))
        out.push(`${source.path} → ${name} (shared/ names a host type)`);
    }
  }
  return out;
}
