/**
 * Validation with the shared zod schemas: a failure becomes 422 listing every issue with its JSON Pointer and
 * a Vietnamese message naming the field (shared/messages/zod.ts). An issue inside an object that carries a
 * `criterion` (a sheet entry) names that criterion, as the contract asks. Services call `parseWith` on the
 * value `readJson` (http/body.ts) produced; nothing here knows about HTTP.
 */
import type { z } from 'zod';
import { zodProblems } from '../../shared/plan';
import type { Problem } from '../../shared/problems';
import { invalid } from './errors';

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

/** A request body as services take it: read only when called, after the service's own 404/403 checks. */
export type RawBody = () => Promise<unknown>;

/** Reads a body (415/413/400 from http/body.ts) and parses it with a schema (422). */
export async function parseBody<S extends z.ZodType>(schema: S, body: RawBody): Promise<z.output<S>> {
  return parseWith(schema, await body());
}
