/** The consolidated sheet of a group (units × criteria) as JSON, CSV (two dialects) or xlsx. */
import { Hono } from 'hono';
import { Consolidated, ConsolidatedQuery } from '../../../shared/contract/rankings';
import type { AppEnv } from '../env';
import { documentRoute } from '../http/openapi';
import { campaignOf, param } from '../http/params';
import { csvReply } from '../http/table-reply';
import { wmsg } from '../messages';
import { changesTable, consolidatedOf, table } from '../services/consolidated';
import { summaryTable } from '../services/consolidated-summary';
import { toXlsx } from '../services/export/xlsx';
import { readStaffGroup } from '../services/rankings/read';
import { parseWith } from '../validation';
import { reply } from './reply';

export const consolidated = new Hono<AppEnv>();

documentRoute({
  method: 'get',
  path: '/campaigns/{campaign}/groups/{group}/consolidated',
  tag: 'rankings',
  query: ConsolidatedQuery,
  responses: { 200: { schema: Consolidated } },
  errors: [403, 404, 422],
});

consolidated.get('/campaigns/:campaign/groups/:group/consolidated', async (c) => {
  const campaign = campaignOf(c);
  const g = await readStaffGroup(c.env.DB, c.get('actor'), campaign, param(c, 'group'), Date.now());
  const q = parseWith(ConsolidatedQuery, c.req.query());
  const data = consolidatedOf(g);
  const file = `${campaign}-${g.group.code}`.replace(/[^\w.-]/g, '_');
  if (q.format === 'csv') {
    // The changed scores follow the matrix, after an empty row; only when there are any.
    const changes = data.changes?.length ? [[], ...changesTable(data)] : [];
    return csvReply(c, file, [...table(data), ...changes], q.dialect);
  }
  if (q.format === 'xlsx') {
    const summary = summaryTable(g.ranking);
    c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    c.header('Content-Disposition', `attachment; filename="${file}.xlsx"`);
    return c.body(
      await toXlsx(
        g.group.name,
        table(data),
        3,
        data.changes?.length ? [{ name: wmsg.changesSheet, rows: changesTable(data) }] : [],
        // The summary first (decision 0033): the share column is a percentage.
        { first: { name: wmsg.summarySheet, rows: summary, percent: [summary[0]!.length - 2] } },
      ),
    );
  }
  return reply(c, Consolidated, data);
});
