/**
 * How every route answers JSON: `reply(c, Schema, value)` — the value must have the type of the contract's
 * response schema (shared/contract/), the same schema the route documents for OpenAPI, so an answer cannot
 * drift from its declaration without failing the type-check (and the strict response test of worker/test).
 *
 *   return reply(c, VoteRound, await putVotes(...));
 *   return reply(c, TokenCreated, await createToken(...), 201);
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';

export function reply<S extends z.ZodType>(
  c: Context,
  _schema: S,
  value: z.output<NoInfer<S>>,
  status: ContentfulStatusCode = 200,
): Response {
  return c.json(value as object, status);
}
