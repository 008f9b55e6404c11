/**
 * Backup and restore (issue 16): a rich campaign (sheets written, appraised and reopened, votes,
 * registrations, a covenant, nominations, a milestone reopened, two snapshots) backed up, deleted from
 * every table, units and tokens included, then restored: every read answers the same bytes. The registry
 * holds every campaign-scoped table of the schema; a restore refuses what does not fit and resumes what
 * stopped half-way.
 */
import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { CAMPAIGN_TABLES, NOT_CAMPAIGN_SCOPED, REFERENCED_GLOBALS } from '../src/db/backup-tables';
import { awardsPlan, submitSheet } from './awards-fixtures';
import { fetchWith } from './failing-db';
import { ADMIN, call, FUTURE, issue, sheetPath } from './helpers';
import { meetingPlan, openBody } from './meeting-fixtures';

/** A campaign touching every table a campaign owns. */
async function richCampaign() {
  const p = awardsPlan();
  p.plan.milestones = [{ code: 'DK', title: 'Đăng ký thi đua', due: FUTURE, closes: 'registration' }];
  p.plan.council = meetingPlan().plan.council;
  expect((await call('POST', '/plans', { body: p.plan })).status).toBe(201);
  const { code, u } = p;
  const t1 = await submitSheet(code, 'G1', u(1));
  await submitSheet(code, 'G1', u(2), { '1.1': 20 });
  await submitSheet(code, 'G2', u(4), { '2.1': 55 });
  const sheet = sheetPath(code, 'G1', u(2));
  const ok = (r: { status: number; body: unknown }, status = 200) =>
    expect(r.status, JSON.stringify(r.body).slice(0, 300)).toBe(status);
  ok(
    await call('PUT', `${sheet}/appraisal`, {
      token: t1,
      body: { revision: 1, entries: [{ criterion: '1.2', appraised: 9, reason: 'Đối chiếu sổ sách' }] },
    }),
  );
  ok(await call('POST', `${sheet}/reopen`, { body: { until: FUTURE, reason: 'Bổ sung minh chứng' } }));
  ok(
    await call('PUT', `/campaigns/${code}/groups/G1/votes/1`, {
      body: {
        members: 4,
        present: 4,
        candidates: [
          { unit: u(2), votes: 3 },
          { unit: u(1), votes: 1 },
        ],
      },
    }),
  );
  ok(await call('PUT', `/campaigns/${code}/units/${u(2)}/registration`, { body: { awards: ['CO'] } }));
  ok(
    await call('PUT', `/campaigns/${code}/groups/G1/covenant`, {
      body: { documentNo: '01/GƯTĐ-K1', signedAt: '2023-03-10', url: 'https://example.gov.vn/gu.pdf' },
    }),
  );
  const snap1 = await call('POST', `/campaigns/${code}/snapshots`);
  ok(snap1, 201);
  ok(
    await call('POST', `/campaigns/${code}/nominations`, {
      body: {
        items: [
          { award: 'CO', group: 'G1', nominee: { kind: 'collective', unit: u(2) } },
          ...[1, 2, 3, 4].map((i) => ({
            award: 'LDTT',
            movement: 'M2',
            nominee: { kind: 'individual', unit: u(i), name: `Nguyễn Thị Ánh ${i}`, staffId: `NV-${i}` },
          })),
        ],
      },
    }),
    201,
  );
  // The campaign year's staff list of a unit travels in `globals` (decision 0036).
  ok(
    await call('PUT', `/campaigns/${code}/units/${u(1)}/staff`, {
      body: {
        staff: [
          { staffId: 'NV-1', name: 'Nguyễn Thị Ánh 1', rating: 'excellent' },
          { staffId: 'NV-9', name: 'Võ Văn Chín' },
        ],
      },
    }),
  );
  ok(
    await call('POST', `/campaigns/${code}/milestones/DK/reopen`, {
      body: { until: '2100-06-30', reason: 'Gia hạn' },
    }),
  );
  // The plan amended, and a unit's facts changed from this campaign on (decision 0027): plan_amendments and
  // the campaign's own unit facts must travel.
  ok(
    await call('POST', `/campaigns/${code}/amendments`, {
      body: {
        version: 1,
        reason: 'Bổ sung mốc sơ kết',
        changes: [{ kind: 'addMilestone', milestone: { code: 'SK', title: 'Sơ kết 6 tháng', due: FUTURE } }],
      },
    }),
    201,
  );
  ok(
    await call('PUT', `/units/${u(3)}`, {
      body: {
        from: code,
        reason: 'Đổi tên theo quyết định',
        name: 'Trung tâm Y tế khu vực',
        womenShare: 0.7,
      },
    }),
  );
  const snap2 = await call('POST', `/campaigns/${code}/snapshots`);
  ok(snap2, 201);
  // The council's meeting on the last snapshot, with its proposals (decision 0039).
  ok(await call('POST', `/campaigns/${code}/meetings`, { body: openBody(snap2.body.id) }), 201);
  return p;
}

/** The raw answers of every read of the campaign (admin): compared byte for byte. */
async function reads(code: string, units: string[]): Promise<Record<string, string>> {
  const list = await call('GET', `/campaigns/${code}/snapshots`);
  const meetings = await call('GET', `/campaigns/${code}/meetings`);
  expect(meetings.body.meetings.length).toBeGreaterThan(0);
  const paths = [
    `/campaigns/${code}`,
    `/campaigns/${code}/plan`,
    `/campaigns/${code}/audit/verify`,
    `/campaigns/${code}/rankings`,
    `/campaigns/${code}/quotas`,
    `/campaigns/${code}/nominations`,
    `/campaigns/${code}/audit?limit=5000`,
    `/campaigns/${code}/snapshots`,
    ...list.body.snapshots.map((s: { id: string }) => `/campaigns/${code}/snapshots/${s.id}`),
    `/campaigns/${code}/meetings`,
    ...meetings.body.meetings.map((m: { id: string }) => `/campaigns/${code}/meetings/${m.id}`),
    `/campaigns/${code}/registrations`,
    `/campaigns/${code}/calendar`,
    `/campaigns/${code}/staff`,
    ...['G1', 'G2', 'G3'].flatMap((g) => [
      `/campaigns/${code}/groups/${g}/sheets`,
      `/campaigns/${code}/groups/${g}/ranking`,
      `/campaigns/${code}/groups/${g}/consolidated`,
      `/campaigns/${code}/groups/${g}/votes`,
      `/campaigns/${code}/groups/${g}/covenant`,
    ]),
    ...[
      ['G1', units[0]!],
      ['G1', units[1]!],
      ['G2', units[3]!],
    ].map(([group, unit]) => `${sheetPath(code, group!, unit!)}/history`),
  ];
  const out: Record<string, string> = {};
  for (const path of paths) {
    const res = await SELF.fetch(`http://localhost/api/v1${path}`, {
      headers: { Authorization: `Bearer ${ADMIN}` },
    });
    expect(res.status, path).toBe(200);
    // When the answer was computed is not a fact of the campaign.
    out[path] = (await res.text()).replace(/"generatedAt":"[^"]*"/g, '"generatedAt":"…"');
  }
  return out;
}

/** Every table of the schema (SQLite's and D1's own left out: D1 refuses to describe `_cf_*`), by name. */
async function tableNames(): Promise<string[]> {
  const { results } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND substr(name, 1, 4) <> '_cf_' ORDER BY name",
  ).all<{ name: string }>();
  return results.map((r) => r.name);
}

/** A table's columns, read from the schema. */
async function columns(table: string): Promise<string[]> {
  const { results } = await env.DB.prepare(`PRAGMA table_info("${table}")`).all<{ name: string }>();
  return results.map((r) => r.name);
}

/**
 * Removes the campaign from every table (units and their tokens too), by the schema, not the registry: the
 * empty database a restore is for. The audit log is append-only (0005_audit_chain.sql), so its DELETE trigger
 * is dropped for the wipe and created again from its own SQL in the same transaction (a test's power only).
 */
async function wipe(code: string, units: string[]) {
  const results = [];
  for (const name of await tableNames())
    if ((await columns(name)).includes('campaign')) results.push({ name });
  const marks = units.map((_, i) => `?${i + 1}`).join(', ');
  const trigger = await env.DB.prepare(
    "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'audit_log_no_delete'",
  ).first<{ sql: string }>();
  expect(trigger?.sql).toMatch(/BEFORE DELETE ON audit_log/);
  await env.DB.batch([
    env.DB.prepare('PRAGMA defer_foreign_keys = ON'),
    env.DB.prepare('DROP TRIGGER audit_log_no_delete'),
    env.DB.prepare(
      'DELETE FROM snapshot_chunks WHERE snapshot IN (SELECT id FROM snapshots WHERE campaign = ?1)',
    ).bind(code),
    env.DB.prepare(
      'DELETE FROM meeting_proposals WHERE meeting IN (SELECT id FROM meetings WHERE campaign = ?1)',
    ).bind(code),
    ...results.map((t) => env.DB.prepare(`DELETE FROM "${t.name}" WHERE campaign = ?1`).bind(code)),
    env.DB.prepare('DELETE FROM campaigns WHERE code = ?1').bind(code),
    env.DB.prepare(`DELETE FROM tokens WHERE unit IN (${marks})`).bind(...units),
    env.DB.prepare(`DELETE FROM staff WHERE unit IN (${marks})`).bind(...units),
    env.DB.prepare(`DELETE FROM staff_lists WHERE unit IN (${marks})`).bind(...units),
    env.DB.prepare(`DELETE FROM units WHERE code IN (${marks})`).bind(...units),
    env.DB.prepare(trigger!.sql),
  ]);
  expect((await call('GET', `/campaigns/${code}`)).status).toBe(404);
  // The trigger is back: the log refuses a DELETE again.
  await expect(
    env.DB.prepare('DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)').run(),
  ).rejects.toThrow(/append-only/);
}

describe('the registry', () => {
  it('holds every table with a campaign column, or a foreign key to one it holds', async () => {
    const tables = (await tableNames()).map((name) => ({ name }));
    const registered = new Set(CAMPAIGN_TABLES.map((t) => t.name));
    const missing: string[] = [];
    for (const { name } of tables) {
      const cols = await columns(name);
      const fks = await env.DB.prepare(`PRAGMA foreign_key_list("${name}")`).all<{ table: string }>();
      const scoped =
        cols.includes('campaign') ||
        fks.results.some((f) => registered.has(f.table) && !(f.table in NOT_CAMPAIGN_SCOPED));
      if (scoped && !registered.has(name) && !(name in NOT_CAMPAIGN_SCOPED)) missing.push(name);
      if (!scoped && !registered.has(name) && !(name in NOT_CAMPAIGN_SCOPED))
        missing.push(`${name} (neither campaign-scoped nor listed as global)`);
      expect(cols.length, `${name}: columns per INSERT row within 100 parameters`).toBeLessThanOrEqual(100);
    }
    expect(missing).toEqual([]);
    // Every registered table exists; every parent is registered before its child.
    const names = new Set(tables.map((t) => t.name));
    CAMPAIGN_TABLES.forEach((t, i) => {
      expect(names.has(t.name), t.name).toBe(true);
      if ('parent' in t.scope) {
        const parent = t.scope.parent;
        expect(CAMPAIGN_TABLES.findIndex((x) => x.name === parent)).toBeLessThan(i);
      }
    });
    expect(REFERENCED_GLOBALS.map((g) => g.name)).toEqual(['units']);
  });
});

describe('backup and restore', () => {
  it('restores a campaign whose every read answers the same bytes', async () => {
    const p = await richCampaign();
    const units = [1, 2, 3, 4, 5, 6, 7].map(p.u);
    const before = await reads(p.code, units);
    const taken = await call('GET', `/campaigns/${p.code}/backup`);
    expect(taken.status).toBe(200);
    const doc = taken.body;
    for (const t of CAMPAIGN_TABLES) expect(doc.tables[t.name]?.length, t.name).toBeGreaterThan(0);
    expect(doc.globals.units.map((r: { code: string }) => r.code)).toEqual([...units].sort());
    expect(doc.globals.staff_lists).toHaveLength(1);
    expect(doc.globals.staff.map((r: { staff_id: string }) => r.staff_id)).toEqual(['NV-1', 'NV-9']);

    await wipe(p.code, units);
    const restored = await call('POST', '/restore', { body: doc });
    expect(restored.status, JSON.stringify(restored.body).slice(0, 400)).toBe(201);
    expect(restored.body.sha256).toBe(doc.sha256);
    expect(restored.body.written.audit_log).toBe(doc.tables.audit_log.length);

    const after = await reads(p.code, units);
    for (const path of Object.keys(before)) expect(after[path], path).toBe(before[path]);
    // The restored chain verifies, to the same head and with the snapshots' anchors (read above, same bytes).
    const verified = JSON.parse(after[`/campaigns/${p.code}/audit/verify`]!);
    expect(verified).toMatchObject({ ok: true, entries: doc.tables.audit_log.length });
    expect(doc.tables.snapshots.every((s: { audit_seq: unknown }) => typeof s.audit_seq === 'number')).toBe(
      true,
    );
    expect(doc.tables.plan_amendments.map((r: { version: number }) => r.version)).toEqual([2, 3]); // amendment, unit update
    expect(doc.tables.campaign_units.find((r: { unit: string }) => r.unit === p.u(3))).toMatchObject({
      name: 'Trung tâm Y tế khu vực',
      women_share: 0.7,
    });
    const again = await call('GET', `/campaigns/${p.code}/backup`);
    expect({ ...again.body, exportedAt: '' }).toEqual({ ...doc, exportedAt: '' });
    // A restore sent again once complete is refused; the restore itself is in the global log.
    expect((await call('POST', '/restore', { body: doc })).status).toBe(409);
    const logged = await env.DB.prepare(
      "SELECT count(*) AS n FROM audit_log WHERE action = 'campaign.restore' AND target = ?1 AND campaign IS NULL",
    )
      .bind(p.code)
      .first<{ n: number }>();
    expect(logged?.n).toBe(1);
    const global = await call('GET', '/audit/verify');
    expect(global.body.ok, JSON.stringify(global.body)).toBe(true);
    const last = await env.DB.prepare(
      "SELECT chain, hash FROM audit_log WHERE action = 'campaign.restore' AND target = ?1",
    )
      .bind(p.code)
      .first<{ chain: string; hash: string | null }>();
    expect(last?.chain).toBe('');
    expect(last?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  // Lost in the first batch of rows, or in the audit log's (written last, never taken back): resumable both.
  it.each([
    ['the first batch of rows', (sql: string) => sql.startsWith('INSERT'), false],
    ['the audit log', (sql: string) => sql.startsWith('INSERT INTO "audit_log"'), true],
  ])(
    'resumes a restore a D1 failure stopped in %s, and refuses a campaign that exists',
    async (_, target, inLog) => {
      const p = await richCampaign();
      const units = [1, 2, 3, 4, 5, 6, 7].map(p.u);
      const before = await reads(p.code, units);
      const doc = (await call('GET', `/campaigns/${p.code}/backup`)).body;
      expect((await call('POST', '/restore', { body: doc })).status).toBe(409);
      await wipe(p.code, units);

      // The connection is lost after the first part of the writes committed (as if between two batches).
      let failures = 0;
      const losing = new Proxy(env.DB, {
        get(target_, prop) {
          if (prop !== 'batch') return Reflect.get(target_, prop);
          return async (s: D1PreparedStatement[]) => {
            const sql = (s[0] as unknown as { statement?: string }).statement ?? '';
            if (failures || !target(sql) || s.length < 2) return target_.batch(s);
            failures++;
            await target_.batch(s.slice(0, Math.floor(s.length / 2)));
            throw new Error('D1_ERROR: Network connection lost.');
          };
        },
      }) as D1Database;
      const post = () =>
        fetchWith(losing)('http://localhost/api/v1/restore', {
          method: 'POST',
          headers: { Authorization: `Bearer ${ADMIN}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(doc),
        });
      const failed = await post();
      expect(failed.status).toBe(503);
      expect(failed.headers.get('Retry-After')).toBe('1');
      expect(failures).toBe(1);
      // Half-written: the campaign row is there; the same POST resumes.
      expect((await call('GET', `/campaigns/${p.code}`)).status).toBe(200);
      const resumed = await call('POST', '/restore', { body: doc });
      expect(resumed.status, JSON.stringify(resumed.body).slice(0, 300)).toBe(201);
      const written = resumed.body.written as Record<string, number>;
      const total = Object.values(doc.tables as Record<string, unknown[]>).reduce((a, r) => a + r.length, 0);
      expect(Object.values(written).reduce((a, b) => a + b, 0)).toBeLessThan(total);
      // Some of the audit rows were in when the audit log's batch was lost; none when an earlier one was.
      if (inLog) {
        expect(written.audit_log).toBeGreaterThan(0);
        expect(written.audit_log).toBeLessThan(doc.tables.audit_log.length);
        expect(written.campaigns).toBe(0);
      } else expect(written.audit_log).toBe(doc.tables.audit_log.length);
      const after = await reads(p.code, units);
      for (const path of Object.keys(before)) expect(after[path], path).toBe(before[path]);
      expect(JSON.parse(after[`/campaigns/${p.code}/audit/verify`]!).ok).toBe(true);
    },
  );

  it('refuses a tampered, foreign or inconsistent document with 422, leaving nothing', async () => {
    const p = await richCampaign();
    const units = [1, 2, 3, 4, 5, 6, 7].map(p.u);
    const doc = (await call('GET', `/campaigns/${p.code}/backup`)).body;
    await wipe(p.code, units);
    const edited = structuredClone(doc);
    edited.tables.sheets[0].total_final = 10000;
    const tampered = await call('POST', '/restore', { body: edited });
    expect(tampered.status).toBe(422);
    expect(tampered.body.errors[0].path).toBe('/sha256');
    const unknownColumn = structuredClone(doc);
    unknownColumn.tables.votes[0].weight = 2;
    unknownColumn.sha256 = await reseal(unknownColumn);
    const column = await call('POST', '/restore', { body: unknownColumn });
    expect(column.status).toBe(422);
    expect(column.body.detail ?? '').not.toBe('');
    expect(column.body.errors[0].path).toBe('/tables/votes');
    // A sheet of a group the document lacks: a foreign key fails in the middle; all of it is removed.
    const orphan = structuredClone(doc);
    orphan.tables.sheets[0].group_code = 'NO-SUCH-GROUP';
    orphan.sha256 = await reseal(orphan);
    const broken = await call('POST', '/restore', { body: orphan });
    expect(broken.status).toBe(422);
    expect(broken.body.errors[0].code).toBe('constraint');
    expect((await call('GET', `/campaigns/${p.code}`)).status).toBe(404);
    const left = await env.DB.prepare('SELECT count(*) AS n FROM audit_log WHERE campaign = ?1')
      .bind(p.code)
      .first<{ n: number }>();
    expect(left?.n).toBe(0);
    // An audit row its INSERT would refuse, or store as something else: refused before anything is written
    // (an audit row once in is never taken back).
    const last = doc.tables.audit_log.length - 1;
    const bends: [string, (r: Record<string, unknown>) => void][] = [
      ['detail', (r) => (r.detail = '{not json')],
      ['seq', (r) => (r.seq = doc.tables.audit_log[0].seq)],
      ['at', (r) => (r.at = '1700000000000')],
      ['actor', (r) => (r.actor = null)],
      ['target', (r) => (r.target = 'x\uD800')],
    ];
    for (const [column, bend] of bends) {
      const bent = structuredClone(doc);
      bend(bent.tables.audit_log[last]);
      bent.sha256 = await reseal(bent);
      const r = await call('POST', '/restore', { body: bent });
      expect(r.status, column).toBe(422);
      expect(r.body.errors[0].path, column).toBe(`/tables/audit_log/${last}/${column}`);
      expect((await call('GET', `/campaigns/${p.code}`)).status, column).toBe(404);
    }
    const none = await env.DB.prepare('SELECT count(*) AS n FROM audit_log WHERE campaign = ?1')
      .bind(p.code)
      .first<{ n: number }>();
    expect(none?.n).toBe(0);
  });

  it('is the admin’s only, and answers 404 for an unknown campaign', async () => {
    const secretariat = await issue('secretariat');
    const p = await richCampaign();
    expect((await call('GET', `/campaigns/${p.code}/backup`, { token: secretariat })).status).toBe(403);
    expect((await call('GET', '/campaigns/NO-SUCH/backup')).status).toBe(404);
    expect((await call('POST', '/restore', { token: secretariat, body: {} })).status).toBe(403);
  });
});

async function reseal(doc: { campaign: string; migrations: string[]; globals: unknown; tables: unknown }) {
  const { sealed } = await import('../src/services/backup/read');
  return sealed(doc as Parameters<typeof sealed>[0]);
}
