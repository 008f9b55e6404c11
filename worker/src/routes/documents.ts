/** The council's papers (decision 0038): the list, and one paper as a Word or Excel file. */
import { Hono } from 'hono';
import { DocumentList, DocumentQuery } from '../../../shared/contract/papers';
import { campaignOr404 } from '../access/scope';
import type { AppEnv } from '../env';
import { apiError, conflict, notFound } from '../errors';
import { attachment } from '../http/attachment';
import { documentRoute } from '../http/openapi';
import { campaignOf, param } from '../http/params';
import { wmsg } from '../messages';
import { fileName, MIME, PAPERS, type PaperFormat, paperKind } from '../services/papers/catalog';
import { paperSource } from '../services/papers/load';
import { parseWith } from '../validation';
import { reply } from './reply';

export const documents = new Hono<AppEnv>();

const P = '/campaigns/{campaign}/documents';
const source = DocumentQuery.pick({ meeting: true, snapshot: true });

documentRoute(
  {
    method: 'get',
    path: P,
    tag: 'documents',
    query: source,
    responses: { 200: { schema: DocumentList } },
    errors: [403, 404, 409],
  },
  {
    method: 'get',
    path: `${P}/{code}`,
    tag: 'documents',
    query: DocumentQuery,
    responses: { 200: { contentType: MIME.docx, headers: ['Content-Disposition'] } },
    errors: [403, 404, 406, 409],
  },
);

documents.get('/campaigns/:campaign/documents', async (c) => {
  const q = parseWith(source, c.req.query());
  const found = await paperSource(c.env.DB, c.get('actor'), campaignOf(c), q);
  const list = found
    ? PAPERS.filter((k) => !k.needsMeeting || found.meeting).map((k) => ({
        code: k.code,
        title: k.title(),
        formats: [...k.formats],
        ...(found.meeting ? { meeting: found.meeting } : {}),
        snapshot: found.snapshot,
        sha256: found.data.snapshot.sha256,
      }))
    : [];
  return reply(c, DocumentList, { documents: list });
});

documents.get('/campaigns/:campaign/documents/:code', async (c) => {
  const campaign = campaignOf(c);
  const code = param(c, 'code');
  const format = c.req.query('format') ?? 'docx';
  const kind = paperKind(code);
  // 404 (the campaign, then the paper) before 403, then 406, then the source.
  await campaignOr404(c.env.DB, campaign);
  if (!kind) throw notFound(wmsg.paper.unknownDocument(code));
  if (!(kind.formats as readonly string[]).includes(format))
    throw apiError(406, wmsg.formatNotAcceptable(format, kind.formats));
  const found = await paperSource(c.env.DB, c.get('actor'), campaign, parseWith(source, c.req.query()));
  if (!found) throw conflict(wmsg.paper.noSource);
  if (kind.needsMeeting && !found.meeting) throw conflict(wmsg.paper.needsMeeting(kind.title()));
  const f = format as PaperFormat;
  const bytes = await kind.make[f]!(found.data);
  c.header('Content-Type', MIME[f]);
  c.header('Content-Disposition', attachment(fileName(kind, campaign, f)));
  return c.body(bytes);
});
