/**
 * Biên bản kiểm phiếu: the tellers (Ban kiểm phiếu), the council's size, then per title put to the vote a
 * table of the candidates with the ballots issued, returned, valid and in favour, the share, the threshold
 * and the outcome; signed by the tellers.
 */
import { wmsg } from '../../../messages';
import type { PaperData } from '../data';
import { longDate, percentText, shareText } from '../format';
import { heading, title } from './heading';
import { body, grid, para } from './kit';
import { pack } from './page';
import { signatures } from './signature';

export function tallyDocx(d: PaperData) {
  const mt = d.meeting;
  if (!mt) throw new Error('the count needs a meeting');
  const c = d.campaign;
  const t = wmsg.paper.tally;
  const h = t.header;
  const voted = d.proposals
    .map((p) => ({ p, nominees: p.nominees.filter((n) => n.ballot) }))
    .filter((x) => x.nominees.length > 0);
  const tables = voted.flatMap(({ p, nominees }) => [
    para(t.award(p.title), { bold: true, size: 14, before: 6, after: 6, keepNext: true }),
    grid(
      [
        { header: h.no, weight: 7, align: 'center' },
        { header: h.name, weight: 22 },
        { header: h.issued, weight: 8, align: 'center' },
        { header: h.returned, weight: 8, align: 'center' },
        { header: h.valid, weight: 8, align: 'center' },
        { header: h.inFavour, weight: 8, align: 'center' },
        { header: h.share, weight: 11, align: 'center' },
        { header: h.threshold, weight: 11, align: 'center' },
        { header: h.outcome, weight: 13, align: 'center' },
      ],
      nominees.map((n, i) => {
        const b = n.ballot!;
        const proposed = n.outcome?.proposed ?? true;
        return [
          String(i + 1),
          n.name,
          String(b.issued),
          String(b.returned),
          String(b.valid),
          String(b.inFavour),
          shareText(b.share),
          percentText(b.threshold.percent),
          proposed ? wmsg.paper.outcome.propose : wmsg.paper.outcome.reject,
        ];
      }),
    ),
  ]);
  const tellers = mt.tellers.length ? mt.tellers : [''];
  return pack(d, wmsg.paper.documents.ballotCount, [
    [
      heading({ ...c, issuer: c.authority, date: mt.date }),
      ...title(t.title, t.subject),
      body(t.opening(longDate(mt.date), mt.place)),
      body(mt.tellers.length ? t.tellers : t.noTellers),
      ...mt.tellers.map((name, i) => body(t.teller(name, i + 1))),
      body(t.size(mt.size)),
      ...(tables.length ? tables : [body(t.none, { italics: true })]),
      para('', { after: 12 }),
      signatures(tellers.map((name, i) => ({ title: i === 0 ? t.sign : t.member, name }))),
    ],
  ]);
}
