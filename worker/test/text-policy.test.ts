/**
 * The text policy and the limits on the way in (issue 16, decision 0025), through the real Worker and D1:
 * control characters, bidi overrides, lone surrogates (sent as JSON `\ud800` escapes), invisible-only names
 * and reasons, scores off the step by 1e-9 — each 422 naming the field, and nothing stored.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { seedAwards } from './awards-fixtures';
import { ADMIN, call, dumpCampaign, fullEntries, issue, seedPlan, sheetPath, smallPlan } from './helpers';

const json = { 'Content-Type': 'application/json' };
type Err = { path: string; code: string; message: string; criterion?: string };
const brief = (errors: Err[]) => errors.map((e) => `${e.path} ${e.code}`);

describe('text on the way in', () => {
  it('refuses a plan whose texts hold a bidi override, a control character or a lone surrogate; stores nothing', async () => {
    const p = smallPlan();
    const plan = structuredClone(p.plan);
    plan.units![0]!.name = 'Trạm y tế \u202Egnp.exe';
    plan.groups![0]!.name = 'Khối\u0007một';
    // A lone surrogate can only come as a JSON escape: JSON.stringify would keep it escaped as well.
    const raw = JSON.stringify(plan).replace(`"title":"${plan.campaign.title}"`, '"title":"K\\ud800"');
    expect(raw).toContain('\\ud800');
    const r = await call('POST', '/plans', { raw, headers: json });
    expect(r.status).toBe(422);
    expect(brief(r.body.errors)).toEqual([
      '/campaign/title lone_surrogate',
      '/units/0/name bidi_control',
      '/groups/0/name control_character',
    ]);
    expect(r.body.errors[1].message).toBe(
      'Tên (đơn vị thứ 1) không được chứa ký tự điều khiển hướng chữ (U+202E): nó làm văn bản hiển thị khác với nội dung thật.',
    );
    expect((await call('GET', `/campaigns/${p.code}`)).status).toBe(404);
    const units = await env.DB.prepare('SELECT COUNT(*) AS n FROM units WHERE code = ?1')
      .bind(p.u1)
      .first<{ n: number }>();
    expect(units?.n).toBe(0);
  });

  it('stores a plan with soft hyphens and zero-width characters removed', async () => {
    const p = smallPlan();
    p.plan.units![1]!.name = `Đơn\u00AD vị\u200B hai ${p.s}`;
    expect((await call('POST', '/plans', { body: p.plan })).status).toBe(201);
    const campaign = await call('GET', `/campaigns/${p.code}`);
    expect(campaign.body.units[1].name).toBe(`Đơn vị hai ${p.s}`);
  });

  it('refuses evidence with a control character or a bidi override in a sheet write; stores nothing', async () => {
    const p = await seedPlan();
    const unit = await issue('unit', p.u2);
    const before = await dumpCampaign(p.code);
    for (const [evidence, code] of [
      ['Báo cáo\u0000', 'control_character'],
      ['Báo cáo \u2067x\u2069', 'bidi_control'],
    ] as const) {
      const entries = [{ ...fullEntries[0]!, evidence }, ...fullEntries.slice(1)];
      const r = await call('PUT', sheetPath(p.code, 'G1', p.u2), {
        token: unit,
        body: { revision: 0, entries },
      });
      expect(r.status).toBe(422);
      expect(r.body.errors).toEqual([
        expect.objectContaining({ path: '/entries/0/evidence', code, criterion: '1.1' }),
      ]);
    }
    // A lone surrogate as a JSON escape, in the raw body.
    const raw = JSON.stringify({ revision: 0, entries: fullEntries }).replace('Báo cáo số 12/BC', '\\udfff');
    const r = await call('PUT', sheetPath(p.code, 'G1', p.u2), { token: unit, raw, headers: json });
    expect(r.status).toBe(422);
    expect(brief(r.body.errors)).toEqual(['/entries/0/evidence lone_surrogate']);
    expect(await dumpCampaign(p.code)).toBe(before);
    // Multi-line evidence keeps its line feeds and tabs.
    const ok = [{ ...fullEntries[0]!, evidence: 'Dòng 1\r\n\tDòng 2' }, ...fullEntries.slice(1)];
    const put = await call('PUT', sheetPath(p.code, 'G1', p.u2), {
      token: unit,
      body: { revision: 0, entries: ok },
    });
    expect(put.status).toBe(200);
    expect(put.body.entries[0].evidence).toBe('Dòng 1\n\tDòng 2');
  });

  it('refuses a score off its step by 1e-9, naming the criterion; stores nothing', async () => {
    const p = await seedPlan();
    const unit = await issue('unit', p.u2);
    const before = await dumpCampaign(p.code);
    for (const [i, self] of [
      [0, 18.5 + 1e-9],
      [1, 9.500000001],
      [2, 62 - 1e-9],
    ] as const) {
      const entries = fullEntries.map((e, j) => (j === i ? { ...e, self } : e));
      const r = await call('PUT', sheetPath(p.code, 'G1', p.u2), {
        token: unit,
        body: { revision: 0, entries },
      });
      expect(r.status, String(self)).toBe(422);
      expect(r.body.errors).toEqual([
        expect.objectContaining({
          path: `/entries/${i}/self`,
          code: 'off_step',
          criterion: fullEntries[i]!.criterion,
        }),
      ]);
    }
    expect(await dumpCampaign(p.code)).toBe(before);
    const put = await call('PUT', sheetPath(p.code, 'G1', p.u2), {
      token: unit,
      body: { revision: 0, entries: fullEntries },
    });
    expect(put.body.totals.final).toBe(92); // what is stored is what the totals count
  });

  it('refuses an appraisal reason made only of invisible characters; stores nothing', async () => {
    const p = await seedPlan();
    const unit = await issue('unit', p.u2);
    const path = sheetPath(p.code, 'G1', p.u2);
    await call('PUT', path, { token: unit, body: { revision: 0, entries: fullEntries, submit: true } });
    const before = await dumpCampaign(p.code);
    for (const reason of ['\u200B\u200C\u200D', '\u00AD\u2060\uFEFF', '\u202E']) {
      const r = await call('PUT', `${path}/appraisal`, {
        token: ADMIN,
        body: { revision: 1, entries: [{ criterion: '2.1', appraised: 50, reason }] },
      });
      expect(r.status, JSON.stringify(reason)).toBe(422);
      expect(r.body.errors.map((e: Err) => e.path)).toContain('/entries/0/reason');
    }
    expect(await dumpCampaign(p.code)).toBe(before);
  });

  it('refuses a token label of zero-width characters or with a line break; issues none', async () => {
    const count = async () => (await call('GET', '/tokens')).body.tokens.length;
    const before = await count();
    for (const [label, code] of [
      ['\u200B\u2060', 'no_visible_text'],
      ['Hội đồng\nthi đua', 'line_break'],
    ] as const) {
      const r = await call('POST', '/tokens', { body: { role: 'council', label } });
      expect(r.status).toBe(422);
      expect(brief(r.body.errors)).toEqual([`/label ${code}`]);
    }
    expect(await count()).toBe(before);
  });

  it('holds path parameters and query strings to the policy: 422 naming them', async () => {
    const p = await seedPlan();
    const bidi = encodeURIComponent('\u202E');
    const r = await call('GET', `/campaigns/${p.code}${bidi}/rankings`);
    expect(r.status).toBe(422);
    expect(brief(r.body.errors)).toEqual(['/{campaign} bidi_control']);
    const q = await call('GET', `/campaigns/${p.code}/nominations?award=CO${bidi}`);
    expect(q.status).toBe(422);
    expect(brief(q.body.errors)).toEqual(['/award bidi_control']);
    const zw = await call('GET', `/campaigns/${p.code}${encodeURIComponent('\u200B')}/rankings`);
    expect(zw.status).toBe(200); // a removable invisible character is dropped, as in a body
  });
});

describe('identities on the way in', () => {
  it('refuses a nominee whose name is only invisible characters; files nothing', async () => {
    const { code, u } = await seedAwards();
    const r = await call('POST', `/campaigns/${code}/nominations`, {
      body: { items: [{ award: 'LDTT', nominee: { kind: 'individual', unit: u(1), name: '\u200B\u00AD' } }] },
    });
    expect(r.status).toBe(422);
    expect(brief(r.body.errors)).toEqual(['/items/0/nominee/name no_visible_text']);
    expect((await call('GET', `/campaigns/${code}/nominations`)).body.items).toEqual([]);
  });

  it('counts the same person filed with a soft hyphen, a zero-width space or other spacing once', async () => {
    const { code, u } = await seedAwards();
    const names = ['Nguyễn Văn An', 'Nguy\u00ADễn Văn An', 'NGUYỄN\u200B  VĂN AN', 'Trần Thị Bình'];
    const items = names.map((name) => ({ award: 'LDTT', nominee: { kind: 'individual', unit: u(1), name } }));
    const r = await call('POST', `/campaigns/${code}/nominations`, { body: { items } });
    expect(r.status).toBe(201);
    expect(r.body.items.map((x: { status: string }) => x.status)).toEqual([
      'within_quota',
      'ineligible',
      'ineligible',
      'within_quota',
    ]);
    expect(r.body.items[1].reasons).toEqual([
      'Đã được đề nghị Lao động tiên tiến (hồ sơ trước): mỗi cá nhân, tập thể chỉ được đề nghị một lần cho mỗi danh hiệu',
    ]);
    const list = await call('GET', `/campaigns/${code}/nominations`);
    expect(list.body.items[1].nominee.name).toBe('Nguyễn Văn An'); // stored without the soft hyphen
  });
});
