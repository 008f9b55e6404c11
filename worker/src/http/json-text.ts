/**
 * Scans of a request's raw JSON text, around `JSON.parse`: the nesting depth, counted before anything
 * recurses (so `[[[[…` of any length is refused without a deep stack), and, only when `JSON.parse` failed,
 * where the text stops being JSON (a position we compute ourselves, never the engine's English message).
 */

/** The deepest nesting a request body may have; the plan document, the deepest body, needs about 8. */
export const MAX_JSON_DEPTH = 32;

/**
 * The offset of the first `[` or `{` (outside strings) that opens level `max + 1`, or -1 when the text never
 * nests deeper than `max`. One pass, no recursion; the text need not be valid JSON.
 */
export function depthExceededAt(text: string, max: number = MAX_JSON_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++;
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) {
      if (++depth > max) return i;
    } else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return -1;
}

/** Where a text stops being JSON: its offset, and whether it ended too early or held something unexpected. */
export interface SyntaxFault {
  at: number;
  kind: 'end' | 'unexpected';
}

/** Line and column (both from 1) of an offset into a text. */
export function lineColumn(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < at && i < text.length; i++)
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      start = i + 1;
    }
  return { line, column: at - start + 1 };
}

const WS = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// biome-ignore lint/suspicious/noControlCharactersInRegex: RFC 8259 forbids raw control characters in strings
const STRING_PART = /[^"\\\u0000-\u001f]*/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/**
 * The first syntax fault of a text JSON.parse refused (RFC 8259 grammar), or null when it is valid. Called
 * on the error path only, after `depthExceededAt` passed, so its recursion is at most `MAX_JSON_DEPTH` deep.
 */
export function syntaxFault(text: string): SyntaxFault | null {
  let i = 0;
  const fail = (at: number): never => {
    throw { at, kind: at >= text.length ? 'end' : 'unexpected' } satisfies SyntaxFault;
  };
  const skip = () => {
    WS.lastIndex = i;
    WS.exec(text);
    i = WS.lastIndex;
  };
  const match = (re: RegExp) => {
    re.lastIndex = i;
    const m = re.exec(text);
    if (m) i = re.lastIndex;
    return m !== null && m[0].length > 0;
  };
  const literal = (word: string) => {
    for (let k = 0; k < word.length; k++) if (text[i + k] !== word[k]) fail(i + k);
    i += word.length;
  };
  const string = () => {
    i++;
    for (;;) {
      match(STRING_PART);
      if (text[i] === '"') {
        i++;
        return;
      }
      if (text[i] !== '\\' || !match(ESCAPE)) fail(i);
    }
  };
  const value = (depth: number): void => {
    skip();
    const ch = text[i];
    if (ch === '{' || ch === '[') {
      if (depth >= MAX_JSON_DEPTH) fail(i);
      const close = ch === '{' ? '}' : ']';
      i++;
      skip();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (close === '}') {
          skip();
          if (text[i] !== '"') fail(i);
          string();
          skip();
          if (text[i] !== ':') fail(i);
          i++;
        }
        value(depth + 1);
        skip();
        if (text[i] === ',') i++;
        else if (text[i] === close) {
          i++;
          return;
        } else fail(i);
      }
    }
    if (ch === '"') string();
    else if (ch === 't') literal('true');
    else if (ch === 'f') literal('false');
    else if (ch === 'n') literal('null');
    else if (!match(NUMBER)) fail(i);
  };
  try {
    value(0);
    skip();
    if (i < text.length) fail(i);
    return null;
  } catch (fault) {
    if (fault && typeof fault === 'object' && 'kind' in fault) return fault as SyntaxFault;
    throw fault;
  }
}
