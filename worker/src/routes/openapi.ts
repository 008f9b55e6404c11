/** GET /openapi.json: the OpenAPI document of every route, built from the zod schemas they validate with. */
import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { documentRoute, openApiDocument } from '../http/openapi';

export const openapi = new Hono<AppEnv>();

documentRoute({
  method: 'get',
  path: '/openapi.json',
  tag: 'meta',
  summary: 'Tài liệu OpenAPI của API',
  roles: 'mọi mã truy cập',
  responses: { 200: { description: 'Tài liệu OpenAPI 3.0' } },
});

openapi.get('/openapi.json', (c) => c.json(openApiDocument()));
