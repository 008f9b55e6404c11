import { describe, expect, it } from 'vitest';
import { documentedRoutes } from '../src/http/openapi';
import { checkResponse, routeOf, strict } from './contract-check';
import { ADMIN, call } from './helpers';

const me = {
  role: 'unit',
  unit: 'U1',
  label: 'Đơn vị một',
  groups: [
    { campaign: 'C', group: 'G1', kind: 'khoi', name: 'Khối một', lead: 'U1', isLead: true, deadline: null },
  ],
};
const json = 'application/json; charset=utf-8';
const problem = { type: 'urn:thi-dua:problem:404', title: 'Không tìm thấy', status: 404, detail: 'Không có' };

describe('the strict response check', () => {
  it('passes an answer that fits its schema exactly, and a real call', async () => {
    expect(() => checkResponse('GET', '/me', 200, json, me)).not.toThrow();
    const r = await call('GET', '/me', { token: ADMIN });
    expect(r.status).toBe(200);
  });

  it('fails on an undeclared field, at the top and deep inside, naming route, status and path', () => {
    expect(() => checkResponse('GET', '/me', 200, json, { ...me, extra: 1 })).toThrow(
      /GET \/me → 200[\s\S]*\/: unrecognized_keys \["extra"\]/,
    );
    const deep = { ...me, groups: [{ ...me.groups[0], secret: 'x' }] };
    expect(() => checkResponse('GET', '/me', 200, json, deep)).toThrow(
      /\/groups\/0: unrecognized_keys \["secret"\]/,
    );
  });

  it('fails on a missing field, and on a missing field that has a default in the request schema', () => {
    const { label: _, ...missing } = me;
    expect(() => checkResponse('GET', '/me', 200, json, missing)).toThrow(/GET \/me → 200[\s\S]*\/label/);
    // Template.classification defaults to [] in a plan document; an answer must carry it.
    const template = { code: 'T', title: 'Mẫu', sections: [], tieBreak: [] };
    expect(() =>
      checkResponse('GET', '/campaigns/C/groups/G/units/U/sheet', 200, json, { template }),
    ).toThrow(/\/template\/classification/);
  });

  it('checks problems against the problem schema and the statuses the route declares', () => {
    expect(() =>
      checkResponse('GET', '/campaigns/C', 404, 'application/problem+json', problem),
    ).not.toThrow();
    expect(() =>
      checkResponse('GET', '/campaigns/C', 404, 'application/problem+json', { ...problem, stack: 'x' }),
    ).toThrow(/GET \/campaigns\/\{campaign\} → 404[\s\S]*unrecognized_keys/);
    expect(() => checkResponse('GET', '/me', 423, 'application/problem+json', problem)).toThrow(
      /does not declare/,
    );
  });

  it('fails on JSON of a status or a route with no declared schema; lets files through', () => {
    expect(() => checkResponse('GET', '/me', 201, json, me)).toThrow(/no declared schema/);
    expect(() => checkResponse('GET', '/nowhere', 200, json, {})).toThrow(/no documentRoute/);
    expect(() =>
      checkResponse('GET', '/campaigns/C/groups/G/consolidated', 200, 'text/csv', 'a;b'),
    ).not.toThrow();
  });

  it('matches the most literal route and has a strict form of every declared schema', () => {
    expect(routeOf('GET', '/campaigns/C/groups/G/sheets?x=1')?.path).toBe(
      '/campaigns/{campaign}/groups/{group}/sheets',
    );
    const schemas = documentedRoutes().flatMap((d) =>
      Object.values(d.responses).flatMap((r) => r.schema ?? []),
    );
    expect(schemas.length).toBeGreaterThan(30);
    for (const s of schemas) expect(() => strict(s)).not.toThrow();
  });
});
