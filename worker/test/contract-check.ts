/**
 * The strict response check of the workerd tests: every answer `call()` (helpers.ts) reads is checked
 * against the response schema its route documents (http/openapi.ts `documentRoute`, from shared/contract/)
 * for that method, path pattern and status — strictly: no undeclared field at any depth, none missing. A
 * problem+json is checked against the problem schema, and its status must be one the route declares. A JSON
 * answer of a route or status with no declared schema fails.
 */
import * as z from 'zod';
import { ProblemDetails } from '../../shared/contract/problem';
import { pointer } from '../../shared/problems';
import { documentedRoutes, problemStatuses, type RouteDoc } from '../src/http/openapi';
import '../src/index'; // registers every route's documentation

type Def = { type: string } & Record<string, unknown>;
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

const cache = new WeakMap<z.ZodType, z.ZodType>();

/**
 * A copy of a schema as an answer must fit it: every object strict (unless declared loose), every field with a
 * default required (an answer carries it), at any depth. Refinements of requests are dropped; they do not
 * describe answers.
 */
export function strict(schema: z.ZodType): z.ZodType {
  const hit = cache.get(schema);
  if (hit) return hit;
  const out = strictOf(schema);
  cache.set(schema, out);
  return out;
}

function strictOf(schema: z.ZodType): z.ZodType {
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      const shape = Object.fromEntries(
        Object.entries(def.shape as Record<string, z.ZodType>).map(([k, v]) => [k, strict(v)]),
      );
      const catchall = def.catchall as z.ZodType | undefined;
      const loose = catchall !== undefined && defOf(catchall).type !== 'never';
      return loose ? z.object(shape).catchall(catchall) : z.strictObject(shape);
    }
    case 'array':
      return z.array(strict(def.element as z.ZodType));
    case 'optional':
      return strict(def.innerType as z.ZodType).optional();
    case 'nullable':
      return strict(def.innerType as z.ZodType).nullable();
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return strict(def.innerType as z.ZodType);
    case 'union':
      return z.union((def.options as z.ZodType[]).map(strict) as [z.ZodType, z.ZodType]);
    case 'record':
      return z.record(def.keyType as z.ZodString, strict(def.valueType as z.ZodType));
    case 'pipe':
      return strict(def.out as z.ZodType);
    case 'lazy':
    case 'intersection':
    case 'tuple':
    case 'transform':
      throw new Error(`contract-check: no strict form for a zod ${def.type} yet`);
    default:
      return schema; // a leaf: string, number, boolean, enum, literal, unknown, …
  }
}

const routes = documentedRoutes().map((doc) => ({
  doc,
  params: (doc.path.match(/\{/g) ?? []).length,
  pattern: new RegExp(`^${doc.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[^/]+')}$`),
}));

/** The documented route a request went to: the one with the fewest parameters among those matching. */
export function routeOf(method: string, path: string): RouteDoc | undefined {
  const bare = path.split('?')[0]!;
  return routes
    .filter((r) => r.doc.method === method.toLowerCase() && r.pattern.test(bare))
    .sort((a, b) => a.params - b.params)[0]?.doc;
}

/**
 * Throws when an answer does not fit its declaration; the message names the route, the status and each zod
 * issue's path. Answers that are not JSON (CSV, xlsx, 204) are not bodies of a schema and pass.
 */
export function checkResponse(
  method: string,
  path: string,
  status: number,
  contentType: string | null,
  body: unknown,
): void {
  const type = (contentType ?? '').split(';')[0]!.trim();
  const problem = type === 'application/problem+json';
  if (!problem && type !== 'application/json') return;
  const doc = routeOf(method, path);
  const where = `${method.toUpperCase()} ${doc?.path ?? path.split('?')[0]} → ${status}`;
  let schema: z.ZodType | undefined;
  if (problem) {
    if (doc && !problemStatuses(doc).includes(status) && !doc.responses[status])
      throw new Error(`${where}: a problem the route does not declare (errors: ${problemStatuses(doc)})`);
    schema = ProblemDetails;
  } else {
    if (!doc) throw new Error(`${where}: JSON from a route no documentRoute declares`);
    schema = doc.responses[status]?.schema;
    if (!schema) throw new Error(`${where}: JSON answer for a status with no declared schema`);
  }
  const result = strict(schema).safeParse(body);
  if (result.success) return;
  const issues = result.error.issues.map((i) => {
    const keys = i.code === 'unrecognized_keys' ? ` ${JSON.stringify(i.keys)}` : '';
    return `  ${pointer(i.path) || '/'}: ${i.code}${keys} — ${i.message}`;
  });
  throw new Error(`${where}: the answer does not fit its schema\n${issues.join('\n')}`);
}
