/**
 * The OpenAPI registry: every route file declares its operations here with the shared contract's schemas
 * (shared/contract/) it validates with and answers with, and GET /api/v1/openapi.json renders them (zod 4's
 * `z.toJSONSchema`). The texts (summary, description, roles, what each answer means) are Vietnamese and live
 * in messages/openapi.ts under the operation's `method path`. Declare next to the handler, at module level:
 *
 *   documentRoute({ method: 'put', path: '/campaigns/{campaign}/groups/{group}/votes/{round}', tag: 'votes',
 *     body: VotePut, responses: { 200: { schema: VoteRound } }, errors: [403, 404, 422] });
 */
import * as z from 'zod';
import { ProblemDetails } from '../../../shared/contract/problem';
import { type OperationText, openapiMessages as text } from '../messages/openapi';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface ResponseDoc {
  /** The body's schema; none for an answer without a body (204) or not JSON (a file). */
  schema?: z.ZodType;
  contentType?: string;
  /** Response headers, by name (their texts: messages/openapi.ts `headers`). */
  headers?: string[];
}

export interface RouteDoc {
  method: Method;
  /** Path under /api/v1 in OpenAPI form: `/campaigns/{campaign}`. Path parameters are derived from it. */
  path: string;
  tag: string;
  /** False for the one public route (health). */
  auth?: boolean;
  query?: z.ZodObject;
  /** Request headers the operation reads (beyond Authorization and Content-Type); texts by name. */
  headers?: { name: string; example?: string }[];
  body?: z.ZodType;
  /** Answers by status; each must have its text in messages/openapi.ts. */
  responses: Record<number, ResponseDoc>;
  /** Problem statuses this operation may answer with (401 and 429 are added for authenticated routes). */
  errors?: number[];
}

const registry = new Map<string, RouteDoc>();

/** The key of an operation, as messages/openapi.ts names its texts: `get /me`. */
export const operationKey = (d: Pick<RouteDoc, 'method' | 'path'>) => `${d.method} ${d.path}`;

/** Declares operations; a later declaration of the same method and path replaces the earlier one. */
export function documentRoute(...docs: RouteDoc[]): void {
  for (const d of docs) registry.set(operationKey(d), d);
}

/** Every declared operation, in declaration order. */
export function documentedRoutes(): RouteDoc[] {
  return [...registry.values()];
}

/**
 * The statuses an operation answers with a problem+json: those declared, 401 and 429 (too many failed
 * authentications, with Retry-After) when authenticated, input's, and 503 (with `Retry-After`) for every
 * operation that reads D1, when the database fails.
 */
export function problemStatuses(d: RouteDoc): number[] {
  const errors = new Set(d.errors ?? []);
  if (d.auth !== false) for (const s of [401, 429, 503]) errors.add(s);
  if (d.body) for (const s of [400, 413, 415, 422]) errors.add(s);
  // Path parameters and query strings are held to the text policy too (decision 0025): 422 naming them.
  if (d.query || /\{\w+\}/.test(d.path)) errors.add(422);
  return [...errors].sort();
}

const schema = (s: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'openapi-3.0' }) as Record<string, unknown>;

/** The texts of an operation; a declared operation without them is a programming error. */
function textOf(d: RouteDoc): OperationText {
  const t = text.operations[operationKey(d)];
  if (!t) throw new Error(`messages/openapi.ts has no text for ${operationKey(d)}`);
  return t;
}

function parametersOf(d: RouteDoc): unknown[] {
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
      description: text.headers[h.name],
      schema: { type: 'string', ...(h.example ? { example: h.example } : {}) },
    });
  return parameters;
}

function responsesOf(d: RouteDoc, t: OperationText): Record<string, unknown> {
  const responses: Record<string, unknown> = {};
  for (const [status, r] of Object.entries(d.responses)) {
    responses[status] = {
      description: t.responses[Number(status)] ?? '',
      ...(r.headers
        ? {
            headers: Object.fromEntries(
              r.headers.map((name) => [
                name,
                { description: text.headers[name], schema: { type: 'string' } },
              ]),
            ),
          }
        : {}),
      ...(r.schema
        ? { content: { [r.contentType ?? 'application/json']: { schema: schema(r.schema, 'output') } } }
        : {}),
    };
  }
  for (const status of problemStatuses(d))
    responses[String(status)] ??= {
      description: text.problem(status),
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
    };
  return responses;
}

/** The OpenAPI 3.0 document of every declared route. */
export function openApiDocument(serverUrl = '/api/v1'): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const d of registry.values()) {
    const t = textOf(d);
    const parameters = parametersOf(d);
    const description = [t.description, t.roles && text.roles(t.roles)].filter(Boolean).join('\n\n');
    paths[d.path] ??= {};
    paths[d.path]![d.method] = {
      summary: t.summary,
      tags: [d.tag],
      ...(description ? { description } : {}),
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
      responses: responsesOf(d, t),
    };
  }
  return {
    openapi: '3.0.3',
    info: { title: text.title, version: '1', description: text.description },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: { Problem: schema(ProblemDetails, 'output') },
    },
    paths,
  };
}
