/** Never a 500 for bad input on the meeting routes: arbitrary JSON, and ballots with arbitrary figures. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADMIN, call, issue } from './helpers';
import { openBody, seedMeeting } from './meeting-fixtures';

const CLIENT_ERRORS = new Set([400, 403, 404, 409, 413, 415, 422]);

const answersWell = (method: string, path: string, value: unknown, r: Awaited<ReturnType<typeof call>>) => {
  expect(
    r.status < 300 || CLIENT_ERRORS.has(r.status),
    `${method} ${path} ${JSON.stringify(value)} → ${r.status}`,
  ).toBe(true);
  if (r.status >= 400) expect(r.headers.get('content-type')).toMatch(/problem\+json/);
};

describe('arbitrary input on the meeting routes', () => {
  it('answers every JSON body on every meeting write with a 2xx or a problem, never a 5xx', async () => {
    const s = await seedMeeting();
    const M = `/campaigns/${s.code}/meetings`;
    const m = (await call('POST', M, { body: openBody(s.snapshot) })).body;
    const routes: [string, string][] = [
      ['POST', M],
      ['PUT', `${M}/${m.id}/ballots`],
      ['PUT', `${M}/${m.id}/list`],
      ['POST', `${M}/${m.id}/close`],
      ['POST', `${M}/${m.id}/reopen`],
      ['POST', `${M}/${m.id}/submit`],
      ['POST', `${M}/${m.id}/decisions`],
    ];
    const body = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          snapshot: fc.oneof(fc.constant(s.snapshot), fc.string()),
          heldAt: fc.oneof(fc.constant('2026-12-10'), fc.string()),
          place: fc.string(),
          chair: fc.string(),
          secretary: fc.string(),
          tellers: fc.array(fc.string(), { maxLength: 3 }),
          councilSize: fc.oneof(fc.integer({ min: -2, max: 300 }), fc.jsonValue()),
          attendance: fc.array(fc.record({ name: fc.string(), present: fc.jsonValue() }), { maxLength: 3 }),
          items: fc.array(fc.oneof(fc.constantFrom(...s.ids), fc.string(), fc.jsonValue()), { maxLength: 3 }),
          reason: fc.oneof(fc.string(), fc.jsonValue()),
          date: fc.oneof(fc.constant('2026-12-20'), fc.string()),
          number: fc.string(),
          issuerLevel: fc.oneof(fc.constant('province'), fc.string()),
          authority: fc.string(),
        },
        { requiredKeys: [] },
      ),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), body, async ([method, path], value) => {
        answersWell(method, path, value, await call(method, path, { token: ADMIN, body: value }));
      }),
      { numRuns: 120 },
    );
  });

  it('answers every ballot and list, by the council or the secretariat, with a 2xx or a problem', async () => {
    const s = await seedMeeting();
    const M = `/campaigns/${s.code}/meetings`;
    const m = (await call('POST', M, { body: openBody(s.snapshot) })).body;
    const council = await issue('council');
    const figure = fc.oneof(fc.integer({ min: -1, max: 12 }), fc.jsonValue());
    const result = fc.record(
      {
        nomination: fc.oneof(fc.constantFrom(...s.ids), fc.string()),
        issued: figure,
        returned: figure,
        valid: figure,
        inFavour: figure,
        propose: fc.oneof(fc.boolean(), fc.jsonValue()),
        reason: fc.oneof(fc.string(), fc.constant(' ')),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('ballots', 'list'),
        fc.constantFrom(council, ADMIN),
        fc.array(result, { maxLength: 4 }),
        async (what, token, rows) => {
          const path = `${M}/${m.id}/${what}`;
          const value = what === 'ballots' ? { results: rows } : { items: rows };
          answersWell('PUT', path, value, await call('PUT', path, { token, body: value }));
        },
      ),
      { numRuns: 120 },
    );
  });
});
