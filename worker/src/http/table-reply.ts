/**
 * The answer of a table route (rankings, quotas) in the format its query asks for: JSON through `reply`, or a
 * CSV file; a format the route does not have is refused with 406 rather than silently answered as JSON. The
 * RFC 4180 file is named `…-rfc4180.csv` so it never overwrites the Excel one in a downloads folder.
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import type { CsvDialect } from '../../../shared/contract/enums';
import { TableFormat, type TableQuery } from '../../../shared/contract/rankings';
import { apiError } from '../errors';
import { wmsg } from '../messages';
import { type Cell, toCsv } from '../services/export/csv';
import { parseWith } from '../validation';

/** The query of a table route; 406 naming `format` for a format outside `allowed`. */
export function tableQuery<S extends z.ZodType<TableQuery>>(
  c: Context,
  schema: S,
  allowed: readonly string[] = TableFormat.options,
): z.output<S> {
  const format = c.req.query('format');
  if (format !== undefined && !allowed.includes(format))
    throw apiError(406, wmsg.formatNotAcceptable(format, allowed));
  return parseWith(schema, c.req.query());
}

/** The file name of a CSV download: the RFC 4180 dialect gets its own. */
export function csvFileName(base: string, dialect: CsvDialect): string {
  const safe = base.replace(/[^\w.-]/g, '_');
  return dialect === 'rfc4180' ? `${safe}-rfc4180.csv` : `${safe}.csv`;
}

/** A CSV download of a table of cells. */
export function csvReply(c: Context, base: string, rows: readonly (readonly Cell[])[], dialect: CsvDialect) {
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header('Content-Disposition', `attachment; filename="${csvFileName(base, dialect)}"`);
  return c.body(toCsv(rows, dialect));
}
