/** `Prefer: return=minimal` (RFC 7240) on the sheet writes: the new state only, same field names and values. */
import { describe, expect, it } from 'vitest';
import { ADMIN, call, fullEntries, issue, seedPlan, sheetPath } from './helpers';

const STATE = ['revision', 'status', 'totals', 'classification', 'submittedAt', 'locksAt', 'lockedAt'];
const minimal = { Prefer: 'return=minimal' };

describe('Prefer: return=minimal', () => {
  it('answers a PUT with the new state only, as the full view names it', async () => {
    const p = await seedPlan();
    const member = await issue('unit', p.u2);
    const sheet = sheetPath(p.code, 'G1', p.u2);
    const put = await call('PUT', sheet, {
      token: member,
      headers: minimal,
      body: { revision: 0, entries: fullEntries, submit: true },
    });
    expect(put.status).toBe(200);
    expect(put.headers.get('Preference-Applied')).toBe('return=minimal');
    expect(put.headers.get('Vary')).toContain('Prefer');
    expect(Object.keys(put.body).sort()).toEqual([...STATE].sort());
    const full = (await call('GET', sheet, { token: member })).body;
    for (const k of STATE) expect(put.body[k], k).toEqual(full[k]);
    expect(put.body).toMatchObject({ revision: 1, status: 'submitted', totals: { self: 92, final: 92 } });
    expect(put.body.submittedAt).toMatch(/\+07:00$/);
  });

  it('keeps the full view as the default, and on the appraisal works the same', async () => {
    const p = await seedPlan();
    const member = await issue('unit', p.u2);
    const lead = await issue('unit', p.u1);
    const sheet = sheetPath(p.code, 'G1', p.u2);
    const put = await call('PUT', sheet, {
      token: member,
      headers: { Prefer: 'return=representation' },
      body: { revision: 0, entries: fullEntries, submit: true },
    });
    expect(put.status).toBe(200);
    expect(put.headers.get('Preference-Applied')).toBeNull();
    expect(put.body).toHaveProperty('template');
    expect(put.body.entries).toHaveLength(fullEntries.length);

    const appraise = await call('PUT', `${sheet}/appraisal`, {
      token: lead,
      headers: { Prefer: 'respond-async, RETURN="minimal"' },
      body: { revision: 1, entries: [{ criterion: '2.1', appraised: 55, reason: 'Thiếu chứng từ quý IV' }] },
    });
    expect(appraise.status).toBe(200);
    expect(appraise.headers.get('Preference-Applied')).toBe('return=minimal');
    expect(appraise.body).toEqual({
      revision: 2,
      status: 'appraised',
      totals: { self: 92, final: 85, sections: expect.objectContaining({ II: 55 }) },
      classification: 'Tốt',
      submittedAt: put.body.submittedAt,
      locksAt: put.body.locksAt,
      lockedAt: null,
    });
  });

  it('does not change refusals: a problem, without Preference-Applied', async () => {
    const p = await seedPlan();
    const member = await issue('unit', p.u2);
    const sheet = sheetPath(p.code, 'G1', p.u2);
    const bad = await call('PUT', sheet, {
      token: member,
      headers: minimal,
      body: { revision: 0, entries: [{ criterion: '1.1', self: 99 }] },
    });
    expect(bad.status).toBe(422);
    expect(bad.headers.get('Preference-Applied')).toBeNull();
    expect(bad.body.errors[0].criterion).toBe('1.1');
  });

  it('is documented on both writes in the OpenAPI document', async () => {
    const doc = (await call('GET', '/openapi.json', { token: ADMIN })).body;
    const path = doc.paths['/campaigns/{campaign}/groups/{group}/units/{unit}/sheet'];
    for (const op of [
      path.put,
      doc.paths['/campaigns/{campaign}/groups/{group}/units/{unit}/sheet/appraisal'].put,
    ]) {
      expect(op.parameters).toContainEqual(expect.objectContaining({ name: 'Prefer', in: 'header' }));
      expect(op.responses['200'].headers).toHaveProperty('Preference-Applied');
      const shapes = op.responses['200'].content['application/json'].schema.anyOf;
      expect(
        shapes
          .map((s: { properties: object }) => Object.keys(s.properties).length)
          .sort((a: number, b: number) => a - b),
      ).toEqual([7, 16]);
    }
  });
});
