/** Tokens (contract: "Authentication and roles"): issue (shown once), list, revoke. */
import { Hono } from 'hono';
import { allow } from '../access/guards';
import type { AppEnv } from '../env';
import { bodyOf } from '../http/body';
import { documentRoute } from '../http/openapi';
import { createToken, listTokens, revokeToken, TokenCreate } from '../services/tokens';
import { TokenCreated, TokenList } from './schemas';

export const tokens = new Hono<AppEnv>();

documentRoute(
  {
    method: 'post',
    path: '/tokens',
    tag: 'tokens',
    summary: 'Cấp mã truy cập (hiển thị một lần)',
    roles: 'quản trị (mọi vai trò); Thường trực (unit, council)',
    body: TokenCreate,
    responses: { 201: { description: 'Mã mới', schema: TokenCreated } },
    errors: [403],
  },
  {
    method: 'get',
    path: '/tokens',
    tag: 'tokens',
    summary: 'Danh sách mã truy cập còn hiệu lực (không có mã bí mật)',
    roles: 'quản trị, Thường trực',
    responses: { 200: { description: 'Các mã', schema: TokenList } },
    errors: [403],
  },
  {
    method: 'delete',
    path: '/tokens/{id}',
    tag: 'tokens',
    summary: 'Thu hồi mã truy cập',
    roles: 'quản trị; Thường trực (mã unit, council)',
    responses: { 204: { description: 'Đã thu hồi' } },
    errors: [403, 404],
  },
);

tokens.post('/tokens', allow('admin', 'secretariat'), async (c) => {
  return c.json(await createToken(c.env.DB, c.get('actor'), bodyOf(c), Date.now()), 201);
});

tokens.get('/tokens', allow('admin', 'secretariat'), async (c) => c.json(await listTokens(c.env.DB)));

tokens.delete('/tokens/:id', async (c) => {
  await revokeToken(c.env.DB, c.get('actor'), c.req.param('id'), Date.now());
  return c.body(null, 204);
});
