/**
 * The field shapes every area of the contract repeats: codes, texts, instants, points. Importing this file
 * also sets zod's Vietnamese locale, so request problems read in Vietnamese wherever a schema is used.
 */
// A namespace import and the one locale by name: esbuild then keeps only the parts of zod the schemas use.
// `import { z }` and `z.locales` kept all of zod and its 40-odd locales in the task pane (decision 0020).
import * as z from 'zod';
import { vi } from 'zod/locales';
import { fieldMessages } from '../messages/fields';

z.config(vi());

/** A code of the plan (unit, award, group, criterion, …): trimmed, 1–64 characters. */
export const code = z.string().trim().min(1).max(64);
export const text = z.string().trim().min(1).max(2000);
export const shortText = z.string().trim().min(1).max(200);
export const longText = z.string().trim().max(20000);
/** Why a write is made (an appraisal, a reopen, a deadline move): kept in the audit log. */
export const reason = z.string().trim().min(1).max(2000);
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
