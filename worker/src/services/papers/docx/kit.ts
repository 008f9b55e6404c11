/**
 * The small pieces every paper is made of (the `docx` library): runs and paragraphs in Times New Roman at
 * the decree's sizes, the page's measures, a borderless layout table, a grid table. Sizes are in points here
 * and in half-points for `docx`; lengths in millimetres here and in twips for `docx`.
 */
import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  LineRuleType,
  Paragraph,
  type ParagraphChild,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { nfc } from '../format';

export const FONT = 'Times New Roman';
/** A4 and the margins of Nghị định 30/2020 (top/bottom 20–25, left 30–35, right 15–20 mm). */
export const PAGE_MM = { width: 210, height: 297, top: 20, bottom: 20, left: 30, right: 15 } as const;
/** The width of the text between the margins, in twips. */
export const TEXT_TWIPS = convertMillimetersToTwip(PAGE_MM.width - PAGE_MM.left - PAGE_MM.right);

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  /** Points (13 by default). */
  size?: number;
  underline?: boolean;
}

export const run = (text: string, s: RunStyle = {}) =>
  new TextRun({
    text: nfc(text),
    font: FONT,
    size: (s.size ?? 13) * 2,
    ...(s.bold ? { bold: true } : {}),
    ...(s.italics ? { italics: true } : {}),
    ...(s.underline ? { underline: {} } : {}),
  });

export type Align = 'left' | 'center' | 'right' | 'justify';
const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

export interface ParaStyle extends RunStyle {
  align?: Align;
  /** First-line indent (the body's 1.27 cm), in mm. */
  indent?: number;
  /** Space after, in points (6 by default for the body). */
  after?: number;
  before?: number;
  pageBreakBefore?: boolean;
  keepNext?: boolean;
}

/** One paragraph of `text` (or of runs) in one style. */
export function para(content: string | readonly ParagraphChild[], s: ParaStyle = {}): Paragraph {
  const children = typeof content === 'string' ? [run(content, s)] : [...content];
  return new Paragraph({
    children,
    alignment: ALIGN[s.align ?? 'left'],
    spacing: { after: (s.after ?? 0) * 20, before: (s.before ?? 0) * 20 },
    ...(s.indent ? { indent: { firstLine: convertMillimetersToTwip(s.indent) } } : {}),
    ...(s.pageBreakBefore ? { pageBreakBefore: true } : {}),
    ...(s.keepNext ? { keepNext: true } : {}),
  });
}

/** A body paragraph: justified, first line indented 1.27 cm, 6 pt after, 14 pt. */
export const body = (text: string, s: ParaStyle = {}) =>
  para(text, { align: 'justify', indent: 12.7, after: 6, size: 14, ...s });

/** A centred rule `mm` long (under the issuing body, the motto, the subject line). */
export function rule(mm: number, columnMm: number): Paragraph {
  const side = convertMillimetersToTwip(Math.max(0, (columnMm - mm) / 2));
  // An empty paragraph 2 pt high whose bottom border is the rule.
  return new Paragraph({
    children: [],
    run: { size: 4 },
    spacing: { after: 80, before: 60, line: 40, lineRule: LineRuleType.EXACT },
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } },
  });
}

/** A table without borders laying out columns (heading, signatures): widths in mm. */
export function layout(columns: readonly { mm: number; children: Paragraph[] }[]): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    width: { size: TEXT_TWIPS, type: WidthType.DXA },
    columnWidths: columns.map((c) => convertMillimetersToTwip(c.mm)),
    rows: [
      new TableRow({
        children: columns.map(
          (c) =>
            new TableCell({
              width: { size: convertMillimetersToTwip(c.mm), type: WidthType.DXA },
              children: c.children.length ? c.children : [para('')],
            }),
        ),
      }),
    ],
  });
}

export interface GridColumn {
  header: string;
  /** Relative width. */
  weight: number;
  align?: Align;
}

/** A bordered table: a bold header row repeated on each page, then the rows (12 pt). */
export function grid(columns: readonly GridColumn[], rows: readonly (readonly string[])[]): Table {
  const total = columns.reduce((s, c) => s + c.weight, 0);
  const widths = columns.map((c) => Math.floor((TEXT_TWIPS * c.weight) / total));
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { left: 60, right: 60, top: 20, bottom: 20 },
      children: [
        para(text, {
          size: header ? 11 : 12,
          bold: header,
          align: header ? 'center' : (columns[i]!.align ?? 'left'),
        }),
      ],
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c, i) => cell(c.header, i, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((t, i) => cell(t, i, false)) })),
    ],
  });
}
