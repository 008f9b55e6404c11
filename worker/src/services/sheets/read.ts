/** The sheet endpoints that only read: history and the group's sheet list. */

import type { SheetEntry } from '../../../../shared/contract/sheets';
import { toPoints } from '../../../../shared/points';
import { isoVn } from '../../../../shared/time';
import * as sheets from '../../db/sheets';
import type { SheetContext } from './context';

/** GET …/sheet/history: every version an accepted write replaced, newest first. */
export async function history(db: D1Database, ctx: SheetContext) {
  const rows = await sheets.versions(db, ctx.key);
  return {
    versions: rows.map((v) => ({
      revision: v.revision,
      at: isoVn(v.written_at),
      actor: v.written_by,
      role: v.written_role,
      status: v.status,
      entries: JSON.parse(v.entries) as SheetEntry[],
      totals: { self: toPoints(v.total_self), final: toPoints(v.total_final) },
      classification: v.classification,
    })),
  };
}

/** GET …/groups/{group}/sheets: who has submitted, at a glance (every member, plan order). */
export async function groupSheets(db: D1Database, campaign: string, group: string) {
  const rows = await sheets.listForGroup(db, campaign, group);
  return {
    sheets: rows.map((r) => ({
      unit: r.unit,
      name: r.name,
      status: r.status ?? 'draft',
      revision: r.revision ?? 0,
      submittedAt: isoVn(r.submitted_at),
      total: r.total_final === null ? null : toPoints(r.total_final),
      totalSelf: r.total_self === null ? null : toPoints(r.total_self),
      classification: r.classification,
    })),
  };
}
