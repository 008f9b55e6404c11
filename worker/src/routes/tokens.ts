/** Tokens (contract: "Authentication and roles"): issue (shown once), list, revoke. */
import { Hono } from 'hono';
import { TokenCreate, TokenCreated, TokenList } from '../../../shared/contract/tokens';
import { allow } from '../access/guards';
import { tokenLifetimeMs } from '../access/limits';
import type { AppEnv } from '../env';
import { bodyOf } from '../http/body';
import { documentRoute } from '../http/openapi';
import { param } from '../http/params';
import { createToken, listTokens, revokeToken } from '../services/tokens';
import { reply } from './reply';

export const tokens = new Hono<AppEnv>();

documentRoute(
  {
    method: 'post',
    path: '/tokens',
    tag: 'tokens',
    body: TokenCreate,
    responses: { 201: { schema: TokenCreated } },
    errors: [403, 409],
  },
  { method: 'get', path: '/tokens', tag: 'tokens', responses: { 200: { schema: TokenList } }, errors: [403] },
  { method: 'delete', path: '/tokens/{id}', tag: 'tokens', responses: { 204: {} }, errors: [403, 404] },
);

tokens.post('/tokens', allow('admin', 'secretariat'), async (c) => {
  const made = await createToken(c.env.DB, c.get('actor'), bodyOf(c), Date.now(), tokenLifetimeMs(c.env));
  return reply(c, TokenCreated, made, 201);
});

tokens.get('/tokens', allow('admin', 'secretariat'), async (c) =>
  reply(c, TokenList, await listTokens(c.env.DB)),
);

tokens.delete('/tokens/:id', async (c) => {
  await revokeToken(c.env.DB, c.get('actor'), param(c, 'id'), Date.now());
  return c.body(null, 204);
});
