/**
 * Danh sách đề nghị khen thưởng as a workbook (exceljs, as the other exports): one sheet per title and level,
 * headed like the paper (the issuing body, the Quốc hiệu and Tiêu ngữ, the title), then "I. TẬP THỂ" and
 * "II. CÁ NHÂN" each with its table, and the total; a last sheet with the totals per award. A4 landscape,
 * one page wide; the footer names the snapshot's SHA-256. Text cells are neutralised like every export.
 */
import ExcelJS from 'exceljs';
import { excelSheetName } from '../../../../shared/sheet-name';
import { wmsg } from '../../messages';
import { neutralise } from '../export/neutralise';
import { byKind, type PaperData, type PaperProposal, proposedOnly } from './data';
import { placeDate } from './format';
import { collectiveTable, individualTable, type ListTable } from './rows';

const PAPER_A4 = 9 as number as ExcelJS.PaperSize;
const FONT = { name: 'Times New Roman', size: 12 } as const;
const WIDTHS = [6, 26, 18, 26, 10, 10, 50];

function addRow(
  ws: ExcelJS.Worksheet,
  cells: readonly (string | number)[],
  style: Partial<ExcelJS.Font> = {},
) {
  const row = ws.addRow(cells.map((c) => (typeof c === 'string' ? neutralise(c.normalize('NFC')) : c)));
  row.font = { ...FONT, ...style };
  row.alignment = { wrapText: true, vertical: 'top' };
  return row;
}

function centred(ws: ExcelJS.Worksheet, text: string, style: Partial<ExcelJS.Font> = {}) {
  const row = addRow(ws, [text], style);
  ws.mergeCells(row.number, 1, row.number, WIDTHS.length);
  row.alignment = { horizontal: 'center', wrapText: true };
}

/** A line across the table's width, left-aligned (a part's label, a total). */
function line(ws: ExcelJS.Worksheet, text: string, style: Partial<ExcelJS.Font> = {}) {
  const row = addRow(ws, [text], style);
  ws.mergeCells(row.number, 1, row.number, WIDTHS.length);
  row.alignment = { horizontal: 'left', vertical: 'top' };
}

function addTable(ws: ExcelJS.Worksheet, t: ListTable) {
  const head = addRow(ws, t.header, { bold: true });
  head.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  const rows = t.rows.map((r) =>
    addRow(
      ws,
      r.map((c, i) => (i === 0 ? Number(c) : c)),
    ),
  );
  for (const row of [head, ...rows])
    row.eachCell((cell) => {
      cell.border = {
        top: { style: 'thin' },
        bottom: { style: 'thin' },
        left: { style: 'thin' },
        right: { style: 'thin' },
      };
    });
}

function sheetOf(wb: ExcelJS.Workbook, d: PaperData, p: PaperProposal, name: string) {
  const l = wmsg.paper.list;
  const ws = wb.addWorksheet(name);
  ws.columns = WIDTHS.map((width) => ({ width }));
  centred(ws, d.campaign.authority.toUpperCase(), { bold: true });
  centred(ws, wmsg.paper.nation, { bold: true });
  centred(ws, wmsg.paper.motto, { bold: true });
  centred(ws, placeDate(d.campaign.place, d.meeting?.date ?? d.snapshot.createdAt), { italic: true });
  centred(ws, l.title, { bold: true, size: 14 });
  centred(ws, l.subject(p.title), { bold: true, size: 14 });
  if (p.levelText) centred(ws, `(${p.levelText})`, { italic: true });
  const { collectives, individuals } = byKind(p.nominees);
  line(ws, l.collectives, { bold: true });
  if (collectives.length) addTable(ws, collectiveTable(collectives));
  else line(ws, l.none, { italic: true });
  line(ws, l.individuals, { bold: true });
  if (individuals.length) addTable(ws, individualTable(individuals));
  else line(ws, l.none, { italic: true });
  line(ws, l.total(collectives.length, individuals.length), { bold: true });
  ws.pageSetup = {
    paperSize: PAPER_A4,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  };
  ws.headerFooter = {
    oddFooter: `&L&8${wmsg.paper.footer(d.snapshot.id, d.snapshot.sha256, d.meeting?.id)}&R&P/&N`,
  };
}

export async function proposalListXlsx(d: PaperData): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = wmsg.workbookCreator;
  const used = new Set<string>();
  const freeName = (raw: string) => {
    let name = excelSheetName(raw);
    for (let n = 2; used.has(name.toLowerCase()); n++) name = excelSheetName(`${raw.slice(0, 26)} (${n})`);
    used.add(name.toLowerCase());
    return name;
  };
  const proposals = proposedOnly(d);
  for (const p of proposals) sheetOf(wb, d, p, freeName(wmsg.paper.list.sheet(p.title)));
  const totals = wb.addWorksheet(freeName(wmsg.summarySheet));
  totals.columns = [{ width: 50 }, { width: 14 }, { width: 14 }];
  const h = wmsg.paper.kind;
  addRow(totals, [wmsg.paper.documents.proposalList, h.collective, h.individual], { bold: true });
  for (const p of proposals) {
    const k = byKind(p.nominees);
    addRow(totals, [p.title, k.collectives.length, k.individuals.length]);
  }
  const all = byKind(proposals.flatMap((p) => p.nominees));
  addRow(
    totals,
    [
      wmsg.paper.list.grandTotal(all.collectives.length, all.individuals.length),
      all.collectives.length,
      all.individuals.length,
    ],
    { bold: true },
  );
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}
