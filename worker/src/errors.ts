/**
 * The one exception type of the Worker (`ApiError`) and the constructors of the common ones. Services, access
 * rules and routes `throw` them; the HTTP layer (http/problem.ts, `onError` in index.ts) renders every one as
 * RFC 9457 `application/problem+json` with a Vietnamese title and detail. Nothing here knows about HTTP
 * frameworks: a service imports this module, never `http/`.
 */
import type { Problem } from '../../shared/problems';
import { wmsg } from './messages';

export type { Problem };

/** Extra members of a problem: `errors`, `currentRevision`, `locksAt`, … */
export type ProblemExtra = Record<string, unknown>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly extra: ProblemExtra = {},
  ) {
    super(detail);
    this.name = 'ApiError';
  }

  /** The problem+json body. `type` is a stable URN per status, since there is no public error catalogue. */
  toJSON(): Record<string, unknown> {
    return {
      type: `urn:thi-dua:problem:${this.status}`,
      title: this.title,
      status: this.status,
      detail: this.detail,
      ...this.extra,
    };
  }
}

/** An ApiError with the default Vietnamese title of its status. */
export function apiError(status: number, detail: string, extra?: ProblemExtra): ApiError {
  return new ApiError(status, wmsg.title[status] ?? wmsg.title[500]!, detail, extra);
}

/** 422 with every problem listed: `throw invalid(problems)`. */
export function invalid(problems: readonly Problem[], detail?: string): ApiError {
  return apiError(422, detail ?? wmsg.invalid(problems.length), { errors: problems });
}

/** 400: malformed JSON. */
export const badRequest = (detail: string, extra?: ProblemExtra) => apiError(400, detail, extra);
/** 401: no or bad token. */
export const unauthorized = (detail: string) => apiError(401, detail);
/** 403: role or unit not allowed. */
export const forbidden = (detail: string = wmsg.roleNotAllowed) => apiError(403, detail);
/** 404: unknown campaign, group, unit, … in the path. */
export const notFound = (detail: string) => apiError(404, detail);
/** 409: a stale revision (pass `{currentRevision}`) or a code that exists. */
export const conflict = (detail: string, extra?: ProblemExtra) => apiError(409, detail, extra);
/** 423: locked by a deadline or a milestone (pass `{locksAt}` where known). */
export const locked = (detail: string, extra?: ProblemExtra) => apiError(423, detail, extra);

/** Seconds a client waits after a storage failure (503): short, so the add-in's one retry applies (≤ 5 s). */
export const STORAGE_RETRY_AFTER_S = 1;

/** 503: the database failed (nothing was written: a D1 batch is one transaction); send `Retry-After`. */
export const unavailable = () => apiError(503, wmsg.storageUnavailable(STORAGE_RETRY_AFTER_S));

/**
 * Whether an error comes from D1 or its transport: `D1_ERROR` / `D1_EXEC_ERROR` (any SQLite failure, a
 * trigger's RAISE, a constraint a race broke, `SQLITE_BUSY`), a lost connection, an overloaded or reset
 * database, the per-invocation query limit. Each is answered 503 with `Retry-After` rather than 500: the
 * write did not happen, and a retry either applies once or meets the revision guard (409).
 */
export function isStorageFailure(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${String(error.cause ?? '')}` : String(error);
  return STORAGE_FAILURE.test(text);
}

const STORAGE_FAILURE =
  /\bD1_(?:ERROR|EXEC_ERROR)\b|\bSQLITE_[A-Z]+\b|Network connection lost|storage caused object to be reset|reset because its code was updated|D1 DB is overloaded|transient issue|storage operation exceeded timeout|Too many API requests/i;
