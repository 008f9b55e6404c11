/**
 * A name Excel accepts for a worksheet, from any text (a group's name or code): Excel refuses
 * `: \ / ? * [ ]`, an apostrophe at either end, more than 31 characters, an empty name and the reserved
 * "History" (any case). Both the Worker's xlsx export and the add-in's sheets name their tabs through this,
 * so a plan's text can never make a workbook that Excel (or exceljs) refuses.
 */

const FORBIDDEN = /[\\/?*[\]:\p{Cc}]/gu;
const MAX = 31;

/** `fallback` when nothing of `raw` is left (it is made safe the same way). */
export function excelSheetName(raw: string, fallback = 'Sheet'): string {
  let name = raw.normalize('NFC').replace(FORBIDDEN, '-').trim();
  // Cut by code points, so an emoji or other astral character is never split into a lone surrogate.
  name = Array.from(name).slice(0, MAX).join('');
  name = name.replace(/^'+|'+$/g, '').trim();
  if (!name) return fallback === raw ? 'Sheet' : excelSheetName(fallback, 'Sheet');
  if (name.toLowerCase() === 'history') return `${name} (1)`;
  return name;
}
