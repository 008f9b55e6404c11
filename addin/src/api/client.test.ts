import { describe, expect, it } from 'vitest';
import { ApiError, createApi, OfflineError } from './client';

type Call = { url: string; init: RequestInit };

function fakeFetch(status: number, body: unknown, calls: Call[], contentType = 'application/json') {
  return (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': contentType },
    });
  }) as unknown as typeof fetch;
}

const path = { campaign: 'BRVT-YT-2023', group: 'KHOI BV', unit: 'BV-BR' };

describe('createApi', () => {
  it('calls the contract paths on its origin with the bearer token', async () => {
    const calls: Call[] = [];
    const api = createApi({
      baseUrl: 'https://thidua.example.gov.vn/',
      token: 'tok',
      fetch: fakeFetch(200, { revision: 3 }, calls),
    });
    await api.putSheet(path, { revision: 2, entries: [{ criterion: '1.1', self: 18.5 }], submit: true });
    expect(calls[0]!.url).toBe(
      'https://thidua.example.gov.vn/api/v1/campaigns/BRVT-YT-2023/groups/KHOI%20BV/units/BV-BR/sheet',
    );
    expect(calls[0]!.init.method).toBe('PUT');
    expect((calls[0]!.init.headers as Record<string, string>).Authorization).toBe('Bearer tok');
    expect(JSON.parse(calls[0]!.init.body as string)).toEqual({
      revision: 2,
      entries: [{ criterion: '1.1', self: 18.5 }],
      submit: true,
    });
  });

  it('turns a problem+json into an ApiError carrying errors and currentRevision', async () => {
    const problem = {
      type: 'about:blank',
      title: 'Xung đột',
      status: 409,
      detail: 'Phiên bản cũ.',
      currentRevision: 5,
    };
    const api = createApi({
      baseUrl: 'https://x',
      token: 't',
      fetch: fakeFetch(409, problem, [], 'application/problem+json'),
    });
    const error = await api.sheet(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(409);
    expect((error as ApiError).problem.currentRevision).toBe(5);
    expect((error as ApiError).message).toBe('Phiên bản cũ.');
  });

  it('keeps the status when the body is not JSON, and reports no answer as offline', async () => {
    const api = createApi({ baseUrl: 'https://x', token: 't', fetch: fakeFetch(502, undefined, []) });
    await expect(api.me()).rejects.toMatchObject({ status: 502 });
    const down = createApi({
      baseUrl: 'https://x',
      token: 't',
      fetch: (async () => {
        throw new TypeError('Failed to fetch');
      }) as unknown as typeof fetch,
    });
    await expect(down.me()).rejects.toBeInstanceOf(OfflineError);
  });
});

describe('retry of a 503 with Retry-After', () => {
  /** Answers each call with the next scripted reply (status and Retry-After). */
  function scripted(replies: { status: number; retryAfter?: string; body?: unknown }[], calls: Call[]) {
    return (async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      const r = replies[Math.min(calls.length - 1, replies.length - 1)]!;
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (r.retryAfter !== undefined) headers['Retry-After'] = r.retryAfter;
      return new Response(JSON.stringify(r.body ?? { status: r.status }), { status: r.status, headers });
    }) as unknown as typeof fetch;
  }
  const dropped = { status: 503, retryAfter: '0', body: { title: 'Your worker restarted mid-request' } };

  it('sends a sheet PUT, an appraisal PUT and a GET once more, the same request', async () => {
    const calls: Call[] = [];
    const api = createApi({
      baseUrl: 'https://x',
      token: 't',
      fetch: scripted([dropped, { status: 200, body: { revision: 3 } }], calls),
    });
    const body = { revision: 2, entries: [{ criterion: '1.1', self: 18.5 }] };
    expect(await api.putSheet(path, body)).toEqual({ revision: 3 });
    expect(calls).toHaveLength(2);
    expect(calls[1]!.url).toBe(calls[0]!.url);
    expect(calls[1]!.init.body).toBe(calls[0]!.init.body);

    for (const [method, p] of [
      ['PUT', '/campaigns/C/groups/G/units/U/sheet/appraisal'],
      ['GET', '/campaigns/C/groups/G/rankings'],
    ] as const) {
      const seen: Call[] = [];
      const a = createApi({
        baseUrl: 'https://x',
        token: 't',
        fetch: scripted([dropped, { status: 200, body: { ok: 1 } }], seen),
      });
      expect(await a.request(method, p, method === 'PUT' ? body : undefined)).toEqual({ ok: 1 });
      expect(seen.map((c) => c.init.method)).toEqual([method, method]);
    }
  });

  it('waits the Retry-After it was given', async () => {
    const calls: Call[] = [];
    const api = createApi({
      baseUrl: 'https://x',
      token: 't',
      fetch: scripted([{ ...dropped, retryAfter: '1' }, { status: 200 }], calls),
    });
    const t0 = Date.now();
    await api.me();
    expect(calls).toHaveLength(2);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
  });

  it('retries once only, and never other writes, a long Retry-After or a 503 without one', async () => {
    const twice: Call[] = [];
    const api = createApi({
      baseUrl: 'https://x',
      token: 't',
      fetch: scripted([dropped, dropped, { status: 200 }], twice),
    });
    await expect(api.sheet(path)).rejects.toMatchObject({ status: 503 });
    expect(twice).toHaveLength(2);

    const cases: [string, string, { status: number; retryAfter?: string }][] = [
      ['POST', '/campaigns/C/nominations', dropped],
      ['PATCH', '/campaigns/C/groups/G', dropped],
      ['PUT', '/campaigns/C/groups/G/votes/1', dropped],
      ['GET', '/me', { status: 503, retryAfter: '6' }],
      ['GET', '/me', { status: 503 }],
      ['GET', '/me', { status: 502, retryAfter: '0' }],
    ];
    for (const [method, p, first] of cases) {
      const calls: Call[] = [];
      const a = createApi({
        baseUrl: 'https://x',
        token: 't',
        fetch: scripted([first, { status: 200 }], calls),
      });
      const r = a.request(method as 'GET', p, method === 'GET' ? undefined : {});
      await expect(r, `${method} ${p}`).rejects.toBeInstanceOf(ApiError);
      expect(calls, `${method} ${p} ${JSON.stringify(first)}`).toHaveLength(1);
    }
  });
});
