/**
 * One award's part of a list: its title, "I. TẬP THỂ" and "II. CÁ NHÂN" each with its table (or "Không
 * có."), and the part's total. The Danh sách, the Tờ trình's annex and the Quyết định's annex use it.
 */
import type { FileChild } from 'docx';
import { wmsg } from '../../../messages';
import { byKind, type PaperProposal } from '../data';
import { collectiveTable, individualTable, type ListTable } from '../rows';
import { grid, para } from './kit';

const table = (t: ListTable) =>
  grid(
    t.header.map((header, i) => ({
      header,
      weight: t.weights[i]!,
      ...(t.centred.includes(i) ? { align: 'center' as const } : {}),
    })),
    t.rows,
  );

export function listBlock(p: PaperProposal): FileChild[] {
  const l = wmsg.paper.list;
  const { collectives, individuals } = byKind(p.nominees);
  const part = (label: string, rows: number, t: ListTable): FileChild[] => [
    para(label, { bold: true, size: 13, before: 6, after: 3, keepNext: true }),
    rows > 0 ? table(t) : para(l.none, { size: 13, italics: true }),
  ];
  return [
    para(l.subject(p.title), { align: 'center', bold: true, size: 14, before: 12 }),
    ...(p.levelText ? [para(`(${p.levelText})`, { align: 'center', italics: true, size: 13 })] : []),
    ...part(l.collectives, collectives.length, collectiveTable(collectives)),
    ...part(l.individuals, individuals.length, individualTable(individuals)),
    para(l.total(collectives.length, individuals.length), { bold: true, size: 13, before: 6 }),
  ];
}
