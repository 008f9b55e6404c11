/**
 * RFC 9457 problem details (contract: "Errors"), as every failure is answered: `application/problem+json`
 * with a Vietnamese title and detail; `errors` lists every problem of an invalid input.
 */
import * as z from 'zod';
import { instant, int } from './fields';

/** One problem found in a request or a document: where (JSON Pointer), what (a stable code), and why. */
export const ProblemItem = z.object({
  path: z.string(),
  criterion: z.string().optional(),
  code: z.string(),
  message: z.string(),
});

export const ProblemDetails = z.object({
  type: z.string(),
  title: z.string(),
  status: int,
  detail: z.string(),
  errors: z.array(ProblemItem).optional(),
  /** 409 on a stale revision: the revision to write from. */
  currentRevision: int.optional(),
  /** 409 on a stale plan version (an amendment): the version to amend (decision 0027). */
  currentVersion: int.optional(),
  /** 423: when the lock took effect. */
  locksAt: instant.nullable().optional(),
});

export type ProblemItem = z.output<typeof ProblemItem>;
export type ProblemDetails = z.output<typeof ProblemDetails>;
