/**
 * Loads the people of the demo (issue 14) through the public API, as the secretariat would: every unit's staff
 * list of the campaign's year (PUT /campaigns/{c}/units/{u}/staff) and of the earlier years the history rules
 * read (PUT /units/{u}/staff/{year}), then the register of earlier years from its import rows (POST
 * /register/import), in requests of whole decisions under the body limit. Data: shared/demo/people-brvt.ts,
 * register-brvt.ts.
 */
import type { RegisterRow } from '../shared/contract/register';
import { BRVT_YEAR, brvtStaff } from '../shared/demo/people-brvt';
import { registerRows } from '../shared/demo/register';
import { brvtRegister } from '../shared/demo/register-brvt';

type Api = (method: string, path: string, body?: unknown) => Promise<{ status: number; body: unknown }>;

const must = (what: string, r: { status: number; body: unknown }, ok: number[]) => {
  if (!ok.includes(r.status))
    throw new Error(`${what}: HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 500)}`);
  return r;
};

/** Rows per import request: whole decisions, about half the 1 MB body limit. */
const CHUNK_BYTES = 512 * 1024;

/** The import rows in requests of whole decisions (rows of one number and date stay together). */
export function importChunks(rows: readonly RegisterRow[], max = CHUNK_BYTES): RegisterRow[][] {
  const out: RegisterRow[][] = [];
  let chunk: RegisterRow[] = [];
  let bytes = 0;
  let key = '';
  for (const row of rows) {
    const size = JSON.stringify(row).length + 1;
    const k = `${row.number}\u0000${row.date}`;
    if (chunk.length > 0 && k !== key && bytes + size > max) {
      out.push(chunk);
      chunk = [];
      bytes = 0;
    }
    chunk.push(row);
    bytes += size;
    key = k;
  }
  if (chunk.length > 0) out.push(chunk);
  return out;
}

/** Whether the demo campaign has no staff list yet (a campaign loaded before issue 14). */
export async function peopleDemoMissing(call: Api, code: string): Promise<boolean> {
  const r = await call('GET', `/campaigns/${encodeURIComponent(code)}/staff`);
  if (r.status === 404) return false; // a Worker without the staff routes: nothing to load
  const lists = (must('GET staff', r, [200]).body as { lists: { staff: unknown[] }[] }).lists;
  return lists.every((l) => l.staff.length === 0);
}

export interface PeopleDemoResult {
  lists: number;
  people: number;
  decisions: number;
  recipients: number;
}

/** Sends the staff lists and imports the register (as admin, on the units' and secretariat's behalf). */
export async function seedPeopleDemo(call: Api, campaign: string): Promise<PeopleDemoResult> {
  const c = `/campaigns/${encodeURIComponent(campaign)}`;
  let people = 0;
  for (const list of brvtStaff) {
    const unit = encodeURIComponent(list.unit);
    const path = list.year === BRVT_YEAR ? `${c}/units/${unit}/staff` : `/units/${unit}/staff/${list.year}`;
    must(`PUT ${path}`, await call('PUT', path, { staff: list.staff }), [200]);
    people += list.staff.length;
  }
  let decisions = 0;
  let recipients = 0;
  for (const rows of importChunks(registerRows(brvtRegister))) {
    const r = must('POST /register/import', await call('POST', '/register/import', { rows }), [200, 201]);
    const done = r.body as { decisions: number; recipients: number };
    decisions += done.decisions;
    recipients += done.recipients;
  }
  return { lists: brvtStaff.length, people, decisions, recipients };
}
