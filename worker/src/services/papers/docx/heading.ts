/**
 * The heading block of Nghị định 30/2020/NĐ-CP (Phụ lục I): left the superior body (regular) and the issuing
 * body (bold, a short rule under it) over "Số: …/TYPE-SYMBOL"; right the Quốc hiệu (bold capitals) and the
 * Tiêu ngữ (bold, a rule as long as the line) over the place and date in italics. Then the type of paper in
 * bold capitals and its subject in bold, a short rule under it.
 */
import type { Paragraph, Table } from 'docx';
import { wmsg } from '../../../messages';
import { placeDate } from '../format';
import { layout, para, rule } from './kit';

const LEFT_MM = 72;
const RIGHT_MM = 93;

export interface HeadingInput {
  superior?: string;
  issuer: string;
  /** "TTr-SYT" and so on; absent for papers without a number (a list annexed to another). */
  number?: { type: string; symbol: string };
  place: string;
  /** ISO date of the paper. */
  date: string;
}

export function heading(h: HeadingInput): Table {
  const p = wmsg.paper;
  const left: Paragraph[] = [
    ...(h.superior ? [para(h.superior.toUpperCase(), { align: 'center', size: 12 })] : []),
    para(h.issuer.toUpperCase(), { align: 'center', bold: true, size: 12 }),
    rule(20, LEFT_MM),
    ...(h.number ? [para(p.docNumber(h.number.type, h.number.symbol), { align: 'center', size: 13 })] : []),
  ];
  const right: Paragraph[] = [
    para(p.nation, { align: 'center', bold: true, size: 12 }),
    para(p.motto, { align: 'center', bold: true, size: 14 }),
    rule(58, RIGHT_MM),
    para(placeDate(h.place, h.date), { align: 'center', italics: true, size: 14 }),
  ];
  return layout([
    { mm: LEFT_MM, children: left },
    { mm: RIGHT_MM, children: right },
  ]);
}

/** "TỜ TRÌNH" over "Về việc …", a short rule under it. */
export function title(type: string, subject?: string): Paragraph[] {
  return [
    para(type, { align: 'center', bold: true, size: 14, before: 18 }),
    ...(subject ? [para(subject, { align: 'center', bold: true, size: 14 })] : []),
    rule(40, 165),
  ];
}
