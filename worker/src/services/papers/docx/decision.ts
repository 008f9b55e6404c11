/**
 * A draft Quyết định khen thưởng for the deciding level: "DỰ THẢO", the heading, "QUYẾT ĐỊNH" and its
 * subject, the issuer, the grounds, "QUYẾT ĐỊNH:", Điều 1 (who is awarded what, the list annexed), Điều 2 (the
 * reward money, by the decree), Điều 3 (who carries it out), "Nơi nhận" and the signature; the list annexed.
 */
import { wmsg } from '../../../messages';
import { byKind, type PaperData, upwardOnly } from '../data';
import { heading, title } from './heading';
import { body, para, run } from './kit';
import { pack } from './page';
import { lists, paperDate } from './proposal-list';
import { closing } from './signature';
import { groundLines } from './submission';

const article = (label: string, text: string) =>
  para([run(`${label} `, { bold: true, size: 14 }), run(text, { size: 14 })], {
    align: 'justify',
    indent: 12.7,
    after: 6,
  });

export function decisionDocx(d: PaperData) {
  const c = d.campaign;
  const t = wmsg.paper.decision;
  const issuer = c.superior ?? c.authority;
  const upward = upwardOnly(d);
  const awards = upward.map((p) => {
    const k = byKind(p.nominees);
    return body(`- ${t.article1Text(p.title, k.collectives.length, k.individuals.length)}`);
  });
  return pack(d, wmsg.paper.documents.draftDecision, [
    [
      para(wmsg.paper.draft, { align: 'right', bold: true, size: 13, after: 6 }),
      heading({
        issuer,
        number: {
          type: wmsg.paper.types.decision,
          symbol: c.superior ? wmsg.paper.decisionSymbol : d.symbol,
        },
        place: c.place,
        date: paperDate(d),
      }),
      ...title(t.title, t.subject(c.year)),
      para(t.issuer, { align: 'center', bold: true, size: 14, after: 12 }),
      ...groundLines(d).map((g) => body(g, { italics: true })),
      body(t.proposalGround(c.authority), { italics: true }),
      para(t.decides, { align: 'center', bold: true, size: 14, before: 6, after: 6 }),
      article(t.article1, ''),
      ...awards,
      article(t.article2, t.article2Text),
      article(t.article3, t.article3Text(c.authority)),
      closing([...t.recipients, ...c.recipients], d.symbol, { title: t.signAuthority, name: '' }),
      // The annex follows on a new page of the same run of numbered pages.
      para(t.annex, { align: 'center', bold: true, size: 14, pageBreakBefore: true }),
      para(t.annexOf(c.year), { align: 'center', italics: true, size: 13 }),
      ...lists(d, upward),
    ],
  ]);
}
