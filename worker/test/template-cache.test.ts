/**
 * Templates cached per isolate (decision 0017): the sheet context batch returns a template's document only
 * to an isolate that does not hold it; the group's deadline, which can move, is read in every batch.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { loadSheetContext } from '../src/db/sheet-context';
import { call, fullEntries, issue, PAST, seedPlan, sheetPath } from './helpers';

describe('the sheet context batch', () => {
  it('returns the template document only when its key is not cached', async () => {
    const p = await seedPlan();
    const other = await seedPlan();
    const key = { campaign: p.code, group: 'G1', unit: p.u2 };
    const cold = await loadSheetContext(env.DB, key);
    expect(cold.template!.document).toContain('"1.1"');
    const warm = await loadSheetContext(env.DB, key, [cold.template!.key]);
    expect(warm.template).toEqual({ key: cold.template!.key, document: null });
    // Another campaign's template under the same code is another key: its document still comes back.
    const otherKey = { campaign: other.code, group: 'G1', unit: other.u2 };
    const elsewhere = await loadSheetContext(env.DB, otherKey, [cold.template!.key]);
    expect(elsewhere.template!.key).not.toBe(cold.template!.key);
    expect(elsewhere.template!.document).toContain('"1.1"');
  });
});

describe('a cached template', () => {
  it('serves the same sheet view, and a moved deadline applies at once', async () => {
    const p = await seedPlan();
    const member = await issue('unit', p.u2);
    const sheet = sheetPath(p.code, 'G1', p.u2);
    const first = await call('GET', sheet, { token: member });
    const second = await call('GET', sheet, { token: member });
    expect(first.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(second.body.template.sections.length).toBeGreaterThan(0);

    const moved = await call('PATCH', `/campaigns/${p.code}/groups/G1`, {
      body: { deadline: PAST, reason: 'Thử khóa' },
    });
    expect(moved.status).toBe(200);
    const after = await call('GET', sheet, { token: member });
    expect(after.body.lockedAt).not.toBeNull();
    expect(after.body.template).toEqual(first.body.template);
    const put = await call('PUT', sheet, { token: member, body: { revision: 0, entries: fullEntries } });
    expect(put.status).toBe(423);
  });
});
