/**
 * "Sổ khen thưởng": the register's decisions (GET /register, one year of achievement or all) as a pulled
 * table, one row per recipient under its decision's number, date, issuer, authority, award and period.
 */
import type { DecisionView } from '../../../shared/contract/register';
import { awardLevelWords, categoryWords, recipientWords } from '../messages/people';
import { registerTableText as T } from '../messages/register';
import { Block, listTable } from './block';
import type { TablePlan } from './types';

const HEADER_ROW = 3;
const COLS = 12;

/** "2023-05-02" → "02/05/2023". */
const dateVi = (iso: string) => iso.split('-').reverse().join('/');

export function registerTable(input: {
  year: number | null;
  decisions: readonly DecisionView[];
  at: string;
}): TablePlan {
  const recipients = input.decisions.reduce((n, d) => n + d.recipients.length, 0);
  const lastRow = HEADER_ROW + Math.max(recipients, 1);
  const b = new Block(lastRow, COLS);
  b.set(1, 0, T.title);
  b.set(2, 0, T.subtitle(input.year, input.decisions.length, recipients));
  const h = T.header;
  const headers = [
    h.number,
    h.date,
    h.issuer,
    h.authority,
    h.award,
    h.category,
    h.level,
    h.period,
    h.kind,
    h.unit,
    h.staffId,
    h.name,
  ];
  for (const [col, text] of headers.entries()) b.set(HEADER_ROW, col, text);
  let row = HEADER_ROW;
  for (const d of input.decisions) {
    const period = d.period.from === d.period.to ? String(d.period.from) : `${d.period.from}–${d.period.to}`;
    for (const r of d.recipients) {
      row++;
      const cells = [
        d.number,
        dateVi(d.date),
        awardLevelWords[d.issuerLevel],
        d.authority,
        d.awardName,
        categoryWords[d.category],
        awardLevelWords[d.award.level],
        period,
        recipientWords[r.kind],
        r.unit,
        r.staffId ?? '',
        r.name ?? '',
      ];
      for (const [col, v] of cells.entries()) b.set(row, col, v, '@');
    }
  }
  if (!recipients) b.set(HEADER_ROW + 1, 0, T.empty);
  return listTable(b, {
    name: T.sheet,
    identity: { kind: 'register', campaign: 'register' },
    source: `${input.year ?? ''}|${input.at}`,
    header: HEADER_ROW,
    widths: [16, 11, 16, 26, 30, 16, 16, 11, 10, 12, 12, 24],
  });
}
