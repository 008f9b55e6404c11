/** Never a 500 for bad input: arbitrary JSON and arbitrary text against the writing routes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADMIN, call, issue, seedPlan, sheetPath } from './helpers';

const CLIENT_ERRORS = new Set([400, 403, 404, 409, 413, 415, 422, 423]);

describe('arbitrary input', () => {
  it('answers every JSON body on every write route with a 2xx or a problem, never a 5xx', async () => {
    const p = await seedPlan();
    const unit = await issue('unit', p.u2);
    const sheet = sheetPath(p.code, 'G1', p.u2);
    const routes: [string, string, string][] = [
      ['PUT', sheet, unit],
      ['PUT', `${sheet}/appraisal`, ADMIN],
      ['POST', `${sheet}/reopen`, ADMIN],
      ['PATCH', `/campaigns/${p.code}/groups/G1`, ADMIN],
      ['POST', '/tokens', ADMIN],
      ['POST', '/plans', ADMIN],
    ];
    const entry = fc.record(
      {
        criterion: fc.oneof(fc.constantFrom('1.1', '1.2', '2.1', 'T.1', 'D.1'), fc.string()),
        self: fc.jsonValue(),
        appraised: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    const body = fc.oneof(
      fc.jsonValue(),
      fc.record(
        { revision: fc.jsonValue(), entries: fc.array(entry, { maxLength: 5 }), submit: fc.jsonValue() },
        { requiredKeys: [] },
      ),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), body, async ([method, path, token], value) => {
        const r = await call(method, path, { token, body: value });
        expect(
          r.status < 300 || CLIENT_ERRORS.has(r.status),
          `${method} ${path} ${JSON.stringify(value)} → ${r.status}`,
        ).toBe(true);
        if (r.status >= 400) expect(r.headers.get('content-type')).toMatch(/problem\+json/);
      }),
      { numRuns: 150 },
    );
  });

  it('issues tokens for arbitrary labels and expiries: 201, 409 for a label taken, 422, never a 5xx', async () => {
    const label = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('Văn phòng', 'VĂN  PHÒNG', 'Va\u0306n pho\u0300ng', 'Văn\u200B phòng', ' \u00A0'),
    );
    const expiresAt = fc.option(
      fc.oneof(
        fc.string({ maxLength: 30 }),
        fc.integer({ min: -5, max: 500 }).map((d) => new Date(Date.now() + d * 86_400_000).toISOString()),
        fc
          .integer({ min: -5, max: 500 })
          .map((d) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10)),
      ),
      { nil: undefined },
    );
    await fc.assert(
      fc.asyncProperty(label, expiresAt, async (l, e) => {
        const r = await call('POST', '/tokens', { body: { role: 'council', label: l, expiresAt: e } });
        expect([201, 409, 422], `${JSON.stringify([l, e])} → ${r.status}`).toContain(r.status);
        if (r.status === 201 && e !== undefined)
          expect(Date.parse(r.body.expiresAt)).toBeGreaterThan(Date.now());
      }),
      { numRuns: 120 },
    );
  });

  it('answers arbitrary text as a body with 400, and odd paths with 404', async () => {
    const p = await seedPlan();
    const unit = await issue('unit', p.u2);
    const sheet = sheetPath(p.code, 'G1', p.u2);
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const r = await call('PUT', sheet, {
          token: unit,
          raw: text,
          headers: { 'Content-Type': 'application/json' },
        });
        expect(valid ? [200, 409, 422] : [400]).toContain(r.status);
      }),
      { numRuns: 100 },
    );
    for (const odd of [
      '/campaigns/%E0%A4%A',
      '/campaigns/%00/groups/G1/sheets',
      `/campaigns/${'x'.repeat(5000)}`,
    ]) {
      const r = await call('GET', odd);
      expect([400, 404], odd).toContain(r.status);
    }
    const q = await call('GET', `/campaigns/${p.code}/audit?limit=abc&from=%ZZ`);
    expect(q.status).toBe(422);
  });
});
