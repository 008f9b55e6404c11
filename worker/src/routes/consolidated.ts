/** The consolidated sheet of a group (units × criteria) as JSON, CSV (two dialects) or xlsx. */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../env';
import { documentRoute } from '../http/openapi';
import { consolidatedOf, table } from '../services/consolidated';
import { toCsv } from '../services/export/csv';
import { toXlsx } from '../services/export/xlsx';
import { readStaffGroup } from '../services/rankings/read';
import { parseWith } from '../validation';

export const consolidated = new Hono<AppEnv>();

const Query = z.object({
  format: z.enum(['json', 'csv', 'xlsx']).default('json'),
  dialect: z.enum(['excel-vi', 'rfc4180']).default('excel-vi'),
});

const Scores = z.array(z.number().nullable());
export const ConsolidatedSchema = z.object({
  group: z.string(),
  name: z.string(),
  criteria: z.array(
    z.object({ code: z.string(), title: z.string(), section: z.string(), kind: z.string(), max: z.number() }),
  ),
  rows: z.array(
    z.object({
      unit: z.string(),
      name: z.string(),
      status: z.string(),
      self: Scores,
      appraised: Scores,
      final: Scores,
      total: z.number().nullable(),
      classification: z.string().nullable(),
      rank: z.number().int().nullable(),
    }),
  ),
});

documentRoute({
  method: 'get',
  path: '/campaigns/{campaign}/groups/{group}/consolidated',
  tag: 'rankings',
  summary: 'Bảng tổng hợp điểm của khối/cụm (đơn vị × tiêu chí)',
  description:
    '`format=csv`: UTF-8 có BOM, dấu `;`, dấu phẩy thập phân (Excel tiếng Việt); thêm `dialect=rfc4180` để có `,` và `.`. `format=xlsx`: tệp Excel.',
  roles: 'Thường trực, Hội đồng, quản trị',
  query: Query,
  responses: {
    200: { description: 'Bảng tổng hợp', schema: ConsolidatedSchema },
  },
  errors: [403, 404, 422],
});

consolidated.get('/campaigns/:campaign/groups/:group/consolidated', async (c) => {
  const g = await readStaffGroup(
    c.env.DB,
    c.get('actor'),
    c.req.param('campaign').normalize('NFC'),
    c.req.param('group').normalize('NFC'),
    Date.now(),
  );
  const q = parseWith(Query, c.req.query());
  const data = consolidatedOf(g);
  const file = `${c.req.param('campaign')}-${g.group.code}`.replace(/[^\w.-]/g, '_');
  if (q.format === 'csv') {
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="${file}.csv"`);
    return c.body(toCsv(table(data), q.dialect));
  }
  if (q.format === 'xlsx') {
    c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    c.header('Content-Disposition', `attachment; filename="${file}.xlsx"`);
    return c.body(await toXlsx(g.group.name, table(data)));
  }
  return c.json(data);
});
