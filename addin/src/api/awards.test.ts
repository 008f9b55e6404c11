import { describe, expect, it } from 'vitest';
import { awardsApi } from './awards';
import { ApiError, createApi } from './client';

type Call = { url: string; method: string; body: unknown };

function api(status: number, answer: unknown, calls: Call[]) {
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({
      url,
      method: init.method!,
      body: init.body === undefined ? undefined : JSON.parse(init.body as string),
    });
    return new Response(answer === undefined ? null : JSON.stringify(answer), {
      status,
      headers: { 'Content-Type': status < 300 ? 'application/json' : 'application/problem+json' },
    });
  }) as unknown as typeof globalThis.fetch;
  return awardsApi(createApi({ baseUrl: 'https://h.example', token: 't', fetch }));
}

const B = 'https://h.example/api/v1';

describe('awardsApi', () => {
  it('files, lists with filters, corrects and withdraws nominations on the contract paths', async () => {
    const calls: Call[] = [];
    const a = api(200, { items: [] }, calls);
    const item = {
      award: 'CSTD',
      movement: 'M1',
      nominee: { kind: 'individual' as const, unit: 'U 2', name: 'Nguyễn Văn A' },
    };
    await a.postNominations('E2E 1', [item]);
    await a.listNominations('E2E 1', { unit: 'U 2', status: 'over_quota', award: undefined });
    await a.listNominations('E2E 1');
    await a.patchNomination('E2E 1', 'N-1/2', { summary: 'x' });
    await a.deleteNomination('E2E 1', 'N-1');
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      `POST ${B}/campaigns/E2E%201/nominations`,
      `GET ${B}/campaigns/E2E%201/nominations?unit=U+2&status=over_quota`,
      `GET ${B}/campaigns/E2E%201/nominations`,
      `PATCH ${B}/campaigns/E2E%201/nominations/N-1%2F2`,
      `DELETE ${B}/campaigns/E2E%201/nominations/N-1`,
    ]);
    expect(calls[0]!.body).toEqual({ items: [item] });
    expect(calls[3]!.body).toEqual({ summary: 'x' });
  });

  it('reads a group’s sheets, appraises a member, records and reads votes', async () => {
    const calls: Call[] = [];
    const a = api(200, {}, calls);
    await a.groupSheets('C', 'G 1');
    await a.putAppraisal(
      { campaign: 'C', group: 'G 1', unit: 'U2' },
      { revision: 3, entries: [{ criterion: '1.1', appraised: 17, reason: 'Thiếu minh chứng' }] },
    );
    await a.putVotes('C', 'G 1', 2, { members: 3, present: 3, candidates: [{ unit: 'U1', votes: 2 }] });
    await a.votes('C', 'G 1');
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      `GET ${B}/campaigns/C/groups/G%201/sheets`,
      `PUT ${B}/campaigns/C/groups/G%201/units/U2/sheet/appraisal`,
      `PUT ${B}/campaigns/C/groups/G%201/votes/2`,
      `GET ${B}/campaigns/C/groups/G%201/votes`,
    ]);
    expect(calls[1]!.body).toEqual({
      revision: 3,
      entries: [{ criterion: '1.1', appraised: 17, reason: 'Thiếu minh chứng' }],
    });
    expect(calls[2]!.body).toMatchObject({ members: 3, present: 3 });
  });

  it('carries a 422’s problems through ApiError', async () => {
    const problem = {
      status: 422,
      title: 'Dữ liệu không hợp lệ',
      errors: [{ path: '/items/1/nominee/name', code: 'name_required', message: 'Thiếu họ tên' }],
    };
    const a = api(422, problem, []);
    const error = await a.postNominations('C', []).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(422);
    expect(error.problem.errors[0].path).toBe('/items/1/nominee/name');
  });
});
