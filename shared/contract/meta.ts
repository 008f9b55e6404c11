/** The two routes about the API itself: health and the OpenAPI document. */
import * as z from 'zod';

/** `GET /health` (no token). */
export const Health = z.object({ status: z.literal('ok') });

/** `GET /openapi.json`: an OpenAPI 3.0 document (its own schema, not restated here). */
export const OpenApiDocument = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({}),
  paths: z.record(z.string(), z.unknown()),
});

export type Health = z.output<typeof Health>;
export type OpenApiDocument = z.output<typeof OpenApiDocument>;
