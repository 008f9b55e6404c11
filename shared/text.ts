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
