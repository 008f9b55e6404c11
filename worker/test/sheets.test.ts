/** Scoring sheets: reading, saving, validation naming criteria, submitting, totals, appraisal, locks, history. */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { call, dumpCampaign, fullEntries, issue, seedPlan, sheetPath } from './helpers';

async function setup() {
  const p = await seedPlan();
  return {
    ...p,
    // Labels are unique among live tokens (decision 0029): each setup's carry its plan's suffix.
    lead: await issue('unit', p.u1, `Trưởng khối U1 ${p.s}`),
    member: await issue('unit', p.u2, `Kế toán U2 ${p.s}`),
    t3: await issue('unit', p.u3, `U3 ${p.s}`),
    t4: await issue('unit', p.u4, `U4 ${p.s}`),
    sec: await issue('secretariat', undefined, `Văn phòng Sở ${p.s}`),
    council: await issue('council', undefined, `Ủy viên Hội đồng ${p.s}`),
    g1: sheetPath(p.code, 'G1', p.u2),
  };
}

describe('GET sheet', () => {
  it('answers revision 0, draft, every criterion empty, for a sheet never written', async () => {
    const t = await setup();
    const r = await call('GET', t.g1, { token: t.member });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      campaign: t.code,
      group: 'G1',
      unit: t.u2,
      revision: 0,
      status: 'draft',
      totals: { self: 0, final: 0, sections: { I: 0, II: 0, T: 0, D: 0 } },
      submittedAt: null,
      locksAt: '2099-12-31T17:00:00+07:00',
      lockedAt: null,
    });
    expect(r.body.template.code).toBe('TPL');
    expect(r.body.entries.map((e: { criterion: string }) => e.criterion)).toEqual([
      '1.1',
      '1.2',
      '2.1',
      'T.1',
      'T.2',
      'D.1',
    ]);
    expect(r.body.entries[0]).toEqual({
      criterion: '1.1',
      self: null,
      appraised: null,
      evidence: null,
      reason: null,
    });
  });

  it('404 for an unknown campaign, group or unit, and for a unit outside the group', async () => {
    const t = await setup();
    expect((await call('GET', sheetPath('NOPE', 'G1', t.u2))).status).toBe(404);
    expect((await call('GET', sheetPath(t.code, 'NOPE', t.u2))).status).toBe(404);
    expect((await call('GET', sheetPath(t.code, 'G1', 'NOPE'))).status).toBe(404);
    const outside = await call('GET', sheetPath(t.code, 'G1', t.u4));
    expect(outside.status).toBe(404);
    expect(outside.body.detail).toContain(t.u4);
  });

  it('lets the unit, its lead, the secretariat and the council read it; another unit gets 403', async () => {
    const t = await setup();
    for (const token of [t.member, t.lead, t.sec, t.council])
      expect((await call('GET', t.g1, { token })).status).toBe(200);
    const r = await call('GET', t.g1, { token: t.t3 });
    expect(r.status).toBe(403);
    expect((await call('GET', `${t.g1}/history`, { token: t.t3 })).status).toBe(403);
  });
});

describe('PUT sheet', () => {
  it('saves a draft, keeps unlisted criteria, clears with null, and recomputes totals', async () => {
    const t = await setup();
    const a = await call('PUT', t.g1, {
      token: t.member,
      body: {
        revision: 0,
        entries: [
          { criterion: '1.1', self: 18.5, evidence: 'BC 12' },
          { criterion: '2.1', self: 60 },
        ],
      },
    });
    expect(a.status).toBe(200);
    expect(a.body).toMatchObject({ revision: 1, status: 'draft', totals: { self: 78.5, final: 78.5 } });
    const b = await call('PUT', t.g1, {
      token: t.member,
      body: {
        revision: 1,
        entries: [
          { criterion: '1.2', self: 0.1 },
          { criterion: '2.1', self: null },
        ],
      },
    });
    expect(b.status).toBe(200);
    const byCode = Object.fromEntries(b.body.entries.map((e: { criterion: string }) => [e.criterion, e]));
    expect(byCode['1.1']).toMatchObject({ self: 18.5, evidence: 'BC 12' });
    expect(byCode['1.2'].self).toBe(0.1);
    expect(byCode['2.1'].self).toBeNull();
    expect(b.body.totals).toEqual({ self: 18.6, final: 18.6, sections: { I: 18.6, II: 0, T: 0, D: 0 } });
    const row = await env.DB.prepare(
      'SELECT total_self, total_final, sections, standard FROM sheets WHERE campaign = ?1 AND unit = ?2',
    )
      .bind(t.code, t.u2)
      .first();
    expect(row).toEqual({
      total_self: 1860,
      total_final: 1860,
      sections: '{"I":1860,"II":0,"T":0,"D":0}',
      standard: 1860,
    });
  });

  it('422 names each wrong criterion: above max, below 0, off step, not a number, unknown, duplicate', async () => {
    const t = await setup();
    const r = await call('PUT', t.g1, {
      token: t.member,
      body: {
        revision: 0,
        entries: [
          { criterion: '1.1', self: 18.3 },
          { criterion: '1.2', self: 11 },
          { criterion: '2.1', self: -1 },
          { criterion: 'T.1', self: 'hai' },
          { criterion: '9.9', self: 1 },
          { criterion: 'D.1', self: 1.005 },
          { criterion: '1.1', self: 1 },
        ],
      },
    });
    expect(r.status).toBe(422);
    const errors = r.body.errors as { path: string; criterion: string; code: string; message: string }[];
    const got = errors.map((e) => `${e.criterion} ${e.code} ${e.path}`).sort();
    expect(got).toEqual(
      [
        '1.1 off_step /entries/0/self',
        '1.2 above_max /entries/1/self',
        '2.1 below_zero /entries/2/self',
        'T.1 not_a_number /entries/3/self',
        '9.9 unknown_criterion /entries/4/criterion',
        'D.1 off_step /entries/5/self',
        '1.1 duplicate_criterion /entries/6/criterion',
      ].sort(),
    );
    expect(errors.find((e) => e.criterion === '1.2')!.message).toContain('vượt điểm chuẩn 10');
    expect(errors.every((e) => e.criterion)).toBe(true);
    expect((await call('GET', t.g1, { token: t.member })).body.revision).toBe(0);
  });

  it('names the criterion of a malformed entry too (evidence not a string)', async () => {
    const t = await setup();
    const r = await call('PUT', t.g1, {
      token: t.member,
      body: { revision: 0, entries: [{ criterion: '1.2', self: 5, evidence: 42 }] },
    });
    expect(r.status).toBe(422);
    expect(r.body.errors).toEqual([
      expect.objectContaining({ path: '/entries/0/evidence', criterion: '1.2' }),
    ]);
  });

  it('submits only a complete sheet, keeps it submitted, withdraws on submit:false', async () => {
    const t = await setup();
    const partial = await call('PUT', t.g1, {
      token: t.member,
      body: { revision: 0, entries: [{ criterion: '1.1', self: 10 }], submit: true },
    });
    expect(partial.status).toBe(422);
    expect(partial.body.errors.map((e: { criterion: string }) => e.criterion)).toEqual(['1.2', '2.1']);
    expect(partial.body.errors[0].code).toBe('missing_score');

    const done = await call('PUT', t.g1, {
      token: t.member,
      body: { revision: 0, entries: fullEntries, submit: true },
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      revision: 1,
      status: 'submitted',
      totals: { self: 92, final: 92, sections: { I: 28, II: 62, T: 4, D: 2 } },
      classification: 'Tốt',
    });
    expect(done.body.submittedAt).toMatch(/\+07:00$/);

    const clear = await call('PUT', t.g1, {
      token: t.member,
      body: { revision: 1, entries: [{ criterion: '2.1', self: null }] },
    });
    expect(clear.status).toBe(422);
    expect(clear.body.errors[0]).toMatchObject({ criterion: '2.1', code: 'missing_score' });

    const edit = await call('PUT', t.g1, {
      token: t.member,
      body: { revision: 1, entries: [{ criterion: 'T.2', self: 3 }] },
    });
    expect(edit.body).toMatchObject({
      status: 'submitted',
      revision: 2,
      totals: { final: 93, sections: { T: 5 } },
    });
    expect(edit.body.submittedAt).toBe(done.body.submittedAt);

    const withdraw = await call('PUT', t.g1, {
      token: t.member,
      body: { revision: 2, entries: [], submit: false },
    });
    expect(withdraw.body).toMatchObject({ status: 'draft', revision: 3, submittedAt: null });
  });

  it('caps bonus and deduction sections and classifies with noZero', async () => {
    const t = await setup();
    const entries = [
      { criterion: '1.1', self: 20 },
      { criterion: '1.2', self: 10 },
      { criterion: '2.1', self: 70 },
      { criterion: 'T.1', self: 3 },
      { criterion: 'T.2', self: 3 },
      { criterion: 'D.1', self: 0 },
    ];
    const r = await call('PUT', t.g1, { token: t.member, body: { revision: 0, entries, submit: true } });
    expect(r.body.totals).toEqual({ self: 105, final: 105, sections: { I: 30, II: 70, T: 5, D: 0 } });
    expect(r.body.classification).toBe('Xuất sắc');
    const zero = await call('PUT', t.g1, {
      token: t.member,
      body: { revision: 1, entries: [{ criterion: '1.2', self: 0 }] },
    });
    expect(zero.body.totals.final).toBe(95);
    expect(zero.body.classification).toBe('Tốt'); // 95 but a standard criterion at 0
  });

  it('only the unit itself writes its self scores', async () => {
    const t = await setup();
    for (const token of [t.lead, t.t3, t.sec, t.council]) {
      const r = await call('PUT', t.g1, { token, body: { revision: 0, entries: fullEntries } });
      expect(r.status).toBe(403);
    }
  });
});

describe('appraisal', () => {
  async function submitted() {
    const t = await setup();
    const r = await call('PUT', t.g1, {
      token: t.member,
      body: { revision: 0, entries: fullEntries, submit: true },
    });
    expect(r.status).toBe(200);
    return t;
  }

  it('the lead appraises with reasons; final uses appraised scores, self stays', async () => {
    const t = await submitted();
    const noReason = await call('PUT', `${t.g1}/appraisal`, {
      token: t.lead,
      body: {
        revision: 1,
        entries: [
          { criterion: '2.1', appraised: 55 },
          { criterion: '1.1', appraised: 18.5 },
        ],
      },
    });
    expect(noReason.status).toBe(422);
    expect(noReason.body.errors).toEqual([
      expect.objectContaining({ criterion: '2.1', code: 'reason_required', path: '/entries/0/reason' }),
    ]);
    const ok = await call('PUT', `${t.g1}/appraisal`, {
      token: t.lead,
      body: { revision: 1, entries: [{ criterion: '2.1', appraised: 55, reason: 'Thiếu chứng từ quý IV' }] },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      revision: 2,
      status: 'appraised',
      totals: { self: 92, final: 85, sections: { II: 55 } },
      classification: 'Tốt',
    });
    expect(ok.body.entries.find((e: { criterion: string }) => e.criterion === '2.1')).toEqual({
      criterion: '2.1',
      self: 62,
      appraised: 55,
      evidence: null,
      reason: 'Thiếu chứng từ quý IV',
    });
    const bad = await call('PUT', `${t.g1}/appraisal`, {
      token: t.sec,
      body: { revision: 2, entries: [{ criterion: '1.1', appraised: 25, reason: 'x' }] },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0]).toMatchObject({ criterion: '1.1', code: 'above_max' });
  });

  it('is refused on a draft (422), to the lead on its own sheet and to others (403)', async () => {
    const t = await setup();
    const draft = await call('PUT', `${t.g1}/appraisal`, {
      token: t.sec,
      body: { revision: 0, entries: [{ criterion: '1.1', appraised: 10, reason: 'x' }] },
    });
    expect(draft.status).toBe(422);
    expect(draft.body.errors[0].code).toBe('not_submitted');
    const own = await call('PUT', `${sheetPath(t.code, 'G1', t.u1)}/appraisal`, {
      token: t.lead,
      body: { revision: 0, entries: [] },
    });
    expect(own.status).toBe(403);
    expect(own.body.detail).toContain('Thường trực');
    for (const token of [t.member, t.t3, t.council]) {
      const r = await call('PUT', `${t.g1}/appraisal`, { token, body: { revision: 0, entries: [] } });
      expect(r.status).toBe(403);
    }
  });

  it('locks an appraised sheet for its unit until the secretariat reopens it', async () => {
    const t = await submitted();
    await call('PUT', `${t.g1}/appraisal`, {
      token: t.lead,
      body: { revision: 1, entries: [{ criterion: '2.1', appraised: 55, reason: 'Thiếu chứng từ' }] },
    });
    const lockedPut = await call('PUT', t.g1, {
      token: t.member,
      body: { revision: 2, entries: [{ criterion: '2.1', self: 60 }] },
    });
    expect(lockedPut.status).toBe(423);
    expect(lockedPut.body.detail).toMatch(/thẩm định/);
    const reopen = await call('POST', `${t.g1}/reopen`, {
      token: t.sec,
      body: { until: '2099-06-30T17:00:00+07:00', reason: 'Bổ sung chứng từ' },
    });
    expect(reopen.status).toBe(200);
    expect(reopen.body).toMatchObject({ revision: 2, status: 'appraised' });
    const again = await call('PUT', t.g1, {
      token: t.member,
      body: { revision: 2, entries: [{ criterion: '2.1', self: 60 }] },
    });
    expect(again.status).toBe(200);
    expect(again.body.status).toBe('submitted');
    expect(again.body.entries.find((e: { criterion: string }) => e.criterion === '2.1')).toMatchObject({
      self: 60,
      appraised: 55,
    });
  });
});

describe('deadlines, locks and reopening', () => {
  it('423 after the deadline; a reopen unlocks one sheet until its time; the appraisal goes on after it', async () => {
    const t = await setup();
    const g2 = sheetPath(t.code, 'G2', t.u4);
    const before = await call('GET', g2, { token: t.t4 });
    expect(before.body).toMatchObject({
      locksAt: '2020-01-31T23:59:59+07:00',
      lockedAt: '2020-01-31T23:59:59+07:00',
    });
    const lockedPut = await call('PUT', g2, {
      token: t.t4,
      body: { revision: 0, entries: fullEntries, submit: true },
    });
    expect(lockedPut.status).toBe(423);
    expect(lockedPut.body.locksAt).toBe('2020-01-31T23:59:59+07:00');
    expect(lockedPut.body.detail).toContain('31/01/2020');

    expect(
      (await call('POST', `${g2}/reopen`, { token: t.t4, body: { until: '2099-01-01', reason: 'x' } }))
        .status,
    ).toBe(403);
    const past = await call('POST', `${g2}/reopen`, {
      token: t.sec,
      body: { until: '2021-01-01', reason: 'x' },
    });
    expect(past.status).toBe(422);
    expect(past.body.errors[0].path).toBe('/until');
    const noReason = await call('POST', `${g2}/reopen`, { token: t.sec, body: { until: '2099-01-01' } });
    expect(noReason.status).toBe(422);

    const reopen = await call('POST', `${g2}/reopen`, {
      token: t.sec,
      body: { until: '2099-01-01', reason: 'Ốm đau' },
    });
    expect(reopen.status).toBe(200);
    expect(reopen.body).toMatchObject({
      revision: 0,
      status: 'draft',
      locksAt: '2099-01-01T23:59:59+07:00',
      lockedAt: null,
    });
    const put = await call('PUT', g2, {
      token: t.t4,
      body: { revision: 0, entries: fullEntries, submit: true },
    });
    expect(put.status).toBe(200);
    expect(put.body.revision).toBe(1);
    // Another member of G2 stays locked.
    const other = await call('PUT', sheetPath(t.code, 'G2', t.u3), {
      token: t.t3,
      body: { revision: 0, entries: fullEntries },
    });
    expect(other.status).toBe(423);

    // The reopen runs out: the unit is locked again, the lead still appraises.
    await env.DB.prepare(
      'UPDATE sheets SET reopen_until = ?4 WHERE campaign = ?1 AND group_code = ?2 AND unit = ?3',
    )
      .bind(t.code, 'G2', t.u4, Date.now() - 1000)
      .run();
    const expired = await call('PUT', g2, {
      token: t.t4,
      body: { revision: 1, entries: [{ criterion: '1.2', self: 1 }] },
    });
    expect(expired.status).toBe(423);
    const appraise = await call('PUT', `${g2}/appraisal`, {
      token: t.t3,
      body: { revision: 1, entries: [{ criterion: '1.2', appraised: 9.5 }] },
    });
    expect(appraise.status).toBe(200);
    expect(appraise.body.status).toBe('appraised');

    const audit = (await call('GET', `/campaigns/${t.code}/audit?action=sheet.reopen`, { token: t.sec })).body
      .items;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor: `Văn phòng Sở ${t.s}`,
      target: `G2/${t.u4}`,
      revisionBefore: 0,
      revisionAfter: 0,
    });
    expect(audit[0].detail).toEqual({ until: '2099-01-01', reason: 'Ốm đau' });
  });

  it('a deadline moved later unlocks the whole group', async () => {
    const t = await setup();
    const g2 = sheetPath(t.code, 'G2', t.u3);
    expect((await call('PUT', g2, { token: t.t3, body: { revision: 0, entries: fullEntries } })).status).toBe(
      423,
    );
    await call('PATCH', `/campaigns/${t.code}/groups/G2`, {
      token: t.sec,
      body: { deadline: '2099-02-01T08:00:00+07:00' },
    });
    expect((await call('PUT', g2, { token: t.t3, body: { revision: 0, entries: fullEntries } })).status).toBe(
      200,
    );
  });
});

describe('rejected writes', () => {
  it('leave the database byte-for-byte as it was (403, 422, 423, 409, 400)', async () => {
    const t = await setup();
    await call('PUT', t.g1, { token: t.member, body: { revision: 0, entries: fullEntries, submit: true } });
    const before = await dumpCampaign(t.code);
    const attempts = [
      call('PUT', t.g1, { token: t.t3, body: { revision: 1, entries: fullEntries } }),
      call('PUT', t.g1, {
        token: t.member,
        body: { revision: 1, entries: [{ criterion: '1.1', self: 21 }] },
      }),
      call('PUT', t.g1, { token: t.member, body: { revision: 0, entries: [{ criterion: '1.1', self: 1 }] } }),
      call('PUT', t.g1, {
        token: t.member,
        raw: '{"revision":',
        headers: { 'Content-Type': 'application/json' },
      }),
      call('PUT', sheetPath(t.code, 'G2', t.u4), {
        token: t.t4,
        body: { revision: 0, entries: fullEntries },
      }),
      call('PUT', `${t.g1}/appraisal`, {
        token: t.lead,
        body: { revision: 0, entries: [{ criterion: '1.1', appraised: 1, reason: 'x' }] },
      }),
      call('PUT', `${t.g1}/appraisal`, {
        token: t.lead,
        body: { revision: 1, entries: [{ criterion: '1.1', appraised: 1 }] },
      }),
    ];
    const statuses = (await Promise.all(attempts)).map((r) => r.status);
    expect(statuses).toEqual([403, 422, 409, 400, 423, 409, 422]);
    expect(await dumpCampaign(t.code)).toBe(before);
  });
});

describe('history and the group list', () => {
  it('keeps every replaced version with its author', async () => {
    const t = await setup();
    await call('PUT', t.g1, {
      token: t.member,
      body: { revision: 0, entries: [{ criterion: '1.1', self: 5 }] },
    });
    await call('PUT', t.g1, { token: t.member, body: { revision: 1, entries: fullEntries, submit: true } });
    await call('PUT', `${t.g1}/appraisal`, {
      token: t.lead,
      body: { revision: 2, entries: [{ criterion: '1.1', appraised: 18.5 }] },
    });
    const h = await call('GET', `${t.g1}/history`, { token: t.council });
    expect(h.status).toBe(200);
    expect(
      h.body.versions.map((v: { revision: number; status: string; actor: string }) => [
        v.revision,
        v.status,
        v.actor,
      ]),
    ).toEqual([
      [2, 'submitted', `Kế toán U2 ${t.s}`],
      [1, 'draft', `Kế toán U2 ${t.s}`],
    ]);
    expect(h.body.versions[1].entries.find((e: { criterion: string }) => e.criterion === '1.1').self).toBe(5);
    expect(h.body.versions[0].totals).toEqual({ self: 92, final: 92 });
  });

  it('lists every member with status and total for the lead, secretariat and council only', async () => {
    const t = await setup();
    await call('PUT', t.g1, { token: t.member, body: { revision: 0, entries: fullEntries, submit: true } });
    const path = `/campaigns/${t.code}/groups/G1/sheets`;
    for (const token of [t.lead, t.sec, t.council]) {
      const r = await call('GET', path, { token });
      expect(r.status).toBe(200);
      expect(
        r.body.sheets.map((s: { unit: string; status: string; total: number | null }) => [
          s.unit,
          s.status,
          s.total,
        ]),
      ).toEqual([
        [t.u1, 'draft', null],
        [t.u2, 'submitted', 92],
        [t.u3, 'draft', null],
      ]);
    }
    expect((await call('GET', path, { token: t.member })).status).toBe(403);
    expect((await call('GET', `/campaigns/${t.code}/groups/NOPE/sheets`, { token: t.member })).status).toBe(
      404,
    );
  });
});
