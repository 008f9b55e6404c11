/**
 * Tờ trình đề nghị khen thưởng to the deciding level: heading with "Số: …/TTr-SYT", "Kính gửi", the grounds
 * ("Căn cứ …;" a line: the law, the decree, the campaign's basis, the council's meeting), the year in brief,
 * what is proposed with counts per title, the closing, "Nơi nhận" and the signature; the lists annexed.
 */
import { wmsg } from '../../../messages';
import { byKind, type PaperData, upwardOnly } from '../data';
import { longDate } from '../format';
import { heading, title } from './heading';
import { body, para } from './kit';
import { pack } from './page';
import { lists, paperDate, signerOf } from './proposal-list';
import { closing } from './signature';

/** The grounds of a Tờ trình or a Quyết định: the plan's, then the meeting's (or the snapshot's). */
export function groundLines(d: PaperData): string[] {
  const t = wmsg.paper.submission;
  const last = d.meeting
    ? t.meetingGround(longDate(d.meeting.date))
    : t.snapshotGround(longDate(d.snapshot.createdAt));
  return [...d.grounds, last];
}

export function submissionDocx(d: PaperData) {
  const c = d.campaign;
  const t = wmsg.paper.submission;
  const proposals = upwardOnly(d);
  const units = new Set(proposals.flatMap((p) => p.nominees.map((n) => n.unit))).size;
  const counts = proposals.map((p) => {
    const k = byKind(p.nominees);
    return body(`- ${t.count(p.title, k.collectives.length, k.individuals.length)}`);
  });
  return pack(d, wmsg.paper.documents.submission, [
    [
      heading({
        ...c,
        issuer: c.authority,
        number: { type: wmsg.paper.types.submission, symbol: d.symbol },
        date: paperDate(d),
      }),
      ...title(t.title, t.subject(c.year)),
      para(t.to(t.toDefault), { align: 'center', size: 14, after: 12 }),
      ...groundLines(d).map((g) => body(g, { italics: true })),
      body(t.results(c.authority, c.year, units)),
      body(t.propose(c.authority)),
      ...counts,
      body(t.annexed, { italics: true }),
      body(t.closing(c.authority)),
      closing([...t.recipients, ...c.recipients], d.symbol, signerOf(d)),
      // The annex follows on a new page of the same run of numbered pages.
      para(t.annex, { align: 'center', bold: true, size: 14, pageBreakBefore: true }),
      para(t.annexOf(c.year), { align: 'center', italics: true, size: 13 }),
      ...lists(d, proposals),
    ],
  ]);
}
