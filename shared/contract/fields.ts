/**
 * The field shapes every area of the contract repeats: codes, texts, instants, points. Importing this file
 * also sets zod's Vietnamese locale, so request problems read in Vietnamese wherever a schema is used.
 */
// A namespace import and the one locale by name: esbuild then keeps only the parts of zod the schemas use.
// `import { z }` and `z.locales` kept all of zod and its 40-odd locales in the task pane (decision 0020).
import * as z from 'zod';
import { vi } from 'zod/locales';
import { fieldMessages } from '../messages/fields';
import { cleanText, hasVisibleText, type TextKind, textFault } from '../text';

z.config(vi());

/**
 * The text policy (shared/text.ts, decision 0025) as a zod string: cleaned (NFC, removable invisible
 * characters gone, trimmed), then refused with a Vietnamese message when it holds a lone surrogate, a bidi
 * control, a control character (line feeds and tabs allowed in a field of several lines) or another format
 * character; `visible` fields must show something. A check, not a transform, so the OpenAPI document keeps
 * the plain string type. `params.textPolicy` lets zodProblems (shared/plan.ts) name the field.
 */
const FAULT_CODES = {
  surrogate: 'lone_surrogate',
  bidi: 'bidi_control',
  lineBreak: 'line_break',
  control: 'control_character',
  format: 'format_character',
} as const;

function policed(kind: TextKind, max: number, visible: boolean) {
  const base = z
    .string()
    .overwrite((s) => cleanText(s, kind))
    .check((ctx) => {
      const fault = textFault(ctx.value, kind);
      if (!fault) return;
      const why = fieldMessages.textFault(fault);
      ctx.issues.push({
        code: 'custom',
        message: fieldMessages.inField('', why),
        input: ctx.value,
        continue: false,
        params: { textPolicy: why, problem: FAULT_CODES[fault.kind] },
      });
    });
  const shown = visible
    ? base.refine(hasVisibleText, {
        error: fieldMessages.inField('', fieldMessages.noVisibleText),
        params: { textPolicy: fieldMessages.noVisibleText, problem: 'no_visible_text' },
        abort: true,
      })
    : base;
  return shown.max(max);
}

/** A code of the plan (unit, award, group, criterion, …): one line, 1–64 characters, visible. */
export const code = policed('line', 64, true);
/** A name, title or label: one line, up to 2000 characters, visible. */
export const text = policed('line', 2000, true);
/** A person's name, a position, a token's label: one line, up to 200 characters, visible. */
export const shortText = policed('line', 200, true);
/** A document's prose (basis, content, guidance, achievement summary): several lines, may be empty. */
export const longText = policed('lines', 20000, false);
/** Why a write is made (an appraisal, a reopen, a deadline move): kept in the audit log; several lines, visible. */
export const reason = policed('lines', 2000, true);
/** A sheet entry's evidence or an appraisal's reason: several lines, may be empty (the rules say when not). */
export const note = policed('lines', 2000, false);
/** A staff id (mã cán bộ): one line, 1–64 characters, visible. */
export const staffId = policed('line', 64, true);
/** A filter of a query string (`?award=…`): one line, 1–200 characters, visible. */
export const filter = policed('line', 200, true);
/** A path parameter (`{campaign}`, `{id}`, …): one line, 1–200 characters, visible. */
export const pathParam = policed('line', 200, true);

/**
 * List sizes of request bodies (decision 0025): generous beyond any province's plan (a few thousand units),
 * small enough that no body makes the Worker loop for long.
 */
export const LIST_MAX = {
  /** Units of a plan and members of a group (a province's health stations included). */
  units: 20000,
  /** Groups, movements, rules, milestones of a plan; criteria of a section; entries of a sheet. */
  many: 2000,
  /** Awards, templates, sections, programmes, bands, recipients, details, deputies. */
  few: 200,
} as const;

/** A link users open (a covenant's scan): a web address only, never `javascript:`, `data:` or `file:`. */
export const webUrl = z.url({ protocol: /^https?$/, error: fieldMessages.webUrl }).max(2000);
/** A sheet's revision, as a write must name it. */
export const revision = z.number().int().min(0);

/** A point value in a request: finite; whether it is a whole number of hundredths is checked apart. */
export const points = z.number().finite();

/** An ISO date (2023-11-30, end of that day in Vietnam) or date-time with offset (2023-11-30T17:00:00+07:00). */
export const DateOrDateTime = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

/** An instant in an answer: ISO 8601 in Vietnam time (+07:00). */
export const instant = z.string();
/** Points in an answer: a JSON number, exact to 0.01. */
export const score = z.number();
/** A count or a revision in an answer. */
export const int = z.number().int();
