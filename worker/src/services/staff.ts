/**
 * Staff lists (danh sách cán bộ; shared/contract/staff.ts): the campaign's year under the campaign, earlier
 * years under the unit. Order of checks: 404 (campaign, the unit listed in it / the unit), 403, the body
 * (400/413/415), 422 (schema and the shared checks of shared/people/staff-check.ts, every row named). A PUT
 * replaces the whole list in one batch with its guard and audit row (`staff.put`, with the counts).
 */
import type { StaffList } from '../../../shared/contract/staff';
import { StaffQuery, StaffYear } from '../../../shared/contract/staff';
import { validateStaffPut } from '../../../shared/people/staff-check';
import { isoVn } from '../../../shared/time';
import { type Actor, isSecretariat } from '../access/actor';
import { isUnit } from '../access/guards';
import { requireStaff, requireUnitOrSecretariat } from '../access/roles';
import { campaignOr404 } from '../access/scope';
import * as audit from '../db/audit';
import * as cal from '../db/calendar';
import { unitExists } from '../db/campaigns';
import * as db_ from '../db/staff';
import { forbidden, invalid, notFound } from '../errors';
import { wmsg } from '../messages';
import { parseWith, type RawBody } from '../validation';

export function listView(
  unit: string,
  year: number,
  header: db_.StaffHeader | null,
  staff: StaffList['staff'],
): StaffList {
  return { unit, year, staff, updatedAt: isoVn(header?.updated_at), updatedBy: header?.updated_by ?? null };
}

/** The campaign (404), its year, and the unit listed in it (404). */
async function campaignUnit(db: D1Database, campaign: string, unit: string) {
  const row = await campaignOr404(db, campaign);
  if (!(await cal.listedUnit(db, campaign, unit))) throw notFound(wmsg.unitNotInCampaign(unit, campaign));
  return row.year;
}

/** Reads: the unit itself, the secretariat, the council, the admin. */
function requireReader(actor: Actor, unit: string) {
  if (actor.role === 'unit' && !isUnit(actor, unit)) throw forbidden(wmsg.staffReadForbidden(unit));
}

async function read(db: D1Database, year: number, unit: string) {
  const { header, staff } = await db_.readList(db, year, unit);
  return listView(unit, year, header, staff);
}

async function write(
  db: D1Database,
  actor: Actor,
  key: { year: number; unit: string; campaign: string | null },
  readBody: RawBody,
  now: number,
) {
  const checked = validateStaffPut(await readBody(), key.year);
  if (!checked.ok) throw invalid(checked.problems);
  const before = await db
    .prepare('SELECT people FROM staff_lists WHERE year = ?1 AND unit = ?2')
    .bind(key.year, key.unit)
    .first<{ people: number }>();
  const staff = checked.staff;
  await db.batch([
    ...db_.replaceStatements(db, { year: key.year, unit: key.unit, staff, at: now, by: actor.label }),
    audit.record(db, {
      at: now,
      actor,
      action: 'staff.put',
      target: `${key.unit}/${key.year}`,
      campaign: key.campaign,
      detail: { year: key.year, unit: key.unit, before: before?.people ?? 0, after: staff.length },
    }),
  ]);
  return listView(
    key.unit,
    key.year,
    { year: key.year, unit: key.unit, people: staff.length, updated_at: now, updated_by: actor.label },
    staff,
  );
}

export async function getCampaignStaff(
  db: D1Database,
  actor: Actor,
  key: { campaign: string; unit: string },
) {
  const year = await campaignUnit(db, key.campaign, key.unit);
  requireReader(actor, key.unit);
  return read(db, year, key.unit);
}

export async function putCampaignStaff(
  db: D1Database,
  actor: Actor,
  key: { campaign: string; unit: string },
  readBody: RawBody,
  now: number,
) {
  const year = await campaignUnit(db, key.campaign, key.unit);
  requireUnitOrSecretariat(actor, key.unit, wmsg.staffWriteForbidden(key.unit));
  return write(db, actor, { year, unit: key.unit, campaign: key.campaign }, readBody, now);
}

/** `GET /campaigns/{campaign}/staff?unit=`: every listed unit's list of the year (empty ones too). */
export async function listCampaignStaff(
  db: D1Database,
  actor: Actor,
  campaign: string,
  query: Record<string, string>,
) {
  const row = await campaignOr404(db, campaign);
  requireStaff(actor);
  const q = parseWith(StaffQuery, query);
  const [units, ...rest] = await db.batch([
    db
      .prepare(
        `SELECT unit FROM campaign_units WHERE campaign = ?1 ${q.unit ? 'AND unit = ?2' : ''} ORDER BY position`,
      )
      .bind(...(q.unit ? [campaign, q.unit] : [campaign])),
    ...db_.campaignStaffStatements(db, campaign, { earlier: false, unit: q.unit }),
  ]);
  const lists = new Map(
    db_
      .listsOf(rest[0]!.results as db_.StaffHeader[], rest[1]!.results as db_.StaffRow[])
      .map((l) => [l.header.unit, l]),
  );
  return {
    lists: (units!.results as { unit: string }[]).map(({ unit }) => {
      const l = lists.get(unit);
      return listView(unit, row.year, l?.header ?? null, l?.staff ?? []);
    }),
  };
}

/** `{unit}` (404 when the department has no such unit) and `{year}` (422) of the earlier years' route. */
async function unitYear(db: D1Database, unit: string, year: string) {
  if (!(await unitExists(db, unit))) throw notFound(wmsg.unknownUnitInPath(unit));
  const y = StaffYear.safeParse(year);
  if (!y.success) throw invalid([{ path: '/{year}', code: 'year', message: wmsg.staffYearInvalid }]);
  return y.data;
}

export async function getYearStaff(db: D1Database, actor: Actor, key: { unit: string; year: string }) {
  const year = await unitYear(db, key.unit, key.year);
  requireReader(actor, key.unit);
  return read(db, year, key.unit);
}

export async function putYearStaff(
  db: D1Database,
  actor: Actor,
  key: { unit: string; year: string },
  readBody: RawBody,
  now: number,
) {
  const year = await unitYear(db, key.unit, key.year);
  if (!isSecretariat(actor)) throw forbidden(wmsg.staffEarlierSecretariat);
  return write(db, actor, { year, unit: key.unit, campaign: null }, readBody, now);
}
