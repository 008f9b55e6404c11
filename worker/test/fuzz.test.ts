/** Never a 500 for bad input: arbitrary JSON and arbitrary text against the writing routes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADMIN, call, FUTURE, issue, seedPlan, sheetPath } from './helpers';

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
      ['POST', `/campaigns/${p.code}/amendments`, ADMIN],
      ['PUT', `/units/${p.u2}`, ADMIN],
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

  it('answers amendments and unit updates of every shape with a 2xx or a problem, never a 5xx', async () => {
    const p = await seedPlan();
    await call('PUT', sheetPath(p.code, 'G1', p.u2), {
      token: await issue('unit', p.u2),
      body: { revision: 0, entries: [{ criterion: '1.2', self: 5 }] },
    });
    const unitCode = fc.oneof(fc.constantFrom(p.u1, p.u2, p.u3, p.u4, 'NEW-1'), fc.string({ maxLength: 8 }));
    const group = fc.oneof(fc.constantFrom('G1', 'G2'), fc.string({ maxLength: 4 }));
    const change = fc.oneof(
      fc.record({
        kind: fc.constant('movementQuota'),
        movement: fc.constantFrom('M1', 'M9'),
        quota: fc.record({ collective: fc.oneof(fc.integer({ min: -2, max: 9 }), fc.constant(null)) }),
      }),
      fc.record({
        kind: fc.constant('addUnit'),
        unit: fc.record(
          { code: unitCode, name: fc.string(), womenShare: fc.double() },
          { requiredKeys: ['code'] },
        ),
      }),
      fc.record({ kind: fc.constantFrom('addMember', 'removeMember'), group, unit: unitCode }),
      fc.record({ kind: fc.constant('setLead'), group, lead: unitCode }),
      fc.record({
        kind: fc.constant('addMilestone'),
        milestone: fc.record({ code: fc.string(), title: fc.string(), due: fc.constantFrom(FUTURE, 'x') }),
      }),
      fc.record({ kind: fc.constant('replaceTemplate'), template: fc.jsonValue() }),
      fc.jsonValue(),
    );
    const amendment = fc.record(
      {
        version: fc.oneof(fc.nat(4), fc.jsonValue()),
        reason: fc.string(),
        changes: fc.array(change, { maxLength: 4 }),
      },
      { requiredKeys: [] },
    );
    const unitUpdate = fc.record(
      {
        from: fc.oneof(fc.constant(p.code), fc.string()),
        reason: fc.string(),
        name: fc.string(),
        womenShare: fc.oneof(fc.double(), fc.jsonValue()),
        kind: fc.string(),
      },
      { requiredKeys: [] },
    );
    const request = fc.oneof(
      amendment.map((b) => ['POST', `/campaigns/${p.code}/amendments`, b] as const),
      unitUpdate.map((b) => ['PUT', `/units/${p.u3}`, b] as const),
    );
    await fc.assert(
      fc.asyncProperty(request, async ([method, path, value]) => {
        const r = await call(method, path, { body: value });
        expect(
          r.status < 300 || CLIENT_ERRORS.has(r.status),
          `${method} ${path} ${JSON.stringify(value)} → ${r.status}`,
        ).toBe(true);
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
