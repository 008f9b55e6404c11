/**
 * "Bảng đăng ký": every unit's registration (GET …/registrations) as a pulled table, one row per (unit,
 * tập thể or cá nhân, danh hiệu), the awards by their plan names; a unit that registered nothing is left out.
 */
import type { RegistrationView } from '../../../shared/contract/registrations';
import { formatInstantVn } from '../../../shared/time';
import { registrationTablesText as X } from '../messages/registration';
import { Block, listTable } from './block';
import type { TablePlan } from './types';

const T = X.registrations;
const HEADER_ROW = 3;
const COLS = 8;

/** The rows a registration takes: one per collective award, one per person and award. */
export const registeredRows = (r: Pick<RegistrationView, 'awards' | 'individuals'>) =>
  r.awards.length + r.individuals.reduce((n, p) => n + p.awards.length, 0);

export function registrationsTable(input: {
  campaign: string;
  registrations: readonly RegistrationView[];
  /** The plan's award names by code. */
  awards: ReadonlyMap<string, string>;
  at: string;
}): TablePlan {
  const name = (code: string) => input.awards.get(code) ?? code;
  const lines: string[][] = [];
  let units = 0;
  for (const r of input.registrations) {
    const at = r.updatedAt ? formatInstantVn(r.updatedAt) : '';
    const before = lines.length;
    for (const a of r.awards) lines.push([r.unit, r.name, T.collective, '', '', '', name(a), at]);
    for (const p of r.individuals)
      for (const a of p.awards)
        lines.push([r.unit, r.name, T.individual, p.staffId ?? '', p.name, p.position ?? '', name(a), at]);
    if (lines.length > before) units++;
  }
  const lastRow = HEADER_ROW + Math.max(lines.length, 1);
  const b = new Block(lastRow, COLS);
  b.set(1, 0, T.title);
  b.set(2, 0, T.subtitle(input.campaign, units, lines.length));
  const h = T.header;
  const headers = [h.unit, h.name, h.subject, h.staffId, h.person, h.position, h.award, h.at];
  for (const [col, text] of headers.entries()) b.set(HEADER_ROW, col, text);
  lines.forEach((cells, i) => {
    for (const [col, v] of cells.entries()) b.set(HEADER_ROW + 1 + i, col, v, '@');
  });
  if (!lines.length) b.set(HEADER_ROW + 1, 0, T.empty);
  return listTable(b, {
    name: T.sheet,
    identity: { kind: 'registrations', campaign: input.campaign },
    source: input.at,
    header: HEADER_ROW,
    widths: [12, 30, 10, 12, 24, 16, 36, 18],
  });
}
