/**
 * The bottom of a paper: "Nơi nhận:" left (bold italic 12 pt, each recipient on its own line at 11 pt,
 * "- …;" and the last "- Lưu: VT, ….") and the signature block right (the authority in bold capitals, the
 * signer's title, room for the signature and seal, the name in bold). Several signatures side by side for
 * the minutes and the tellers.
 */
import type { Paragraph, Table } from 'docx';
import { wmsg } from '../../../messages';
import { layout, para } from './kit';

export interface Signer {
  /** "KT. GIÁM ĐỐC", "TM. HỘI ĐỒNG"; absent when the title alone signs. */
  authority?: string;
  title: string;
  name: string;
}

/** The recipients' lines: each starts "- " and ends ";", the archive last ending with a full stop. */
export function recipientLines(recipients: readonly string[], symbol: string): string[] {
  const clean = recipients
    .map((r) =>
      r
        .trim()
        .replace(/^-\s*/, '')
        .replace(/[.;]\s*$/, ''),
    )
    .filter((r) => r !== '' && !/^l\S*u:/i.test(r));
  return [...clean.map((r) => `- ${r};`), `- ${wmsg.paper.recipientArchive(symbol)}`];
}

function signerBlock(s: Signer): Paragraph[] {
  return [
    ...(s.authority ? [para(s.authority.toUpperCase(), { align: 'center', bold: true, size: 14 })] : []),
    para(s.title.toUpperCase(), { align: 'center', bold: true, size: 14 }),
    para('', { size: 14, after: 60 }),
    para(s.name, { align: 'center', bold: true, size: 14 }),
  ];
}

/** "Nơi nhận" left, one signature right. */
export function closing(recipients: readonly string[], symbol: string, signer: Signer): Table {
  const left = [
    para(wmsg.paper.recipientsLabel, { bold: true, italics: true, size: 12 }),
    ...recipientLines(recipients, symbol).map((r) => para(r, { size: 11 })),
  ];
  return layout([
    { mm: 75, children: left },
    { mm: 90, children: signerBlock(signer) },
  ]);
}

/** Signatures side by side (the chair and the secretary; the tellers). */
export function signatures(signers: readonly Signer[]): Table {
  const mm = Math.floor(165 / Math.max(1, signers.length));
  return layout(signers.map((s) => ({ mm, children: signerBlock(s) })));
}
