/**
 * Evaluates the few formulas the sheet plans write (../sheets/formulas.ts), so the preview shows totals and
 * the classification as Excel would: numbers, "text", cell and range references, + - * /, comparisons, and
 * SUM, MIN, MAX, ROUND, IF, ISNUMBER, COUNT, COUNTIF (">0"-style criteria), AND. Empty cells count as 0 in
 * arithmetic and are skipped by SUM/COUNT; text in arithmetic gives "#VALUE!"; anything else "#NAME?".
 */
import { parseCell } from '../sheets/a1';

export type Scalar = number | string | boolean;
type Value = Scalar | Scalar[];

/** Reads a cell's (computed) value by 1-based row and 0-based column. */
export type CellReader = (row: number, col: number) => Scalar;

class FormulaError extends Error {
  constructor(readonly code: '#VALUE!' | '#NAME?' | '#DIV/0!') {
    super(code);
  }
}

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?)|"((?:[^"]|"")*)"|(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)|([A-Z][A-Z0-9.]*)(?=\()|(<=|>=|<>|[-+*/=<>(),]))/iy;

interface Token {
  kind: 'num' | 'str' | 'ref' | 'fn' | 'op';
  text: string;
}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let rest = src.trim();
  while (rest.length) {
    TOKEN.lastIndex = 0;
    const m = TOKEN.exec(rest);
    if (!m) throw new FormulaError('#NAME?');
    if (m[1] !== undefined) out.push({ kind: 'num', text: m[1] });
    else if (m[2] !== undefined) out.push({ kind: 'str', text: m[2].replaceAll('""', '"') });
    else if (m[3] !== undefined) out.push({ kind: 'ref', text: m[3].toUpperCase() });
    else if (m[4] !== undefined) out.push({ kind: 'fn', text: m[4].toUpperCase() });
    else out.push({ kind: 'op', text: m[5]! });
    rest = rest.slice(m[0].length).trimStart();
  }
  return out;
}

const num = (v: Value): number => {
  if (Array.isArray(v)) throw new FormulaError('#VALUE!');
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === '') return 0;
  throw new FormulaError('#VALUE!');
};
const flat = (args: Value[]) => args.flatMap((a) => (Array.isArray(a) ? a : [a]));
const numbersIn = (args: Value[]) =>
  args.flatMap((a) => (Array.isArray(a) ? a.filter((x): x is number => typeof x === 'number') : [num(a)]));

function criterion(spec: Value): (x: Scalar) => boolean {
  const m = /^(<=|>=|<>|<|>|=)?(.*)$/.exec(String(spec))!;
  const op = m[1] ?? '=';
  const target = Number(m[2]);
  return (x) => typeof x === 'number' && compare(op, x, target);
}

function compare(op: string, a: Scalar, b: Scalar): boolean {
  switch (op) {
    case '=':
      return a === b;
    case '<>':
      return a !== b;
    case '<':
      return a < b;
    case '>':
      return a > b;
    case '<=':
      return a <= b;
    default:
      return a >= b;
  }
}

/** Excel's ROUND: halves away from zero, on the decimal digits. */
function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return (Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9)) / f;
}

const FUNCTIONS: Record<string, (args: Value[]) => Value> = {
  SUM: (a) => numbersIn(a).reduce((s, x) => s + x, 0),
  MIN: (a) => (numbersIn(a).length ? Math.min(...numbersIn(a)) : 0),
  MAX: (a) => (numbersIn(a).length ? Math.max(...numbersIn(a)) : 0),
  ROUND: (a) => round(num(a[0]!), num(a[1] ?? 0)),
  ISNUMBER: (a) => typeof a[0] === 'number',
  COUNT: (a) => flat(a).filter((x) => typeof x === 'number').length,
  COUNTIF: (a) => flat([a[0]!]).filter(criterion(a[1]!)).length,
  AND: (a) => flat(a).every((x) => Boolean(num(x))),
};

/** Evaluates a formula ("=…"); errors come back as Excel shows them. */
export function evaluate(formula: string, read: CellReader): Scalar {
  try {
    const tokens = tokenize(formula.replace(/^=/, ''));
    let i = 0;
    const peek = () => tokens[i];
    const take = (text?: string) => {
      const t = tokens[i++];
      if (!t || (text !== undefined && t.text !== text)) throw new FormulaError('#NAME?');
      return t;
    };
    const ref = (text: string): Value => {
      const [a, b] = text.split(':');
      const p = parseCell(a!)!;
      if (!b) return read(p.row, p.col);
      const q = parseCell(b)!;
      const out: Scalar[] = [];
      for (let r = Math.min(p.row, q.row); r <= Math.max(p.row, q.row); r++)
        for (let c = Math.min(p.col, q.col); c <= Math.max(p.col, q.col); c++) out.push(read(r, c));
      return out;
    };
    const primary = (): Value => {
      const t = take();
      if (t.kind === 'num') return Number(t.text);
      if (t.kind === 'str') return t.text;
      if (t.kind === 'ref') return ref(t.text);
      if (t.kind === 'op' && t.text === '(') {
        const v = comparison();
        take(')');
        return v;
      }
      if (t.kind === 'op' && t.text === '-') return -num(primary());
      if (t.kind === 'fn') {
        take('(');
        const fn = FUNCTIONS[t.text];
        if (t.text === 'IF') {
          const test = comparison();
          take(',');
          const yes = comparison();
          let no: Value = false;
          if (peek()?.text === ',') {
            take(',');
            no = comparison();
          }
          take(')');
          return num(test) ? yes : no;
        }
        const args: Value[] = [];
        if (peek()?.text !== ')') {
          args.push(comparison());
          while (peek()?.text === ',') {
            take(',');
            args.push(comparison());
          }
        }
        take(')');
        if (!fn) throw new FormulaError('#NAME?');
        return fn(args);
      }
      throw new FormulaError('#NAME?');
    };
    const term = (): Value => {
      let v = primary();
      while (peek()?.text === '*' || peek()?.text === '/') {
        const op = take().text;
        const r = num(primary());
        if (op === '/' && r === 0) throw new FormulaError('#DIV/0!');
        v = op === '*' ? num(v) * r : num(v) / r;
      }
      return v;
    };
    const additive = (): Value => {
      let v = term();
      while (peek()?.text === '+' || peek()?.text === '-') {
        const op = take().text;
        v = op === '+' ? num(v) + num(term()) : num(v) - num(term());
      }
      return v;
    };
    const comparison = (): Value => {
      const a = additive();
      const op = peek()?.text;
      if (op && ['=', '<>', '<', '>', '<=', '>='].includes(op)) {
        take();
        const b = additive();
        if (Array.isArray(a) || Array.isArray(b)) throw new FormulaError('#VALUE!');
        return compare(op, a, b);
      }
      return a;
    };
    const v = comparison();
    if (i !== tokens.length) throw new FormulaError('#NAME?');
    if (Array.isArray(v)) throw new FormulaError('#VALUE!');
    return v;
  } catch (error) {
    if (error instanceof FormulaError) return error.code;
    throw error;
  }
}
