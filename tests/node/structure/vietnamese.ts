/**
 * User-facing text lives in a `messages/` folder of its side (issue 11): no string or template literal with
 * Vietnamese letters elsewhere, outside demo data and tests. Literals are read with TypeScript's parser, so
 * comments (which may be Vietnamese) do not count, and every part of a template literal does.
 */
import ts from 'typescript';
import { isDemoData, isTest, type Source } from './sources';

/** The letters Vietnamese adds to ASCII: vowels with its diacritics, and đ. */
const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/;

export const hasVietnamese = (text: string): boolean => VIETNAMESE.test(text.normalize('NFC').toLowerCase());

const inMessages = (path: string): boolean => /(^|\/)messages\//.test(path);

const kindOf = (path: string): ts.ScriptKind =>
  /\.[cm]?jsx?$/.test(path) ? ts.ScriptKind.JS : /x$/.test(path) ? ts.ScriptKind.TSX : ts.ScriptKind.TS;

/** Each Vietnamese literal of one file as `path:line: "text"`. */
export function vietnameseLiterals(source: Source): string[] {
  const file = ts.createSourceFile(
    source.path,
    source.text,
    ts.ScriptTarget.Latest,
    true,
    kindOf(source.path),
  );
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    ) {
      if (hasVietnamese(node.text)) {
        const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
        const text = node.text.length > 60 ? `${node.text.slice(0, 57)}…` : node.text;
        out.push(`${source.path}:${line}: ${JSON.stringify(text)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/** Offenders across the project: literals outside `messages/`, demo data and tests. */
export function vietnameseOutsideMessages(sources: readonly Source[]): string[] {
  return sources
    .filter((s) => !inMessages(s.path) && !isDemoData(s.path) && !isTest(s.path))
    .flatMap(vietnameseLiterals);
}
