/** GET /openapi.json: the OpenAPI document of every route, built from the contract's zod schemas. */
import { Hono } from 'hono';
import { OpenApiDocument } from '../../../shared/contract/meta';
import type { AppEnv } from '../env';
import { documentRoute, openApiDocument } from '../http/openapi';
import { reply } from './reply';

export const openapi = new Hono<AppEnv>();

documentRoute({
  method: 'get',
  path: '/openapi.json',
  tag: 'meta',
  responses: { 200: { schema: OpenApiDocument } },
});

openapi.get('/openapi.json', (c) => reply(c, OpenApiDocument, openApiDocument() as OpenApiDocument));
