/** A meeting as the Worker answers it: two proposals by ballot, one by the list (the meeting sheet's tests). */
import type { MeetingView, Proposal } from '../../shared/contract/meetings';

const ballot = { percent: 80, of: 'members' as const, source: 'NĐ 152/2025', base: 9, required: 8 };
export const proposal = (id: string, over: Partial<Proposal> = {}): Proposal => ({
  id,
  award: 'CSTD',
  awardName: 'Chiến sĩ thi đua cấp tỉnh',
  movement: null,
  nominee: { kind: 'individual', unit: 'BV-BR', name: `Người ${id}` },
  summary: null,
  ballot,
  result: null,
  share: null,
  state: 'pending',
  reason: null,
  decision: null,
  ...over,
});
export const meeting: MeetingView = {
  id: 'M-1',
  campaign: 'C',
  snapshot: 'S-1',
  snapshotSha256: 'a'.repeat(64),
  heldAt: '2026-12-10T08:00:00+07:00',
  place: 'Phòng họp Sở',
  chair: 'A',
  secretary: 'B',
  tellers: ['C'],
  agenda: [],
  councilSize: 9,
  present: 8,
  attendance: [],
  status: 'open',
  openedAt: '2026-12-10T08:00:00+07:00',
  openedBy: 'Thường trực',
  closed: null,
  reopenings: [],
  submitted: null,
  counts: { pending: 3, proposed: 0, not_proposed: 0, submitted: 0, awarded: 0 },
  proposals: [proposal('N-1'), proposal('N-2', { ballot: null }), proposal('N-3')],
};
