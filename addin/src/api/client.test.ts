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
