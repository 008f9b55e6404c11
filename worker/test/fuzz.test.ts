/** Never a 500 for bad input: arbitrary JSON and arbitrary text against the writing routes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textFault } from '../../shared/text';
import { ADMIN, call, FUTURE, fullEntries, issue, seedPlan, sheetPath } from './helpers';

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
      ['POST', '/restore', ADMIN],
      ['POST', `/campaigns/${p.code}/amendments`, ADMIN],
      ['PUT', `/units/${p.u2}`, ADMIN],
      ['PUT', `/campaigns/${p.code}/units/${p.u2}/staff`, unit],
      ['PUT', `/units/${p.u2}/staff/2022`, ADMIN],
      ['POST', '/register/decisions', ADMIN],
      ['POST', '/register/import', ADMIN],
      ['POST', '/register/import?dryRun=true', ADMIN],
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

  it('answers every ballot, correction or not, on both rounds with a 2xx or a problem, never a 5xx', async () => {
    const p = await seedPlan();
    const lead = await issue('unit', p.u1);
    const ballot = fc.record(
      {
        members: fc.oneof(fc.integer({ min: -1, max: 5 }), fc.jsonValue()),
        present: fc.oneof(fc.integer({ min: -1, max: 5 }), fc.jsonValue()),
        candidates: fc.oneof(
          fc.array(
            fc.record(
              {
                unit: fc.oneof(fc.constantFrom(p.u1, p.u2, p.u4), fc.string()),
                votes: fc.integer({ min: -1, max: 6 }),
              },
              { requiredKeys: [] },
            ),
            { maxLength: 4 },
          ),
          fc.jsonValue(),
        ),
        correction: fc.oneof(fc.record({ reason: fc.oneof(fc.string(), fc.jsonValue()) }), fc.jsonValue()),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('1', '2'),
        fc.constantFrom(lead, ADMIN),
        ballot,
        async (round, token, value) => {
          const r = await call('PUT', `/campaigns/${p.code}/groups/G1/votes/${round}`, {
            token,
            body: value,
          });
          expect(
            r.status < 300 || CLIENT_ERRORS.has(r.status),
            `${round} ${JSON.stringify(value)} → ${r.status}`,
          ).toBe(true);
          if (r.status >= 400) expect(r.headers.get('content-type')).toMatch(/problem\+json/);
        },
      ),
      { numRuns: 120 },
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
    const bad = await call('GET', '/campaigns/%E0%A4%A');
    expect([400, 404]).toContain(bad.status);
    // A control character or 5000 characters in a path parameter: the text policy refuses it, naming it.
    for (const odd of ['/campaigns/%00/groups/G1/sheets', `/campaigns/${'x'.repeat(5000)}`]) {
      const r = await call('GET', odd);
      expect(r.status, odd.slice(0, 40)).toBe(422);
      expect(r.body.errors[0].path).toBe('/{campaign}');
    }
    const q = await call('GET', `/campaigns/${p.code}/audit?limit=abc&from=%ZZ`);
    expect(q.status).toBe(422);
  });

  it('answers arbitrary queries and odd campaigns on the audit routes with 2xx or a problem, never a 5xx', async () => {
    const p = await seedPlan();
    const paths = [
      '/audit',
      '/audit/verify',
      `/campaigns/${p.code}/audit`,
      `/campaigns/${p.code}/audit/verify`,
    ];
    const query = fc.dictionary(
      fc.constantFrom('actor', 'action', 'from', 'to', 'limit', 'x'),
      fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('2023-01-01', '0', '-1', '1e9', '%ZZ')),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.constantFrom(...paths),
          fc.string({ maxLength: 30 }).map((c) => `/campaigns/${encodeURIComponent(c)}/audit/verify`),
        ),
        query,
        async (path, q) => {
          const qs = new URLSearchParams(q).toString();
          const r = await call('GET', `${path}${qs ? `?${qs}` : ''}`);
          expect(r.status < 300 || CLIENT_ERRORS.has(r.status), `${path}?${qs} → ${r.status}`).toBe(true);
          if (r.status >= 400) expect(r.headers.get('content-type')).toMatch(/problem\+json/);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('answers arbitrary codes and queries on the papers with 2xx or a problem, never a 5xx', async () => {
    const p = await seedPlan();
    expect((await call('POST', `/campaigns/${p.code}/snapshots`)).status).toBe(201);
    const code = fc.oneof(
      fc.constantFrom('proposal-list', 'council-minutes', 'submission', 'achievement-reports'),
      fc.string({ maxLength: 30 }),
    );
    const query = fc.dictionary(
      fc.constantFrom('format', 'meeting', 'snapshot', 'x'),
      fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('docx', 'xlsx', 'pdf', '', '%ZZ', 'S-1')),
    );
    await fc.assert(
      fc.asyncProperty(fc.option(code, { nil: undefined }), query, async (c, q) => {
        const qs = new URLSearchParams(q).toString();
        const path = `/campaigns/${p.code}/documents${c === undefined ? '' : `/${encodeURIComponent(c)}`}`;
        const r = await call('GET', `${path}${qs ? `?${qs}` : ''}`);
        const ok = r.status < 300 || r.status === 406 || CLIENT_ERRORS.has(r.status);
        expect(ok, `${path}?${qs} → ${r.status}`).toBe(true);
        if (r.status >= 400) expect(r.headers.get('content-type')).toMatch(/problem\+json/);
      }),
      { numRuns: 40 },
    );
  });

  it('answers every document sent to POST /restore, a backup bent anywhere, with a problem, never a 5xx', async () => {
    const p = await seedPlan();
    const taken = await call('GET', `/campaigns/${p.code}/backup`);
    expect(taken.status).toBe(200);
    const doc = taken.body;
    const paths: string[][] = [];
    const walk = (v: unknown, at: string[]) => {
      paths.push(at);
      if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...at, k]);
    };
    walk(doc, []);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths.slice(1)), fc.jsonValue(), async (path, value) => {
        const bent = structuredClone(doc);
        let at = bent;
        for (const k of path.slice(0, -1)) at = at[k];
        at[path.at(-1)!] = value;
        const r = await call('POST', '/restore', { body: bent });
        // The campaign exists: 409 once the document passes its checks; 422 (or 400) before.
        expect([400, 409, 422], `${path.join('/')} = ${JSON.stringify(value)} → ${r.status}`).toContain(
          r.status,
        );
      }),
      { numRuns: 100 },
    );
  });

  it('stores no control, bidi, surrogate or format character whatever text comes in, and never a 5xx', async () => {
    const p = await seedPlan();
    const unit = await issue('unit', p.u2);
    const sheet = sheetPath(p.code, 'G1', p.u2);
    const nasty = fc.constantFrom(
      '\u202E',
      '\u2066',
      '\u200F',
      '\u061C',
      '\uD800',
      '\uDFFF',
      '\u0000',
      '\u0007',
      '\u007F',
      '\u0085',
      '\n',
      '\t',
      '\r',
      '\u2028',
      '\u200B',
      '\u00AD',
      '\uFEFF',
      '\u{E0041}',
      '\u0301',
      ' ',
      'Việt',
      'a',
    );
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.array(nasty, { maxLength: 8 }).map((parts) => parts.join('')),
    );
    let revision = 0;
    await fc.assert(
      fc.asyncProperty(text, text, async (label, evidence) => {
        const t = await call('POST', '/tokens', { body: { role: 'council', label } });
        expect([201, 409, 422], JSON.stringify(label)).toContain(t.status);
        if (t.status === 201)
          expect(textFault(t.body.label, 'line'), JSON.stringify(t.body.label)).toBeNull();
        const entries = [{ ...fullEntries[0]!, evidence }, ...fullEntries.slice(1)];
        const w = await call('PUT', sheet, { token: unit, body: { revision, entries } });
        expect([200, 422], JSON.stringify(evidence)).toContain(w.status);
        if (w.status === 200) {
          revision = w.body.revision;
          const stored = w.body.entries[0].evidence as string;
          expect(textFault(stored, 'lines'), JSON.stringify(stored)).toBeNull();
          expect(stored).not.toMatch(/[\u00AD\u200B\uFEFF\r]/);
        }
      }),
      { numRuns: 60 },
    );
  });
});
