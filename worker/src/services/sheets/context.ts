/**
 * The sheet named by a path, loaded once, and who may do what with it (contract: "Scoring sheets"):
 * read — the unit itself, its group's lead unit, secretariat, council, admin; write self scores — the unit
 * itself (and admin); appraise — the lead unit (never its own sheet) or secretariat/admin; reopen —
 * secretariat/admin.
 */
import type { Template } from '../../../../shared/contract/template';
import type { Actor } from '../../access/actor';
import { findTemplate, type GroupRow } from '../../db/campaigns';
import { loadSheetContext } from '../../db/sheet-context';
import type { SheetKey, SheetRow } from '../../db/sheets';
import { forbidden, notFound } from '../../errors';
import { wmsg } from '../../messages';
import { cachedTemplate, cachedTemplateKeys, rememberTemplate } from './templates';

export interface SheetContext {
  key: SheetKey;
  group: GroupRow;
  unitName: string;
  template: Template;
  /** The stored row; null for a sheet never written (revision 0, draft). */
  row: SheetRow | null;
}

/** Loads the sheet of a path: 404 for an unknown campaign, group or unit, or a unit outside the group. */
export async function sheetContext(db: D1Database, key: SheetKey): Promise<SheetContext> {
  const r = await loadSheetContext(db, key, cachedTemplateKeys(key.campaign));
  if (!r.campaignExists) throw notFound(wmsg.unknownCampaign(key.campaign));
  if (!r.group || !r.template) throw notFound(wmsg.unknownGroup(key.campaign, key.group));
  if (!r.unit) throw notFound(wmsg.unknownUnitInPath(key.unit));
  if (!r.isMember) throw notFound(wmsg.notMember(key.unit, key.group));
  return {
    key,
    group: r.group,
    unitName: r.unit.name,
    template: await templateOf(db, key.campaign, r.group.template, r.template),
    row: r.sheet,
  };
}

/** The group's template: cached, or parsed from the document the batch returned (then cached). */
async function templateOf(
  db: D1Database,
  campaign: string,
  code: string,
  t: { key: string; document: string | null },
): Promise<Template> {
  if (t.document !== null) return rememberTemplate(campaign, t.key, t.document);
  const cached = cachedTemplate(campaign, t.key);
  if (cached) return cached;
  // Dropped from the cache by another request since the batch left: read it once more.
  const document = await findTemplate(db, campaign, code);
  if (document === null) throw notFound(wmsg.unknownGroup(campaign, code));
  return rememberTemplate(campaign, t.key, document);
}

const isOwnUnit = (actor: Actor, ctx: SheetContext) => actor.role === 'unit' && actor.unit === ctx.key.unit;
const isLead = (actor: Actor, ctx: SheetContext) => actor.role === 'unit' && actor.unit === ctx.group.lead;

/** 403 unless the caller may read this sheet and its history. */
export function requireReader(actor: Actor, ctx: SheetContext): void {
  if (actor.role !== 'unit' || isOwnUnit(actor, ctx) || isLead(actor, ctx)) return;
  throw forbidden(wmsg.cannotReadSheet(ctx.key.unit));
}

/** 403 unless the caller may write the self scores: the unit itself (or the admin). */
export function requireSelfWriter(actor: Actor, ctx: SheetContext): void {
  if (actor.role === 'admin' || isOwnUnit(actor, ctx)) return;
  throw forbidden(wmsg.onlyOwnUnitWrites(ctx.key.unit));
}

/** 403 unless the caller may appraise: secretariat, admin, or the lead unit on another member's sheet. */
export function requireAppraiser(actor: Actor, ctx: SheetContext): void {
  if (actor.role === 'admin' || actor.role === 'secretariat') return;
  if (isLead(actor, ctx)) {
    if (isOwnUnit(actor, ctx)) throw forbidden(wmsg.leadOwnSheet);
    return;
  }
  throw forbidden(wmsg.onlyLeadAppraises(ctx.key.group));
}

/** 403 unless the caller may reopen: secretariat or admin. */
export function requireReopener(actor: Actor): void {
  if (actor.role !== 'admin' && actor.role !== 'secretariat') throw forbidden();
}
