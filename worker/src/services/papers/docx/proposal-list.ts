/**
 * Danh sách đề nghị khen thưởng (Word): the heading, "DANH SÁCH", then one part per title and level, each
 * award from a new page, collectives and individuals apart, each part's total and the grand total; signed.
 */
import type { FileChild } from 'docx';
import { wmsg } from '../../../messages';
import { byKind, type PaperData, type PaperProposal, proposedOnly } from '../data';
import { heading, title } from './heading';
import { para } from './kit';
import { listBlock } from './list-block';
import { pack } from './page';
import { closing, type Signer } from './signature';

/** The date of a paper: the meeting's day, or the snapshot's. */
export const paperDate = (d: PaperData) => d.meeting?.date ?? d.snapshot.createdAt;

export const signerOf = (d: PaperData): Signer => d.council?.signer ?? wmsg.paper.defaultSigner;

/** Every award's list (by default every proposed one), each after the first from a new page, and the grand total. */
export function lists(d: PaperData, proposals: readonly PaperProposal[] = proposedOnly(d)): FileChild[] {
  if (proposals.length === 0) return [para(wmsg.paper.list.none, { italics: true, size: 14 })];
  const all = byKind(proposals.flatMap((p) => p.nominees));
  return [
    ...proposals.flatMap((p, i) => {
      const [first, ...rest] = listBlock(p);
      return i === 0 ? [first!, ...rest] : [para('', { pageBreakBefore: true }), first!, ...rest];
    }),
    para(wmsg.paper.list.grandTotal(all.collectives.length, all.individuals.length), {
      bold: true,
      size: 14,
      before: 12,
    }),
  ];
}

export function proposalListDocx(d: PaperData) {
  const c = d.campaign;
  return pack(d, wmsg.paper.documents.proposalList, [
    [
      heading({ ...c, issuer: c.authority, date: paperDate(d) }),
      ...title(wmsg.paper.list.title, wmsg.paper.list.annexOf(c.year)),
      ...lists(d),
      para('', { after: 12 }),
      closing(c.recipients, d.symbol, signerOf(d)),
    ],
  ]);
}
