import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { foldId } from '../../shared/quotas/identity';
import { call, issue } from './helpers';
import { openBody, SOURCE, seedMeeting } from './meeting-fixtures';

const figures = (inFavour: number) => ({ issued: 9, returned: 9, valid: 9, inFavour });

describe('the council meeting', () => {
  it('opens on a snapshot, records ballots and the list, closes, submits, and a decision reaches the register', async () => {
    const s = await seedMeeting();
    const M = `/campaigns/${s.code}/meetings`;
    const council = await issue('council');
    expect((await call('POST', M, { token: council, body: openBody(s.snapshot) })).status).toBe(403);
    const opened = await call('POST', M, { body: openBody(s.snapshot) });
    expect(opened.status).toBe(201);
    const m = opened.body;
    expect(m).toMatchObject({ councilSize: 9, present: 8, status: 'open', snapshotSha256: s.sha256 });
    expect(m.proposals.map((p: { id: string }) => p.id)).toEqual(s.ids);
    expect(m.proposals[0].ballot).toEqual({
      percent: 80,
      of: 'members',
      source: SOURCE,
      base: 9,
      required: 8,
    });
    expect(m.proposals[2].ballot).toBeNull();

    // The council records the ballots: 8 of 9 reach 80 %, 7 does not.
    const ballots = await call('PUT', `${M}/${m.id}/ballots`, {
      token: council,
      body: {
        results: [
          { nomination: s.ids[0], ...figures(8) },
          { nomination: s.ids[1], ...figures(7) },
        ],
      },
    });
    expect(ballots.status).toBe(200);
    const [a, b] = ballots.body.proposals;
    expect(a).toMatchObject({ state: 'proposed', share: 88.89, reason: null, result: figures(8) });
    expect(b.state).toBe('not_proposed');
    expect(b.reason).toBe(
      `Không đề nghị: 7/9 phiếu đồng ý (77,78%), chưa đạt 80% tổng số thành viên Hội đồng (cần ít nhất 8 phiếu) theo ${SOURCE}.`,
    );
    // Not closable while the list is undecided; the council does not decide the list.
    expect((await call('POST', `${M}/${m.id}/close`)).status).toBe(409);
    const listBody = { items: [{ nomination: s.ids[2], propose: true }] };
    expect((await call('PUT', `${M}/${m.id}/list`, { token: council, body: listBody })).status).toBe(403);
    expect((await call('PUT', `${M}/${m.id}/list`, { body: listBody })).status).toBe(200);
    const closed = await call('POST', `${M}/${m.id}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('closed');
    expect(closed.body.counts).toMatchObject({ proposed: 2, not_proposed: 1, pending: 0 });

    // Read-only once closed.
    const late = await call('PUT', `${M}/${m.id}/ballots`, {
      token: council,
      body: { results: [{ nomination: s.ids[1], ...figures(9) }] },
    });
    expect(late.status).toBe(409);

    // A decision before submission is refused; after it, the proposals are awarded and in the register.
    const decision = {
      number: '123/QĐ-UBND',
      date: '2027-01-15',
      issuerLevel: 'province',
      authority: 'Chủ tịch UBND tỉnh',
      items: [s.ids[0]],
    };
    expect((await call('POST', `${M}/${m.id}/decisions`, { body: decision })).status).toBe(409);
    const submitted = await call('POST', `${M}/${m.id}/submit`, {
      body: { documentNo: '45/TTr-SYT', date: '2026-12-20' },
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body.proposals.map((p: { state: string }) => p.state)).toEqual([
      'submitted',
      'not_proposed',
      'submitted',
    ]);
    expect(submitted.body.submitted).toMatchObject({ documentNo: '45/TTr-SYT', date: '2026-12-20' });
    expect((await call('POST', `${M}/${m.id}/reopen`, { body: { reason: 'Sửa' } })).status).toBe(409);
    // One award per decision.
    const mixed = await call('POST', `${M}/${m.id}/decisions`, {
      body: { ...decision, items: [s.ids[0], s.ids[2]] },
    });
    expect(mixed.status).toBe(422);
    expect(mixed.body.errors[0].path).toBe('/items/1');
    const awarded = await call('POST', `${M}/${m.id}/decisions`, { body: decision });
    expect(awarded.status).toBe(201);
    const p0 = awarded.body.proposals[0];
    expect(p0.state).toBe('awarded');
    expect(p0.decision).toMatchObject({ number: '123/QĐ-UBND', date: '2027-01-15' });
    const row = await env.DB.prepare('SELECT * FROM register_decisions WHERE id = ?1')
      .bind(p0.decision.id)
      .first<Record<string, unknown>>();
    expect(row).toMatchObject({
      title: 'CSTD-TINH',
      level: 'province',
      campaign: s.code,
      meeting: m.id,
      year_from: s.plan.campaign.year,
    });
    const recipients = await env.DB.prepare('SELECT kind, unit FROM register_recipients WHERE decision = ?1')
      .bind(p0.decision.id)
      .all();
    expect(recipients.results).toEqual([{ kind: 'individual', unit: s.u(1) }]);
    expect((await call('POST', `${M}/${m.id}/decisions`, { body: decision })).status).toBe(409);
    // Written by the register's own statements: the staff id folded as the register's reads fold it, and
    // the number found by the import's duplicate check whatever its case or spacing.
    const key = await env.DB.prepare('SELECT staff_key FROM register_recipients WHERE decision = ?1')
      .bind(p0.decision.id)
      .first<{ staff_key: string }>();
    expect(key?.staff_key).toBe(foldId('NV-13'));
    const again = await call('POST', '/register/import', {
      body: {
        rows: [
          {
            number: '123/qđ-ubnd',
            date: '2027-01-15',
            issuerLevel: 'province',
            authority: 'Chủ tịch UBND tỉnh',
            award: { title: 'CSTD-TINH', level: 'province' },
            category: 'title',
            awardName: 'Chiến sĩ thi đua cấp tỉnh',
            period: { from: s.plan.campaign.year, to: s.plan.campaign.year },
            kind: 'individual',
            unit: s.u(2),
            staffId: 'NV-14',
            name: 'Trần Thị Bình',
          },
        ],
      },
    });
    expect(again.status, JSON.stringify(again.body)).toBe(422);
    expect(again.body.errors[0]).toMatchObject({ path: '/rows/0/number', code: 'decision_exists' });

    const list = await call('GET', M, { token: council });
    expect(list.body.meetings.map((x: { id: string }) => x.id)).toEqual([m.id]);
    expect(list.body.meetings[0].counts).toMatchObject({ awarded: 1, submitted: 1, not_proposed: 1 });
    const actions = await env.DB.prepare(
      "SELECT action FROM audit_log WHERE campaign = ?1 AND action LIKE 'meeting.%' ORDER BY seq",
    )
      .bind(s.code)
      .all<{ action: string }>();
    expect(actions.results.map((r) => r.action)).toEqual([
      'meeting.open',
      'meeting.ballots',
      'meeting.list',
      'meeting.close',
      'meeting.submit',
      'meeting.decision',
    ]);
  });

  it('checks the figures, and a reopening is an audited correction', async () => {
    const s = await seedMeeting();
    const M = `/campaigns/${s.code}/meetings`;
    const m = (await call('POST', M, { body: openBody(s.snapshot) })).body;
    const bad = await call('PUT', `${M}/${m.id}/ballots`, {
      body: {
        results: [
          { nomination: s.ids[0], issued: 10, returned: 9, valid: 9, inFavour: 9 },
          { nomination: s.ids[1], issued: 9, returned: 9, valid: 8, inFavour: 9 },
          { nomination: s.ids[2], ...figures(9) },
        ],
      },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual([
      '/results/0/issued',
      '/results/1/inFavour',
      '/results/2/nomination',
    ]);
    const unit = await issue('unit', s.u(1));
    expect((await call('GET', `${M}/${m.id}`, { token: unit })).status).toBe(403);
    expect((await call('GET', `${M}/M-none`)).status).toBe(404);

    await call('PUT', `${M}/${m.id}/ballots`, {
      body: { results: [s.ids[0], s.ids[1]].map((nomination) => ({ nomination, ...figures(9) })) },
    });
    await call('PUT', `${M}/${m.id}/list`, {
      body: { items: [{ nomination: s.ids[2], propose: false, reason: 'Chưa đủ hồ sơ' }] },
    });
    expect((await call('POST', `${M}/${m.id}/close`)).status).toBe(200);
    expect((await call('POST', `${M}/${m.id}/reopen`, { body: { reason: '  ' } })).status).toBe(422);
    const reopened = await call('POST', `${M}/${m.id}/reopen`, {
      body: { reason: 'Nhầm phiếu khi tổng hợp' },
    });
    expect(reopened.status).toBe(200);
    expect(reopened.body.status).toBe('open');
    expect(reopened.body.reopenings).toEqual([
      expect.objectContaining({ reason: 'Nhầm phiếu khi tổng hợp' }),
    ]);
    const fixed = await call('PUT', `${M}/${m.id}/ballots`, {
      body: { results: [{ nomination: s.ids[1], ...figures(6) }] },
    });
    expect(fixed.body.proposals[1].state).toBe('not_proposed');
    expect((await call('POST', `${M}/${m.id}/reopen`, { body: { reason: 'x' } })).status).toBe(409);
    const audit = await env.DB.prepare(
      "SELECT action, detail FROM audit_log WHERE campaign = ?1 AND action IN ('meeting.reopen', 'meeting.ballots.correct') ORDER BY seq",
    )
      .bind(s.code)
      .all<{ action: string; detail: string }>();
    expect(audit.results.map((r) => r.action)).toEqual(['meeting.reopen', 'meeting.ballots.correct']);
    expect(JSON.parse(audit.results[1]!.detail).corrected[0].before).toMatchObject({
      state: 'proposed',
      inFavour: 9,
    });
  });
});
