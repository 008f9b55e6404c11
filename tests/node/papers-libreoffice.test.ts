/**
 * Every paper (issue 15) opened by a real word processor: each generated file is converted to PDF by
 * LibreOffice headless, its first page rendered to PNG (test-artifacts/papers/), its text extracted with
 * pdftotext and compared with the data it was generated from — every proposed name and title, the counts,
 * the ballots, the Quốc hiệu and the Tiêu ngữ, the snapshot's SHA-256 — Vietnamese letters intact (NFC, a
 * name typed decomposed prints composed), on A4 pages.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { wmsg } from '../../worker/src/messages';
import { PAPERS } from '../../worker/src/services/papers/catalog';
import {
  byKind,
  isProposed,
  type PaperData,
  proposedOnly,
  upwardOnly,
} from '../../worker/src/services/papers/data';
import { shareText } from '../../worker/src/services/papers/format';
import { paperData, SHA } from './papers/fixture';
import { firstPagePng, pdfFonts, pdfInfo, pdfText } from './papers/pdf';
import { convert } from './soffice-convert';
import { requireTool } from './tools';

const available = (await requireTool('soffice')) && (await requireTool('pdftoppm'));
const ARTIFACTS = 'test-artifacts/papers';
const TIMEOUT = 240_000;

const data: PaperData = paperData();
const nfc = (s: string) => s.normalize('NFC');
const proposed = proposedOnly(data);
/** What goes to the higher level: the Tờ trình and the draft Quyết định hold only these. */
const upward = upwardOnly(data);
const kept = new Set(upward.flatMap((p) => p.nominees.map((n) => n.id)));
const departmentOnly = proposed.flatMap((p) => p.nominees.filter((n) => !kept.has(n.id)));
const rejected = data.proposals.flatMap((p) => p.nominees.filter((n) => !isProposed(n)));
const allNames = data.proposals.flatMap((p) => p.nominees.map((n) => nfc(n.name)));

interface Rendered {
  text: string;
  /** The first two pages' text (the second empty for a one-page paper). */
  page1: string;
  page2: string;
  pages: number;
  width: number;
  height: number;
  fonts: string[];
}
const rendered = new Map<string, Rendered>();

describe.skipIf(!available)('the papers opened in LibreOffice', () => {
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'papers-'));
    const files: string[] = [];
    for (const kind of PAPERS)
      for (const format of kind.formats) {
        const path = join(dir, `${kind.code}-${format}.${format}`);
        await writeFile(path, new Uint8Array(await kind.make[format]!(data)));
        files.push(path);
      }
    const pdfs = await convert(files, 'pdf', { timeoutMs: TIMEOUT });
    await mkdir(ARTIFACTS, { recursive: true });
    for (const [i, pdf] of pdfs.entries()) {
      const key = files[i]!.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
      const info = await pdfInfo(pdf);
      rendered.set(key, {
        ...info,
        text: await pdfText(pdf),
        page1: await pdfText(pdf, 1),
        page2: info.pages > 1 ? await pdfText(pdf, 2) : '',
        fonts: await pdfFonts(pdf),
      });
      await firstPagePng(pdf, join(ARTIFACTS, key));
    }
  }, TIMEOUT);

  it('every paper converts, on A4 portrait pages, in Times New Roman (or its metric twin)', () => {
    expect([...rendered.keys()].sort()).toEqual(
      PAPERS.flatMap((k) => k.formats.map((f) => `${k.code}-${f}`)).sort(),
    );
    for (const [key, r] of rendered) {
      expect(r.pages, key).toBeGreaterThan(0);
      if (key.endsWith('-xlsx')) continue; // a sheet prints landscape
      expect(Math.abs(r.width - 595.28), `${key} width ${r.width}`).toBeLessThan(1);
      expect(Math.abs(r.height - 841.89), `${key} height ${r.height}`).toBeLessThan(1);
      expect(
        r.fonts.some((f) => /Times|LiberationSerif/i.test(f)),
        `${key}: ${r.fonts}`,
      ).toBe(true);
    }
  });

  it('the Word papers number their pages from page 2, centred in the header (none on page 1)', () => {
    // The reports are one run of pages per nominee: page 2 is the next report's first page, unnumbered.
    const reports = rendered.get('achievement-reports-docx')!;
    expect(reports.pages).toBeGreaterThan(1);
    expect(/^[12] /.test(reports.page2.trim()), reports.page2.slice(0, 40)).toBe(false);
    const long = [...rendered].filter(
      ([key, r]) => key.endsWith('-docx') && key !== 'achievement-reports-docx' && r.pages > 1,
    );
    expect(long.length).toBeGreaterThan(2);
    for (const [key, r] of long) {
      expect(r.page1.trim().startsWith('1 '), key).toBe(false);
      expect(r.page2.trim().startsWith('2 '), `${key}: ${r.page2.slice(0, 40)}`).toBe(true);
    }
  });

  it('each carries the Quốc hiệu, the Tiêu ngữ and the snapshot SHA-256; the text is NFC', () => {
    for (const [key, r] of rendered) {
      expect(r.text, key).toContain(wmsg.paper.nation);
      expect(r.text, key).toContain(wmsg.paper.motto);
      expect(r.text, key).toBe(r.text.normalize('NFC'));
      // The footer, whose 64 hex digits may wrap: compared without spaces.
      if (!key.endsWith('-xlsx')) expect(r.text.replace(/\s/g, ''), key).toContain(SHA);
    }
  });

  it('the lists, the Tờ trình, the Quyết định and the reports name every nominee and title they hold; not the rejected', () => {
    const holds: Record<string, typeof proposed> = {
      'proposal-list-docx': proposed,
      'proposal-list-xlsx': proposed,
      'achievement-reports-docx': proposed,
      'submission-docx': upward,
      'draft-decision-docx': upward,
    };
    expect(departmentOnly.length).toBeGreaterThan(0);
    expect(upward.length).toBeGreaterThan(0);
    for (const [key, held] of Object.entries(holds)) {
      const text = rendered.get(key)!.text;
      for (const p of held) {
        expect(text, `${key}: ${p.title}`).toContain(nfc(p.title));
        for (const n of p.nominees) expect(text, `${key}: ${n.name}`).toContain(nfc(n.name));
      }
      for (const n of rejected) expect(text, key).not.toContain(nfc(n.name));
      if (held === upward) for (const n of departmentOnly) expect(text, key).not.toContain(nfc(n.name));
    }
    const all = byKind(proposed.flatMap((p) => p.nominees));
    for (const key of ['proposal-list-docx', 'proposal-list-xlsx']) {
      const text = rendered.get(key)!.text;
      expect(text, key).toContain(wmsg.paper.list.grandTotal(all.collectives.length, all.individuals.length));
      for (const p of proposed) {
        const k = byKind(p.nominees);
        expect(text, key).toContain(wmsg.paper.list.total(k.collectives.length, k.individuals.length));
      }
    }
    const submission = rendered.get('submission-docx')!.text;
    for (const p of upward) {
      const k = byKind(p.nominees);
      expect(submission).toContain(
        wmsg.paper.submission.count(p.title, k.collectives.length, k.individuals.length),
      );
    }
    expect(submission).toContain(wmsg.paper.submission.title);
    expect(submission).toContain(data.grounds[0]!);
    expect(rendered.get('draft-decision-docx')!.text).toContain(wmsg.paper.decision.article3);
    // One report per proposed nominee.
    const reports = rendered.get('achievement-reports-docx')!;
    const subjects = proposed.flatMap((p) => p.nominees.map(() => wmsg.paper.report.subject(p.title)));
    const found = proposed.flatMap((p) => {
      const s = wmsg.paper.report.subject(p.title);
      return reports.text
        .split(s)
        .slice(1)
        .map(() => s);
    });
    expect(found.sort()).toEqual(subjects.sort());
  });

  it('the minutes and the count hold every ballot with its figures and outcome', () => {
    const minutes = rendered.get('council-minutes-docx')!.text;
    const count = rendered.get('ballot-count-docx')!.text;
    const m = data.meeting!;
    for (const name of [
      m.chair,
      m.secretary,
      ...m.present.map((p) => p.name),
      ...m.absent.map((p) => p.name),
    ])
      expect(minutes).toContain(nfc(name));
    for (const t of m.tellers) expect(count).toContain(t);
    for (const name of allNames) expect(minutes).toContain(name);
    for (const p of data.proposals)
      for (const n of p.nominees.filter((x) => x.ballot)) {
        const b = n.ballot!;
        const line = wmsg.paper.minutes.ballotLine(
          nfc(n.name),
          b.issued,
          b.returned,
          b.valid,
          b.inFavour,
          shareText(b.share),
          wmsg.paper.minutes.base[b.threshold.of],
        );
        expect(minutes).toContain(line);
        expect(count).toContain(nfc(n.name));
        expect(count).toContain(shareText(b.share));
      }
    for (const n of rejected) {
      expect(minutes).toContain(nfc(n.outcome!.reason!));
      expect(count).toContain(wmsg.paper.outcome.reject);
    }
    expect(minutes).toContain(wmsg.paper.minutes.size(m.size));
  });
});
