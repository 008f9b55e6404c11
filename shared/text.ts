/**
 * Text as users type it: NFC (Vietnamese typed decomposed, as macOS and some keyboards produce, is the same
 * text), and whether a text says anything at all. Pure, so the Worker and the pane decide alike.
 */

/** NFC normalisation of parsed JSON: every string value and every key, at any depth. */
export function normalizeNfc(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(normalizeNfc);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k.normalize('NFC')] = normalizeNfc(v);
    return out;
  }
  return value;
}

/**
 * What shows nothing on screen: white space of every kind (incl. no-break and ideographic spaces), control
 * and format characters (zero-width space and joiners, word joiner, BOM, bidi marks), the code points Unicode
 * says to ignore when not rendered (variation selectors, soft hyphen, …), and the fillers fonts draw blank
 * (Hangul fillers, the blank Braille pattern). Unassigned and private-use code points are left alone: which
 * ones are unassigned depends on the engine's Unicode version, and the two sides must agree.
 */
const INVISIBLE =
  /[\p{White_Space}\p{Cc}\p{Cf}\p{Cs}\p{Default_Ignorable_Code_Point}\u115F\u1160\u2800\u3164\uFFA0]/gu;

/** A combining mark with nothing to sit on draws no text of its own either. */
const NOT_A_MARK = /\P{M}/u;

/** Whether a text has at least one character a reader can see (after NFC, without the invisible ones). */
export function hasVisibleText(value: string | null | undefined): boolean {
  if (!value) return false;
  return NOT_A_MARK.test(value.normalize('NFC').replace(INVISIBLE, ''));
}

/*
 * The text policy (docs/decisions/0025-text-policy-and-limits.md): what every string on the way in may hold.
 * The contract's field shapes (shared/contract/fields.ts) apply it, so every schema that uses them does.
 */

/** A field of one line (codes, names, labels, titles) or of several (evidence, reasons, summaries). */
export type TextKind = 'line' | 'lines';

/**
 * Removed on the way in: they draw nothing and mean nothing in Vietnamese text, but make two equal texts
 * differ (soft hyphen, zero-width space and joiners, word joiner, invisible operators, BOM, CGJ, MVS).
 */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: U+034F is listed alone on purpose, to be removed
const REMOVABLE = /[\u00AD\u034F\u180E\u200B-\u200D\u2060-\u2064\uFEFF]/g;
/** Bidi marks, embeddings, overrides and isolates: they make a text show other than it reads. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/** Half of a surrogate pair with no other half (JSON allows `"\ud800"`): not text at all. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
/** Control characters; a field of several lines keeps line feeds and tabs. */
const CONTROL_LINE = /[\p{Cc}\u2028\u2029]/u;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the policy lists the control characters it refuses
const CONTROL_LINES = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;
/** Any other format character (tags, interlinear annotations, …) left after the removable ones. */
const FORMAT = /\p{Cf}/u;

/** Why a text is refused, with the code point found (for the message). */
export interface TextFault {
  kind: 'surrogate' | 'bidi' | 'control' | 'lineBreak' | 'format';
  codePoint: number;
}

/** The text as stored: NFC, the removable invisible characters gone, line ends as `\n`, trimmed. */
export function cleanText(value: string, kind: TextKind): string {
  let s = value.normalize('NFC').replace(REMOVABLE, '');
  if (kind === 'lines') s = s.replace(/\r\n?|[\u2028\u2029]/g, '\n');
  return s.trim();
}

const LINE_ENDS = new Set([0x0a, 0x0d, 0x2028, 0x2029]);

/** The first reason to refuse a (cleaned) text, or null when it may be stored. */
export function textFault(value: string, kind: TextKind): TextFault | null {
  const found = (fault: TextFault['kind'], re: RegExp): TextFault | null => {
    const m = re.exec(value);
    return m ? { kind: fault, codePoint: m[0].codePointAt(0)! } : null;
  };
  const control = found('control', kind === 'line' ? CONTROL_LINE : CONTROL_LINES);
  const ofLine = control && kind === 'line' && LINE_ENDS.has(control.codePoint);
  return (
    found('surrogate', LONE_SURROGATE) ??
    found('bidi', BIDI) ??
    (ofLine ? { ...control, kind: 'lineBreak' } : control) ??
    found('format', FORMAT)
  );
}

/** Ignored by identity: format and default-ignorable characters, and controls that are not white space. */
const IGNORED_IN_IDENTITY = /[\p{Cf}\p{Default_Ignorable_Code_Point}]|(?!\s)\p{Cc}/gu;
/** Anything that may need folding beyond trimming and lower case: such strings are rare, so test first. */
const NEEDS_FOLDING = /\s\s|[^\S ]|[\p{Cf}\p{Default_Ignorable_Code_Point}\p{Cc}]/u;

/**
 * Folds a text for "is this the same one": NFC, without invisible and format characters (soft hyphen,
 * zero-width, bidi marks, …), white-space runs as one space, trimmed, lower case. "  NGUYỄN\u00AD  Văn An"
 * → "nguyễn văn an". `toLowerCase()` is `toLocaleLowerCase('vi')`: Unicode has no Vietnamese tailoring.
 */
export function foldText(value: string | null | undefined): string {
  if (!value) return '';
  let s = value.normalize('NFC');
  if (NEEDS_FOLDING.test(s)) s = s.replace(IGNORED_IN_IDENTITY, '').replace(/\s+/g, ' ');
  return s.trim().toLowerCase();
}
