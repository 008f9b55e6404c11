/**
 * The demo's council (Hội đồng Thi đua – Khen thưởng ngành Y tế) and its meeting of December 2023 (issue 15,
 * decision 0039): nine members, the titles it decides by secret ballot with their thresholds, and the meeting
 * held on a snapshot — one member absent with a written opinion, the ballots of which one falls below the
 * threshold. scripts/seed-demo-meeting.ts sends them. Names and figures are illustrative.
 */
import type { MeetingOpen } from '../contract/meetings';
import type { Council } from '../contract/plan';

export const DEMO_COUNCIL: Council = {
  name: 'Hội đồng Thi đua – Khen thưởng ngành Y tế',
  members: [
    { name: 'Nguyễn Văn Hòa', position: 'Giám đốc Sở – Chủ tịch Hội đồng', role: 'chair' },
    { name: 'Trần Thị Mai', position: 'Phó Giám đốc Sở – Phó Chủ tịch Hội đồng', role: 'vice_chair' },
    {
      name: 'Lê Minh Tuấn',
      position: 'Chủ tịch Công đoàn ngành – Phó Chủ tịch Hội đồng',
      role: 'vice_chair',
    },
    { name: 'Phạm Thị Lan', position: 'Chánh Văn phòng Sở – Ủy viên thường trực', role: 'member' },
    { name: 'Võ Thanh Sơn', position: 'Trưởng phòng Nghiệp vụ Y – Ủy viên', role: 'member' },
    { name: 'Đặng Thị Hương', position: 'Trưởng phòng Tổ chức cán bộ – Ủy viên', role: 'member' },
    { name: 'Huỳnh Văn Phúc', position: 'Trưởng phòng Kế hoạch – Tài chính – Ủy viên', role: 'member' },
    { name: 'Bùi Thị Ngọc', position: 'Bí thư Đoàn Thanh niên ngành – Ủy viên', role: 'member' },
    { name: 'Ngô Thị Thu', position: 'Chuyên viên Văn phòng Sở – Thư ký Hội đồng', role: 'secretary' },
  ],
  signer: { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Trần Thị Mai' },
  symbol: 'SYT',
};

/** The meeting as opened on the snapshot (`snapshot` filled in by the loader). */
export const demoMeeting = (snapshot: string): MeetingOpen => ({
  snapshot,
  heldAt: '2023-12-22T08:00:00+07:00',
  place: 'Phòng họp Sở Y tế tỉnh Bà Rịa-Vũng Tàu',
  chair: 'Nguyễn Văn Hòa',
  secretary: 'Ngô Thị Thu',
  tellers: ['Phạm Thị Lan', 'Võ Thanh Sơn', 'Bùi Thị Ngọc'],
  agenda: [
    'Xét các danh hiệu thi đua và hình thức khen thưởng năm 2023',
    'Bỏ phiếu kín các danh hiệu Cờ thi đua và Chiến sĩ thi đua cơ sở',
  ],
  councilSize: DEMO_COUNCIL.members.length,
  attendance: DEMO_COUNCIL.members.map((m, i) => ({
    name: m.name,
    ...(m.position ? { position: m.position } : {}),
    present: i !== 6,
    ...(i === 6 ? { writtenOpinion: true } : {}),
  })),
});

/**
 * The figures of each ballot proposal in agenda order: 9 ballots (8 present, the absent member's written
 * opinion), in favour 9 then 6 then 8 (cycling): ⌈80 % × 9⌉ = 8 is needed, so 6 is "không đề nghị".
 */
export const DEMO_IN_FAVOUR = [9, 6, 8];
export const demoBallot = (i: number) => ({
  issued: 9,
  returned: 9,
  valid: 9,
  inFavour: DEMO_IN_FAVOUR[i % DEMO_IN_FAVOUR.length]!,
});

/** The meeting decides the list: every proposal proposed but the last, left out for this reason. */
export const DEMO_LIST_REFUSAL = 'Hồ sơ chưa đủ minh chứng thành tích; đề nghị xét lại trong đợt sau.';
