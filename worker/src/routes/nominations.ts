/** Nominations and quotas (contract: "Nominations and quotas"). */
import { Hono } from 'hono';
import {
  FiledNominations,
  NominationList,
  NominationPatch,
  NominationsPost,
  NominationsQuery,
  NominationView,
  QuotaList,
  QuotasQuery,
} from '../../../shared/contract/nominations';
import type { AppEnv } from '../env';
import { readJson } from '../http/body';
import { documentRoute } from '../http/openapi';
import { campaignOf, param } from '../http/params';
import { csvReply, tableQuery } from '../http/table-reply';
import { quotasTable } from '../services/export/tables';
import { listNominations, readQuotas } from '../services/nominations/read';
import { deleteNomination, patchNomination, postNominations } from '../services/nominations/write';
import { reply } from './reply';

export const nominations = new Hono<AppEnv>();

const P = '/campaigns/{campaign}/nominations';
documentRoute(
  {
    method: 'post',
    path: P,
    tag: 'nominations',
    body: NominationsPost,
    responses: { 201: { schema: FiledNominations } },
    errors: [403, 404, 423],
  },
  {
    method: 'get',
    path: P,
    tag: 'nominations',
    query: NominationsQuery,
    responses: { 200: { schema: NominationList } },
    errors: [403, 404, 422],
  },
  {
    method: 'patch',
    path: `${P}/{id}`,
    tag: 'nominations',
    body: NominationPatch,
    responses: { 200: { schema: NominationView } },
    errors: [403, 404, 423],
  },
  {
    method: 'delete',
    path: `${P}/{id}`,
    tag: 'nominations',
    responses: { 204: {} },
    errors: [403, 404, 423],
  },
  {
    method: 'get',
    path: '/campaigns/{campaign}/quotas',
    tag: 'nominations',
    query: QuotasQuery,
    responses: { 200: { schema: QuotaList } },
    errors: [403, 404, 406],
  },
);

nominations.post('/campaigns/:campaign/nominations', async (c) =>
  reply(
    c,
    FiledNominations,
    await postNominations(c.env.DB, c.get('actor'), campaignOf(c), () => readJson(c), Date.now()),
    201,
  ),
);

nominations.get('/campaigns/:campaign/nominations', async (c) =>
  reply(
    c,
    NominationList,
    await listNominations(c.env.DB, c.get('actor'), campaignOf(c), c.req.query(), Date.now()),
  ),
);

nominations.patch('/campaigns/:campaign/nominations/:id', async (c) =>
  reply(
    c,
    NominationView,
    await patchNomination(
      c.env.DB,
      c.get('actor'),
      campaignOf(c),
      param(c, 'id'),
      () => readJson(c),
      Date.now(),
    ),
  ),
);

nominations.delete('/campaigns/:campaign/nominations/:id', async (c) => {
  await deleteNomination(c.env.DB, c.get('actor'), campaignOf(c), param(c, 'id'), Date.now());
  return c.body(null, 204);
});

nominations.get('/campaigns/:campaign/quotas', async (c) => {
  const q = tableQuery(c, QuotasQuery);
  const campaign = campaignOf(c);
  const quotas = await readQuotas(c.env.DB, c.get('actor'), campaign, Date.now());
  if (q.format === 'csv') return csvReply(c, `${campaign}-chi-tieu`, quotasTable(quotas), q.dialect);
  return reply(c, QuotaList, quotas);
});
