/**
 * Where the workbook remembers which worksheet holds which pulled table (the campaign's rankings, its quota
 * usage, a group's consolidated sheet): a workbook setting per table holding the worksheet's id, as
 * identity-store.ts does for scoring sheets. A pull finds its worksheet by this id (renames do not matter) and
 * swaps a new one into its tab (tables.ts); a worksheet of the same name that the add-in does not own is never
 * overwritten.
 */
import type { TableIdentity, TableKind } from '../tables/types';

export const TABLE_PREFIX = 'thidua.table:';

export interface StoredTable extends TableIdentity {
  worksheetId: string;
  /** What was written: a snapshot id, or the time the figures were read. */
  source: string;
}

export function tableKey(id: TableIdentity): string {
  return `${TABLE_PREFIX}${id.campaign}|${id.kind}${id.group === undefined ? '' : `|${id.group}`}`;
}

const KINDS: readonly TableKind[] = [
  'rankings',
  'quotas',
  'consolidated',
  'summary',
  'votes',
  'nominations',
  'snapshotQuotas',
  'register',
  'registrations',
  'calendar',
];

/** Parses a setting's value; `null` for anything that is not a stored table. */
export function parseStoredTable(value: unknown): StoredTable | null {
  let v: unknown = value;
  if (typeof value === 'string') {
    try {
      v = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (!v || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  if (typeof o.campaign !== 'string' || typeof o.worksheetId !== 'string') return null;
  if (!KINDS.includes(o.kind as TableKind)) return null;
  if (o.group !== undefined && typeof o.group !== 'string') return null;
  return {
    kind: o.kind as TableKind,
    campaign: o.campaign,
    ...(typeof o.group === 'string' ? { group: o.group } : {}),
    worksheetId: o.worksheetId,
    source: typeof o.source === 'string' ? o.source : '',
  };
}

/** A worksheet name not yet taken: "Bảng xếp hạng", then "Bảng xếp hạng (2)", … within 31 characters. */
export function freeName(wanted: string, taken: ReadonlySet<string>): string {
  const lower = new Set([...taken].map((n) => n.toLocaleLowerCase('vi')));
  if (!lower.has(wanted.toLocaleLowerCase('vi'))) return wanted;
  for (let i = 2; ; i++) {
    const tail = ` (${i})`;
    const name = `${wanted.slice(0, 31 - tail.length)}${tail}`;
    if (!lower.has(name.toLocaleLowerCase('vi'))) return name;
  }
}
