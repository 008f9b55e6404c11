/**
 * Biên bản họp Hội đồng Thi đua – Khen thưởng: time and place; who chairs and who records; the council's
 * size, the members present and absent (with written opinions or not); the agenda; per title the secret
 * ballots (issued, returned, valid, in favour, the share of the base) and the titles decided as a list; the
 * conclusions with each outcome and its reason; signed by the secretary and the chair.
 */
import { wmsg } from '../../../messages';
import type { PaperData, PaperMeeting } from '../data';
import { longDate, shareText } from '../format';
import { heading, title } from './heading';
import { body, para } from './kit';
import { pack } from './page';
import { signatures } from './signature';

const m = () => wmsg.paper.minutes;

function composition(mt: PaperMeeting) {
  const t = m();
  return [
    para(t.i, { bold: true, size: 14, before: 6, after: 6 }),
    body(t.chair(mt.chair)),
    body(t.secretary(mt.secretary)),
    body(t.size(mt.size)),
    body(t.present(mt.present.length)),
    ...mt.present.map((p) => body(`- ${t.member(p.name, p.position ?? '')}`)),
    body(t.absent(mt.absent.length)),
    ...mt.absent.map((p) => body(`- ${t.absentOpinion(p.name, p.position ?? '', p.writtenOpinion)}`)),
  ];
}

function content(d: PaperData) {
  const t = m();
  return [
    para(t.ii, { bold: true, size: 14, before: 6, after: 6 }),
    body(t.agenda),
    ...d.proposals.flatMap((p) => {
      const voted = p.nominees.filter((n) => n.ballot);
      const listed = p.nominees.filter((n) => !n.ballot);
      return [
        ...(voted.length
          ? [
              body(t.ballotTitle(p.title), { bold: true }),
              ...voted.map((n) => {
                const b = n.ballot!;
                const line = t.ballotLine(
                  n.name,
                  b.issued,
                  b.returned,
                  b.valid,
                  b.inFavour,
                  shareText(b.share),
                  t.base[b.threshold.of],
                );
                return body(`- ${line}`);
              }),
            ]
          : []),
        ...(listed.length
          ? [
              body(t.listTitle(p.title), { bold: true }),
              ...listed.map((n) => body(`- ${n.name} (${n.unit});`)),
            ]
          : []),
      ];
    }),
  ];
}

function conclusions(d: PaperData) {
  const t = m();
  const all = d.proposals.flatMap((p) => p.nominees.map((n) => ({ n, p })));
  const proposed = all.filter(({ n }) => n.outcome?.proposed ?? true).length;
  return [
    para(t.iii, { bold: true, size: 14, before: 6, after: 6 }),
    body(t.conclusion(proposed, all.length - proposed)),
    ...all.map(({ n, p }) => {
      const outcome = (n.outcome?.proposed ?? true) ? wmsg.paper.outcome.propose : wmsg.paper.outcome.reject;
      return body(`- ${t.outcomeLine(`${n.name} – ${p.title}`, outcome, n.outcome?.reason ?? '')}`);
    }),
    body(t.closing),
  ];
}

export function minutesDocx(d: PaperData) {
  const mt = d.meeting;
  if (!mt) throw new Error('the minutes need a meeting');
  const c = d.campaign;
  const t = m();
  const date = longDate(mt.date);
  return pack(d, wmsg.paper.documents.councilMinutes, [
    [
      heading({
        ...c,
        issuer: c.authority,
        number: { type: wmsg.paper.types.minutes, symbol: wmsg.paper.minutesSymbol(d.symbol) },
        date: mt.date,
      }),
      ...title(t.title, t.subject),
      body(mt.time ? t.opening(mt.time, date, mt.place) : t.openingNoTime(date, mt.place)),
      ...composition(mt),
      ...content(d),
      ...conclusions(d),
      para('', { after: 12 }),
      signatures([
        { title: t.secretarySign, name: mt.secretary },
        { title: t.chairSign, name: mt.chair },
      ]),
    ],
  ]);
}
