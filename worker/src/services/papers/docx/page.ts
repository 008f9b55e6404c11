/**
 * A paper as a .docx file: A4 portrait, the decree's margins, Times New Roman; the page number centred in
 * the header from page 2 on (the first page has its own, empty, header); a footer on every page naming the
 * snapshot (and the meeting) with its SHA-256. Each section is a page run of its own, numbered from 1 (one
 * per nominee for the Báo cáo thành tích).
 */
import {
  convertMillimetersToTwip,
  Document,
  type FileChild,
  Footer,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  TextRun,
} from 'docx';
import { wmsg } from '../../../messages';
import type { PaperData } from '../data';
import { FONT, PAGE_MM, para } from './kit';

const footer = (data: PaperData) =>
  new Footer({
    children: [
      para(wmsg.paper.footer(data.snapshot.id, data.snapshot.sha256, data.meeting?.id), {
        size: 8,
        align: 'left',
      }),
    ],
  });

const numbered = () =>
  new Header({
    // A run whose text is the current page's number (a PAGE field).
    children: [
      para([new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 26 })], { align: 'center' }),
    ],
  });

/** The bytes of a document whose sections each hold `children`. */
export async function pack(data: PaperData, title: string, sections: readonly FileChild[][]) {
  const mm = convertMillimetersToTwip;
  const doc = new Document({
    creator: data.campaign.authority,
    title,
    styles: { default: { document: { run: { font: FONT, size: 26 } } } },
    sections: sections.map((children) => ({
      properties: {
        titlePage: true,
        page: {
          size: {
            width: mm(PAGE_MM.width),
            height: mm(PAGE_MM.height),
            orientation: PageOrientation.PORTRAIT,
          },
          margin: {
            top: mm(PAGE_MM.top),
            bottom: mm(PAGE_MM.bottom),
            left: mm(PAGE_MM.left),
            right: mm(PAGE_MM.right),
            header: mm(10),
            footer: mm(8),
          },
          pageNumbers: { start: 1 },
        },
      },
      headers: { default: numbered(), first: new Header({ children: [para('')] }) },
      footers: { default: footer(data), first: footer(data) },
      children,
    })),
  });
  return Packer.toArrayBuffer(doc);
}
