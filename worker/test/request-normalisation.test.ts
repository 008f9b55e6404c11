/**
 * The two ways in, each handled once: the path (NFC before routing, http/path.ts) and the body (one path of
 * checks, http/body.ts): 415, 413, depth refused before any recursion, malformed JSON answered with where.
 */
import { describe, expect, it } from 'vitest';
import { call, fullEntries, issue, seedPlan, sheetPath, uid } from './helpers';

const json = { 'Content-Type': 'application/json' };

describe('path parameters in NFC', () => {
  it('a decomposed (NFD) campaign and unit code reaches the stored composed one', async () => {
    const s = `ĐỢT-Ủ-${uid()}`;
    const p = await seedPlan(s);
    const nfd = (code: string) => code.normalize('NFD');
    expect(nfd(p.code)).not.toBe(p.code);
    expect(nfd(p.u2)).not.toBe(p.u2);
    const t = await issue('unit', p.u2);
    const put = await call('PUT', sheetPath(nfd(p.code), 'G1', nfd(p.u2)), {
      token: t,
      body: { revision: 0, entries: fullEntries },
    });
    expect(put.status).toBe(200);
    expect(put.body.unit).toBe(p.u2);
    const read = await call('GET', sheetPath(p.code, 'G1', p.u2), { token: t });
    expect(read.body.revision).toBe(1);
    const campaign = await call('GET', `/campaigns/${encodeURIComponent(nfd(p.code))}`);
    expect(campaign.status).toBe(200);
    expect(campaign.body.code ?? campaign.body.campaign?.code).toBe(p.code);
    const rankings = await call('GET', `/campaigns/${encodeURIComponent(nfd(p.code))}/rankings`);
    expect(rankings.status).toBe(200);
  });
});

describe('request bodies', () => {
  it('refuses 100 kB of nested brackets with 400 before parsing, never a 500', async () => {
    for (const raw of ['['.repeat(100_000), '{"a":'.repeat(20_000)]) {
      const r = await call('POST', '/plans', { raw, headers: json });
      expect(r.status).toBe(400);
      expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(r.body.detail).toMatch(/lồng nhau quá 32 cấp \(vượt ở dòng 1, cột \d+\)/);
    }
  });

  it('brackets inside strings do not count towards the depth', async () => {
    const r = await call('POST', '/plans', {
      raw: JSON.stringify({ campaign: '['.repeat(5000) }),
      headers: json,
    });
    expect(r.status).toBe(422);
  });

  it('says where malformed JSON breaks, in Vietnamese, without echoing the body or the parser', async () => {
    const secret = 'BÍ-MẬT-KHÔNG-LẶP-LẠI';
    const cases: [string, RegExp][] = [
      [`{"campaign": "${secret}",`, /dừng giữa chừng ở dòng 1, cột \d+ \(ký tự thứ \d+\)/],
      [
        `{\n  "campaign": "${secret}",\n  "units": [1 2]\n}`,
        /sai cú pháp ở dòng 3, cột 15 \(ký tự thứ \d+\)/,
      ],
    ];
    for (const [raw, where] of cases) {
      const r = await call('POST', '/plans', { raw, headers: json });
      expect(r.status).toBe(400);
      expect(r.body.detail).toMatch(where);
      expect(r.body.detail).not.toContain(secret);
      expect(r.body.detail).not.toMatch(/Unexpected|JSON at|position|token|Expected/);
    }
  });

  it('415 before reading, 413 over the limit, 400 for bytes that are not UTF-8', async () => {
    expect(
      (await call('POST', '/plans', { raw: '{}', headers: { 'Content-Type': 'text/plain' } })).status,
    ).toBe(415);
    const big = await call('POST', '/plans', { raw: `"${'x'.repeat(1024 * 1024)}"`, headers: json });
    expect(big.status).toBe(413);
    const bytes = new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]);
    const notUtf8 = await call('POST', '/plans', { raw: bytes, headers: json });
    expect(notUtf8.status).toBe(400);
    expect(notUtf8.body.detail).toBe('Nội dung yêu cầu không phải là văn bản UTF-8 hợp lệ.');
  });
});
