/**
 * The OpenAPI registry: every route file declares its operations here with the same zod schemas it
 * validates with, and GET /api/v1/openapi.json renders them (zod 4's `z.toJSONSchema`). Declare next to
 * the handler, at module level:
 *
 *   documentRoute({ method: 'put', path: '/campaigns/{campaign}/groups/{group}/votes/{round}', tag: 'votes',
 *     summary: 'Ghi kết quả bỏ phiếu', body: VotePut, responses: { 200: { description: 'Đã ghi' } },
 *     errors: [403, 404, 422] });
 */
import { z } from 'zod';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface RouteDoc {
  method: Method;
  /** Path under /api/v1 in OpenAPI form: `/campaigns/{campaign}`. Path parameters are derived from it. */
  path: string;
  summary: string;
  tag: string;
  description?: string;
  /** Who may call it, in words (the contract's role table). */
  roles?: string;
  /** False for the one public route (health). */
  auth?: boolean;
  query?: z.ZodObject;
  /** Request headers the operation reads (beyond Authorization and Content-Type). */
  headers?: { name: string; description: string; example?: string }[];
  body?: z.ZodType;
  responses: Record<
    number,
    { description: string; schema?: z.ZodType; contentType?: string; headers?: Record<string, string> }
  >;
  /** Problem statuses this operation may answer with (401 is added for authenticated routes). */
  errors?: number[];
}

const registry = new Map<string, RouteDoc>();

/** Declares operations; a later declaration of the same method and path replaces the earlier one. */
export function documentRoute(...docs: RouteDoc[]): void {
  for (const d of docs) registry.set(`${d.method} ${d.path}`, d);
}

/** Every declared operation, in declaration order. */
export function documentedRoutes(): RouteDoc[] {
  return [...registry.values()];
}

const schema = (s: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'openapi-3.0' }) as Record<string, unknown>;

const ProblemSchema = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'code', 'message'],
        properties: {
          path: { type: 'string', description: 'JSON Pointer into the request' },
          criterion: { type: 'string' },
          code: { type: 'string' },
          message: { type: 'string' },
        },
      },
    },
    currentRevision: { type: 'integer' },
    locksAt: { type: 'string', format: 'date-time', nullable: true },
  },
};

/** The OpenAPI 3.0 document of every declared route. */
export function openApiDocument(serverUrl = '/api/v1'): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const d of registry.values()) {
    const parameters: unknown[] = [...d.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    if (d.query) {
      const q = schema(d.query, 'input');
      const props = (q.properties ?? {}) as Record<string, unknown>;
      const required = new Set((q.required as string[] | undefined) ?? []);
      for (const [name, s] of Object.entries(props))
        parameters.push({ name, in: 'query', required: required.has(name), schema: s });
    }
    for (const h of d.headers ?? [])
      parameters.push({
        name: h.name,
        in: 'header',
        required: false,
        description: h.description,
        schema: { type: 'string', ...(h.example ? { example: h.example } : {}) },
      });
    const responses: Record<string, unknown> = {};
    for (const [status, r] of Object.entries(d.responses)) {
      responses[status] = {
        description: r.description,
        ...(r.headers
          ? {
              headers: Object.fromEntries(
                Object.entries(r.headers).map(([name, description]) => [
                  name,
                  { description, schema: { type: 'string' } },
                ]),
              ),
            }
          : {}),
        ...(r.schema
          ? { content: { [r.contentType ?? 'application/json']: { schema: schema(r.schema, 'output') } } }
          : {}),
      };
    }
    const errors = new Set(d.errors ?? []);
    if (d.auth !== false) errors.add(401);
    if (d.body) for (const s of [400, 413, 415, 422]) errors.add(s);
    for (const status of [...errors].sort())
      responses[String(status)] ??= {
        description: `Problem ${status}`,
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      };
    paths[d.path] ??= {};
    paths[d.path]![d.method] = {
      summary: d.summary,
      tags: [d.tag],
      ...(d.description || d.roles
        ? { description: [d.description, d.roles && `Quyền: ${d.roles}`].filter(Boolean).join('\n\n') }
        : {}),
      ...(d.auth === false ? { security: [] } : {}),
      ...(parameters.length ? { parameters } : {}),
      ...(d.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: schema(d.body, 'input') } },
            },
          }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'Thi đua API',
      version: '1',
      description: 'Chấm điểm, xếp hạng và xét khen thưởng (contract v1). Lỗi theo RFC 9457, tiếng Việt.',
    },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: { Problem: ProblemSchema },
    },
    paths,
  };
}
