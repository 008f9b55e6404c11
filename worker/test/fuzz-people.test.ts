/**
 * Never a 500 on the staff and register routes (issue 14): valid bodies bent anywhere (every path of the
 * document set to an arbitrary JSON value), arbitrary queries on the reads. A refused import stores nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADMIN, call, issue, seedPlan } from './helpers';
import { person, registerDecision, registerImport } from './people-fixtures';

const OK = new Set([200, 201, 400, 403, 404, 409, 413, 415, 422]);

/** Every path into a JSON value. */
function pathsOf(value: unknown): string[][] {
  const out: string[][] = [];
  const walk = (v: unknown, at: string[]) => {
    if (at.length) out.push(at);
    if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...at, k]);
  };
  walk(value, []);
  return out;
}

function bent(doc: unknown, path: string[], value: unknown): unknown {
  const copy = structuredClone(doc) as Record<string, unknown>;
  let at: Record<string, unknown> = copy;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string, unknown>;
  at[path.at(-1)!] = value;
  return copy;
}

describe('staff and register routes, bent input', () => {
  it('answers bent staff lists, decisions and imports with a 2xx or a problem, never a 5xx', async () => {
    const p = await seedPlan();
    const unit = await issue('unit', p.u2);
    const staff = {
      staff: [
        person('NV-1', {
          sex: 'female',
          birthDate: '1980-02-29',
          startDate: '2010-01-01',
          rating: 'good',
          discipline: [{ form: 'reprimand', date: '2023-04-01' }],
          initiatives: [{ title: 'Sổ tay', level: 'unit', decisionNo: '1/QĐ', decisionDate: '2023-06-01' }],
        }),
        person('NV-2'),
      ],
    };
    const docs: [string, string, string, () => unknown][] = [
      ['PUT', `/campaigns/${p.code}/units/${p.u2}/staff`, unit, () => staff],
      ['PUT', `/units/${p.u2}/staff/2022`, ADMIN, () => staff],
      ['POST', '/register/decisions', ADMIN, () => registerDecision(p.u2)],
      ['POST', '/register/import?dryRun=true', ADMIN, () => registerImport(p.u2)],
      ['POST', '/register/import', ADMIN, () => registerImport(p.u2)],
    ];
    const cases = docs.flatMap(([m, path, token, make]) =>
      pathsOf(make()).map((at) => [m, path, token, make, at] as const),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...cases),
        fc.jsonValue(),
        async ([m, path, token, make, at], value) => {
          const r = await call(m, path, { token, body: bent(make(), at, value) });
          expect(
            OK.has(r.status),
            `${m} ${path} ${at.join('/')} = ${JSON.stringify(value)} → ${r.status}`,
          ).toBe(true);
          if (r.status >= 400) expect(r.headers.get('content-type')).toMatch(/problem\+json/);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('answers arbitrary queries and years on the reads with a 2xx or a problem', async () => {
    const p = await seedPlan();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/register', `/campaigns/${p.code}/staff`, `/units/${p.u2}/staff/`),
        fc.dictionary(fc.constantFrom('year', 'unit', 'title', 'level', 'x'), fc.string({ maxLength: 20 })),
        fc.string({ maxLength: 8 }),
        async (path, q, year) => {
          const qs = new URLSearchParams(q).toString();
          const full = path.endsWith('/') ? `${path}${encodeURIComponent(year) || '2022'}` : `${path}?${qs}`;
          const r = await call('GET', full);
          expect(OK.has(r.status), `${full} → ${r.status}`).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});
