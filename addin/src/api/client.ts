/**
 * A small typed client of the contract (contract.md). Same origin by default: the Worker serves the pane and
 * the API together. Failures come back as `ApiError` (a problem+json from the server) or `OfflineError`
 * (no answer at all), so the pane can tell "invalid", "stale", "locked", "expired token" and "offline" apart.
 * A 503 with a short `Retry-After` is retried once for reads and the revision-guarded sheet writes.
 */
import type { CampaignDocument, CampaignSummary, Me, ProblemDetails, SheetPut, SheetView } from './types';

export class ApiError extends Error {
  constructor(readonly problem: ProblemDetails) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiError';
  }
  get status(): number {
    return this.problem.status;
  }
}

export class OfflineError extends Error {
  constructor(override readonly cause: unknown) {
    super('offline');
    this.name = 'OfflineError';
  }
}

export interface ApiOptions {
  /** Server origin, e.g. "https://thidua.example.gov.vn"; the pane's own origin by default. */
  baseUrl: string;
  token: string;
  fetch?: typeof fetch;
}

export interface SheetPath {
  campaign: string;
  group: string;
  unit: string;
}

export interface Api {
  me(): Promise<Me>;
  campaigns(): Promise<{ campaigns: CampaignSummary[] }>;
  campaign(code: string): Promise<CampaignDocument>;
  sheet(path: SheetPath): Promise<SheetView>;
  putSheet(path: SheetPath, body: SheetPut): Promise<SheetView>;
  /**
   * Any other call of the contract (path under /api/v1, segments already encoded with `seg`): each role
   * area keeps its typed wrappers in a module of its own (api/<area>.ts) built on this.
   */
  request<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T>;
}

/** Encodes one path segment. */
export const seg = encodeURIComponent;
const sheetUrl = (p: SheetPath) =>
  `/campaigns/${seg(p.campaign)}/groups/${seg(p.group)}/units/${seg(p.unit)}/sheet`;

export function createApi(options: ApiOptions): Api {
  const base = `${options.baseUrl.replace(/\/+$/, '')}/api/v1`;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);

  async function send(method: string, path: string, body?: unknown): Promise<Response> {
    try {
      return await doFetch(`${base}${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${options.token}`,
          Accept: 'application/json, application/problem+json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      throw new OfflineError(error);
    }
  }

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    let res = await send(method, path, body);
    const wait = res.status === 503 && retriable(method, path) ? retryAfterMs(res) : null;
    if (wait !== null) {
      await res.body?.cancel();
      await new Promise((r) => setTimeout(r, wait));
      res = await send(method, path, body);
    }
    const text = await res.text();
    const json = text ? safeJson(text) : undefined;
    if (!res.ok) {
      const problem = (json && typeof json === 'object' ? json : {}) as Partial<ProblemDetails>;
      throw new ApiError({ ...problem, status: res.status });
    }
    return json as T;
  }

  return {
    me: () => call<Me>('GET', '/me'),
    campaigns: () => call<{ campaigns: CampaignSummary[] }>('GET', '/campaigns'),
    campaign: (code) => call<CampaignDocument>('GET', `/campaigns/${seg(code)}`),
    sheet: (p) => call<SheetView>('GET', sheetUrl(p)),
    putSheet: (p, body) => call<SheetView>('PUT', sheetUrl(p), body),
    request: (method, path, body) => call(method, path, body),
  };
}

/** The longest `Retry-After` the client waits out before its one retry. */
export const MAX_RETRY_AFTER_MS = 5_000;

/**
 * Whether a request may be sent again after a 503 with `Retry-After` (once): a GET, or a PUT of a sheet or
 * its appraisal — they carry the revision they write from, so a second copy applies once or answers 409.
 * A 503 with `Retry-After` is what wrangler's dev proxy answers when it drops a request (and a Worker may).
 */
function retriable(method: string, path: string): boolean {
  return method === 'GET' || (method === 'PUT' && /\/sheet(?:\/appraisal)?$/.test(path));
}

/** `Retry-After` in ms (seconds or an HTTP date), null when absent, malformed or longer than the bound. */
function retryAfterMs(res: Response, now = Date.now()): number | null {
  const v = res.headers.get('Retry-After')?.trim();
  if (!v) return null;
  const ms = /^\d+$/.test(v) ? Number(v) * 1000 : Date.parse(v) - now;
  if (!Number.isFinite(ms) || ms > MAX_RETRY_AFTER_MS) return null;
  return Math.max(0, ms);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
