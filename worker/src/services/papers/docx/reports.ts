/**
 * Báo cáo thành tích, one document with a section (its own numbered pages) per proposed individual and
 * collective, filled with what the product knows: the form of the decree in force (Nghị định 152/2025/NĐ-CP,
 * its appendix; earlier 98/2023) — for a person a short curriculum vitae, the duties, the achievements, the
 * initiatives and the awards received; for a collective its features, achievements and awards. What the
 * product does not hold is left as a dotted line to fill in.
 */
import type { FileChild } from 'docx';
import { wmsg } from '../../../messages';
import type { PaperData, PaperNominee, PaperProposal } from '../data';
import { proposedOnly } from '../data';
import { heading, title } from './heading';
import { body, para } from './kit';
import { pack } from './page';
import { paperDate } from './proposal-list';
import { signatures } from './signature';

const r = () => wmsg.paper.report;
const known = (v: string | undefined) => v ?? r().toFill;
/** A line to fill in by hand: left-aligned, so the dots are not stretched across the line. */
const fill = (label: string) => body(`${label}${r().toFill}`, { align: 'left' });
const section = (label: string) => para(label, { bold: true, size: 14, before: 6, after: 6 });

function individual(n: PaperNominee): FileChild[] {
  const t = r();
  return [
    section(t.individualI),
    body(t.name(n.name)),
    body(t.sex(n.sex ? wmsg.paper.sex[n.sex] : t.toFill)),
    body(t.birthYear(n.birthYear ? String(n.birthYear) : t.toFill)),
    body(t.position(known(n.position))),
    body(t.unit(n.unit)),
    section(t.ii),
    fill(t.duties),
    body(`${t.achievements}${known(n.summary)}`),
    fill(t.initiatives),
  ];
}

function collective(n: PaperNominee): FileChild[] {
  const t = r();
  return [
    section(t.collectiveI),
    body(t.collectiveName(n.name)),
    fill(t.organisation),
    section(t.ii),
    body(`${t.achievements}${known(n.summary)}`),
  ];
}

function report(d: PaperData, p: PaperProposal, n: PaperNominee): FileChild[] {
  const t = r();
  const c = d.campaign;
  const signers =
    n.kind === 'individual'
      ? [
          { title: t.unitHead, name: '' },
          { title: t.reporter, name: n.name },
        ]
      : [
          { title: t.certify, name: '' },
          { title: t.unitHead, name: '' },
        ];
  return [
    heading({ superior: c.authority, issuer: n.unit, place: c.place, date: paperDate(d) }),
    ...title(t.title, t.subject(p.title)),
    ...(n.kind === 'individual' ? individual(n) : collective(n)),
    section(t.iii),
    fill(t.awards),
    para('', { after: 12 }),
    signatures(signers),
  ];
}

export function reportsDocx(d: PaperData) {
  const sections = proposedOnly(d).flatMap((p) => p.nominees.map((n) => report(d, p, n)));
  return pack(d, wmsg.paper.documents.achievementReports, sections.length ? sections : [[body(r().none)]]);
}
