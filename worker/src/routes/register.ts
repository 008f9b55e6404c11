/** The register of awards (shared/contract/register.ts): global routes, the department's across years. */
import { Hono } from 'hono';
import {
  DecisionInput,
  DecisionList,
  DecisionView,
  RegisterImport,
  RegisterImported,
  RegisterImportQuery,
  RegisterQuery,
} from '../../../shared/contract/register';
import type { AppEnv } from '../env';
import { bodyOf } from '../http/body';
import { documentRoute } from '../http/openapi';
import { importRegister, listRegister, postDecision } from '../services/register';
import { reply } from './reply';

/** 50,000 rows of an import: more than the 1 MB of an ordinary call. */
export const IMPORT_BODY_LIMIT = 32 * 1024 * 1024;

export const register = new Hono<AppEnv>();

documentRoute(
  {
    method: 'get',
    path: '/register',
    tag: 'register',
    query: RegisterQuery,
    responses: { 200: { schema: DecisionList } },
  },
  {
    method: 'post',
    path: '/register/decisions',
    tag: 'register',
    body: DecisionInput,
    responses: { 201: { schema: DecisionView } },
    errors: [403, 409],
  },
  {
    method: 'post',
    path: '/register/import',
    tag: 'register',
    query: RegisterImportQuery,
    body: RegisterImport,
    responses: { 200: { schema: RegisterImported }, 201: { schema: RegisterImported } },
    errors: [403, 409],
  },
);

register.get('/register', async (c) =>
  reply(c, DecisionList, await listRegister(c.env.DB, c.get('actor'), c.req.query())),
);
register.post('/register/decisions', async (c) =>
  reply(c, DecisionView, await postDecision(c.env.DB, c.get('actor'), bodyOf(c), Date.now()), 201),
);
register.post('/register/import', async (c) => {
  const done = await importRegister(
    c.env.DB,
    c.get('actor'),
    c.req.query(),
    bodyOf(c, { limit: IMPORT_BODY_LIMIT }),
    Date.now(),
  );
  return reply(c, RegisterImported, done.body, done.status);
});
