/**
 * The council's papers (issue 15, decision 0038): `GET /campaigns/{c}/documents` lists what can be
 * generated, `GET /campaigns/{c}/documents/{code}?format=docx|xlsx[&meeting=|&snapshot=]` returns one file,
 * generated from one closed meeting or one snapshot (by default the latest closed meeting, else the latest
 * snapshot), never from live data. 406 for a format the paper does not have; 409 when there is no snapshot
 * (or, for the minutes and the count, no closed meeting).
 */
import * as z from 'zod';
import { filter } from './fields';

export const DocumentFormat = z.enum(['docx', 'xlsx']);

export const DocumentInfo = z.object({
  code: z.string(),
  /** Vietnamese ("Tờ trình đề nghị khen thưởng"). */
  title: z.string(),
  formats: z.array(DocumentFormat),
  /** The closed meeting it is generated from, when there is one. */
  meeting: z.string().optional(),
  /** The snapshot it is generated from, and its SHA-256 (printed in every page's footer). */
  snapshot: z.string(),
  sha256: z.string(),
});

export const DocumentList = z.object({ documents: z.array(DocumentInfo) });

/** The query of one document: `format` defaults to docx (406 for another it does not have). */
export const DocumentQuery = z.object({
  format: DocumentFormat.optional(),
  meeting: filter.optional(),
  snapshot: filter.optional(),
});

export type DocumentFormat = z.output<typeof DocumentFormat>;
export type DocumentInfo = z.output<typeof DocumentInfo>;
export type DocumentList = z.output<typeof DocumentList>;
export type DocumentQuery = z.output<typeof DocumentQuery>;
