/**
 * Request validation with the shared zod schemas: a failure becomes 422 problem+json listing every issue with
 * its JSON Pointer and zod's Vietnamese message (`zodProblems` of shared/plan.ts). An issue inside an object
 * that carries a `criterion` (a sheet entry) names that criterion, as the contract asks.
 *
 *   const body = await validBody(c, SheetPut);            // in a handler, after the 404/403 checks
 *   app.post('/x', guard, json(TokenCreate), (c) => c.get('body'))   // or as a route middleware
 */
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { z } from 'zod';
import { zodProblems } from '../../../shared/plan';
import type { Problem } from '../../../shared/problems';
import { readJson } from './body';
import { invalid } from './problem';

/** Problems of a zod error, each naming the criterion of the entry it lies in, when there is one. */
export function problemsOf(
  error: z.ZodError,
  input: unknown,
  prefix: readonly PropertyKey[] = [],
): Problem[] {
  const problems = zodProblems(error, prefix);
  error.issues.forEach((issue, i) => {
    const criterion = criterionAlong(input, issue.path);
    if (criterion !== undefined) problems[i] = { ...problems[i]!, criterion };
  });
  return problems;
}

/** The innermost `criterion` string found along a path into a value. */
function criterionAlong(value: unknown, path: readonly PropertyKey[]): string | undefined {
  let found: string | undefined;
  let at: unknown = value;
  for (const key of path) {
    if (at === null || typeof at !== 'object') break;
    const c = (at as Record<string, unknown>).criterion;
    if (typeof c === 'string') found = c;
    at = (at as Record<PropertyKey, unknown>)[key as string];
  }
  if (at !== null && typeof at === 'object' && typeof (at as { criterion?: unknown }).criterion === 'string')
    found = (at as { criterion: string }).criterion;
  return found;
}

/** Parses a value with a schema; 422 with every problem when it does not fit. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw invalid(problemsOf(result.error, input));
  return result.data;
}

/** The request's JSON body validated by a schema: 415/413/400 from `readJson`, then 422. */
export async function validBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  return parseWith(schema, await readJson(c));
}

/** The query string validated by a schema (every parameter a string); 422 naming `/parameter`. */
export function validQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  return parseWith(schema, c.req.query());
}

/** Route middleware: validates the body and puts it in `c.get('body')`. Use after the route's own 404/403 checks. */
export function json<S extends z.ZodType>(schema: S) {
  return createMiddleware<{ Variables: { body: z.output<S> } }>(async (c, next) => {
    c.set('body', await validBody(c, schema));
    await next();
  });
}
