/**
 * The one way a request's JSON body is read (docs/decisions/0023-request-bodies.md): lazily, so the
 * contract's order of checks holds (401, 404, 403 come before the body is touched), in one path: not JSON →
 * 415, larger than the limit → 413, not UTF-8, empty, nested too deep (counted on the raw text before any
 * recursion) or malformed → 400 saying where, in Vietnamese; then every string and key NFC. The body is read
 * once per request and cached. Routes hand services `bodyOf(c)`; services call `parseBody` (validation.ts).
 */
import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { apiError, badRequest } from '../errors';
import { wmsg } from '../messages';
import type { RawBody } from '../validation';
import { depthExceededAt, lineColumn, MAX_JSON_DEPTH, syntaxFault } from './json-text';
import { normalizeNfc } from './nfc';

/** 1 MB, the contract's limit for ordinary calls. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

const cache = new WeakMap<Request, Promise<unknown>>();

/** The body limit of this deployment: `BODY_LIMIT` bytes when set, else 1 MB. */
export function bodyLimitOf(c: Context<AppEnv>): number {
  const raw = c.env?.BODY_LIMIT;
  const n = raw ? Number.parseInt(raw, 10) : Number.NaN;
  return Number.isFinite(n) && n > 0 ? n : DEFAULT_BODY_LIMIT;
}

/** Whether a Content-Type names JSON (`application/json`, `application/merge-patch+json`, …). */
export function isJsonType(type: string | undefined): boolean {
  if (!type) return false;
  const media = type.split(';')[0]!.trim().toLowerCase();
  return media === 'application/json' || /^application\/[\w.+-]+\+json$/.test(media);
}

/** The request's body as services take it: read (and checked) only when the service asks for it. */
export const bodyOf =
  (c: Context<AppEnv>, options?: ReadOptions): RawBody =>
  () =>
    readJson(c, options);

/**
 * How a body is read: `limit` replaces the deployment's; `exact` keeps every string as sent (no NFC), for
 * a document that must round-trip byte for byte (a backup being restored).
 */
export interface ReadOptions {
  limit?: number;
  exact?: boolean;
}

/** The request's JSON body, parsed and NFC-normalised; throws 415/413/400 problems. */
export function readJson(c: Context<AppEnv>, options: ReadOptions = {}): Promise<unknown> {
  let pending = cache.get(c.req.raw);
  if (!pending) {
    pending = parse(c, options);
    cache.set(c.req.raw, pending);
  }
  return pending;
}

async function parse(c: Context<AppEnv>, options: ReadOptions): Promise<unknown> {
  const type = c.req.header('Content-Type');
  if (!isJsonType(type)) throw apiError(415, wmsg.notJson(type));
  const limit = options.limit ?? bodyLimitOf(c);
  const declared = Number(c.req.header('Content-Length'));
  if (Number.isFinite(declared) && declared > limit) throw apiError(413, wmsg.tooLarge(limit));
  const text = await readText(c.req.raw, limit);
  if (!text.trim()) throw badRequest(wmsg.emptyBody);
  return options.exact ? parseText(text) : normalizeNfc(parseText(text));
}

/** JSON.parse behind the depth check; a refusal says where (line, column, character), never what. */
export function parseText(text: string): unknown {
  const deep = depthExceededAt(text);
  if (deep >= 0) throw badRequest(wmsg.tooDeep(MAX_JSON_DEPTH, lineColumn(text, deep)));
  try {
    return JSON.parse(text);
  } catch {
    const fault = syntaxFault(text);
    throw badRequest(
      fault
        ? wmsg.malformedJson(fault.kind, { ...lineColumn(text, fault.at), offset: fault.at })
        : wmsg.malformedJsonSomewhere,
    );
  }
}

/** Reads the body as UTF-8, stopping with 413 as soon as it passes `limit` bytes (chunked bodies too). */
async function readText(req: Request, limit: number): Promise<string> {
  if (!req.body) return '';
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw apiError(413, wmsg.tooLarge(limit));
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(all);
  } catch {
    throw badRequest(wmsg.notUtf8);
  }
}
