/**
 * Rendering of problem details (RFC 9457): an `ApiError` (errors.ts) becomes an `application/problem+json`
 * response through Hono's context, so the headers set by middleware stay.
 */
import type { Context } from 'hono';
import type { ApiError } from '../errors';

/** Renders an ApiError as a problem+json response through the context (keeps headers set by middleware). */
export function problemResponse(c: Context, error: ApiError): Response {
  c.header('Content-Type', 'application/problem+json; charset=utf-8');
  return c.body(JSON.stringify(error.toJSON()), error.status as 400);
}
