/**
 * Where the workbook remembers which worksheet holds which sheet: a workbook setting per sheet, keyed by
 * campaign, group, unit and mode, holding the identity and the worksheet's id (stable across renames). Cells
 * show the same facts, but a user can type over cells, not over settings.
 */
import type { SheetIdentity } from '../sheets/types';

export const SETTING_PREFIX = 'thidua.sheet:';

export interface StoredIdentity extends SheetIdentity {
  worksheetId: string;
}

export function settingKey(id: Pick<SheetIdentity, 'campaign' | 'group' | 'unit' | 'mode'>): string {
  return `${SETTING_PREFIX}${id.campaign}|${id.group}|${id.unit}|${id.mode}`;
}

/** Parses a setting's value; `null` for anything that is not a stored identity. */
export function parseStored(value: unknown): StoredIdentity | null {
  const v = typeof value === 'string' ? safeJson(value) : value;
  if (!v || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  const strings = ['campaign', 'group', 'unit', 'sheet', 'template', 'worksheetId'] as const;
  if (!strings.every((k) => typeof o[k] === 'string')) return null;
  if (typeof o.revision !== 'number' || (o.mode !== 'unit' && o.mode !== 'appraisal')) return null;
  return o as unknown as StoredIdentity;
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return null;
  }
}
