/**
 * Fixtures of the meeting tests: the awards plan with a council of 9, "Chiến sĩ thi đua" decided by a secret
 * ballot (at least 80 % of all members: 8 votes), "Lao động tiên tiến" by the list; two CSTĐ nominations and
 * one LĐTT within quota, frozen in a snapshot.
 */
import type { PlanInput } from '../../shared/contract/plan';
import { awardsPlan } from './awards-fixtures';
import { call } from './helpers';

export const SOURCE = 'Nghị định 152/2025/NĐ-CP (giả định của dữ liệu mẫu)';

export function meetingPlan() {
  const p = awardsPlan();
  const plan: PlanInput = {
    ...p.plan,
    awards: [
      ...(p.plan.awards ?? []),
      {
        code: 'CSTD',
        name: 'Chiến sĩ thi đua cấp tỉnh',
        nominee: 'individual',
        identity: { title: 'CSTD-TINH', level: 'province' },
        category: 'title',
      },
    ],
    rules: [...(p.plan.rules ?? []), { kind: 'ballot', award: 'CSTD', percent: 80, source: SOURCE }],
    council: {
      members: Array.from({ length: 9 }, (_, i) => ({ name: `Thành viên ${i + 1}` })),
      symbol: 'SYT',
    },
  };
  return { ...p, plan };
}

export const openBody = (snapshot: string) => ({
  snapshot,
  heldAt: '2026-12-10T08:00:00+07:00',
  place: 'Phòng họp Sở Y tế',
  chair: 'Thành viên 1',
  secretary: 'Thành viên 9',
  tellers: ['Thành viên 2', 'Thành viên 3'],
  attendance: Array.from({ length: 9 }, (_, i) => ({
    name: `Thành viên ${i + 1}`,
    present: i < 8,
    ...(i === 8 ? { writtenOpinion: true } : {}),
  })),
});

/** The campaign, its three nominations (CSTĐ ×2, LĐTT) and a snapshot of them. */
export async function seedMeeting() {
  const p = meetingPlan();
  const made = await call('POST', '/plans', { body: p.plan });
  if (made.status !== 201) throw new Error(`seedMeeting: ${made.status} ${JSON.stringify(made.body)}`);
  const person = (unit: string, name: string) => ({
    kind: 'individual',
    unit,
    name,
    staffId: `NV-${name.length}`,
  });
  const nom = await call('POST', `/campaigns/${p.code}/nominations`, {
    body: {
      items: [
        { award: 'CSTD', movement: 'M1', nominee: person(p.u(1), 'Nguyễn Văn An') },
        { award: 'CSTD', movement: 'M1', nominee: person(p.u(2), 'Trần Thị Bình') },
        { award: 'LDTT', movement: 'M1', nominee: person(p.u(3), 'Lê Cường') },
      ],
    },
  });
  if (nom.status !== 201) throw new Error(`seedMeeting: ${nom.status} ${JSON.stringify(nom.body)}`);
  const ids = (nom.body.items as { id: string }[]).map((i) => i.id) as [string, string, string];
  const snap = await call('POST', `/campaigns/${p.code}/snapshots`);
  if (snap.status !== 201) throw new Error(`seedMeeting: ${snap.status}`);
  return { ...p, ids, snapshot: snap.body.id as string, sha256: snap.body.sha256 as string };
}
