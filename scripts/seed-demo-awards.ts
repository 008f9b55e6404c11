/**
 * The second half of the demo (after the sheets): what the secretariat and the council work with at the
 * end of the year, loaded through the public API as the people concerned would enter it — the leading
 * unit's vote in KHOI-BV, registrations (đăng ký thi đua) of some units, a recorded covenant, and
 * nominations across movements, some over quota or ineligible, so the quotas page explains itself:
 *
 * - 2.4 "Thầy thuốc như mẹ hiền" (10 individuals): 12 filed → 10 within, 2 over;
 * - 2.1, programme "Tiêm chủng mở rộng" (5 collectives, 10 individuals per programme): 2 + 3, within;
 * - 2.6 takes no collectives: a collective filed there is ineligible;
 * - Cờ thi đua in KHOI-BV: the voted leading unit within, the runner-up ineligible (rank, vote);
 * - Tập thể lao động xuất sắc needs a registration: one registered unit within, one not (ineligible);
 * - Chiến sĩ thi đua cơ sở at most 15 % of a unit's Lao động tiên tiến: 7 LĐTT at BV-LL → 1 CSTĐCS within,
 *   the second over.
 *
 * The plan's milestones closed registrations (Q1-DK) and nominations (Q4-DN) in 2023, so the secretariat
 * reopens them as it would (POST …/milestones/{code}/reopen, audited): registrations for a few minutes, to
 * enter the year's registrations late, nominations for a year, so a visitor can try filing.
 */
import type { PlanInput } from '../shared/contract/plan';

type Api = (method: string, path: string, body?: unknown) => Promise<{ status: number; body: unknown }>;

const must = (what: string, r: { status: number; body: unknown }, ok: number[]) => {
  if (!ok.includes(r.status))
    throw new Error(`${what}: HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 500)}`);
  return r;
};

const isoIn = (ms: number) => new Date(Date.now() + ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const DAY = 86_400_000;

/** Staff of the demo units (invented names), taken in order; enough for every person the demo files. */
const PEOPLE = [
  'Nguyễn Thị Thu Hà',
  'Trần Văn Phúc',
  'Lê Thị Ngọc Ánh',
  'Phạm Minh Tuấn',
  'Hoàng Thị Mai',
  'Võ Văn Khánh',
  'Đặng Thị Hồng Nhung',
  'Bùi Quốc Việt',
  'Đỗ Thị Thanh Tâm',
  'Huỳnh Văn Lợi',
  'Ngô Thị Kim Oanh',
  'Dương Văn Sơn',
  'Lý Thị Bích Ngọc',
  'Trịnh Công Danh',
  'Mai Thị Lan Anh',
  'Cao Văn Hùng',
  'Phan Thị Thảo',
  'Vũ Đức Thắng',
  'Tạ Thị Hạnh',
  'Lâm Văn Nghĩa',
  'Châu Thị Diễm',
  'Quách Văn Toàn',
  'Hà Thị Yến',
  'Kiều Văn Bình',
  'Nguyễn Văn Lộc',
  'Trần Thị Mỹ Linh',
  'Lê Hoàng Nam',
  'Phạm Thị Xuân',
  'Nguyễn Hữu Trí',
  'Đinh Thị Phương',
  'Tôn Nữ Minh Châu',
  'La Văn Thành',
  'Âu Thị Hoài Thương',
  'Nông Văn Hải',
  'Thái Thị Ngọc Hân',
  'Từ Văn Khoa',
  'Văn Thị Kiều Trinh',
  'Lục Văn Tài',
];

const SUMMARIES = [
  'Tận tình chăm sóc người bệnh, không để xảy ra sai sót chuyên môn; được người bệnh gửi thư cảm ơn.',
  'Chủ trì áp dụng quy trình tiếp đón mới, rút ngắn thời gian chờ khám trung bình từ 45 xuống 25 phút.',
  'Tham gia trực cấp cứu liên tục trong đợt cao điểm sốt xuất huyết, cứu sống nhiều ca nặng.',
  'Có sáng kiến cải tiến được Hội đồng sáng kiến cơ sở công nhận; hoàn thành xuất sắc nhiệm vụ năm 2023.',
];

export interface AwardsDemoResult {
  registrations: number;
  nominations: number;
  leader: string;
}

/** Whether the campaign has nothing of this half yet (no registration, nomination or vote). */
export async function awardsDemoMissing(call: Api, code: string): Promise<boolean> {
  const c = `/campaigns/${encodeURIComponent(code)}`;
  const regs = must('GET registrations', await call('GET', `${c}/registrations`), [200]).body as {
    registrations: unknown[];
  };
  const noms = must('GET nominations', await call('GET', `${c}/nominations`), [200]).body as {
    items: unknown[];
  };
  const votes = must('GET votes', await call('GET', `${c}/groups/KHOI-BV/votes`), [200]).body as {
    rounds: unknown[];
  };
  return regs.registrations.length === 0 && noms.items.length === 0 && votes.rounds.length === 0;
}

/** Loads the votes, registrations, covenant and nominations (as admin, on the units' behalf). */
export async function seedAwardsDemo(call: Api, plan: PlanInput): Promise<AwardsDemoResult> {
  const code = plan.campaign.code;
  const c = `/campaigns/${encodeURIComponent(code)}`;
  let person = 0;
  const nextPerson = () => PEOPLE[person++ % PEOPLE.length]!;

  // The vote (bình xét) of KHOI-BV: its leading unit reaches 80 % of the 7 members.
  const ranking = must('GET ranking KHOI-BV', await call('GET', `${c}/groups/KHOI-BV/ranking`), [200])
    .body as { rows: { unit: string; rank: number | null }[] };
  const [leader, runnerUp] = ranking.rows.filter((r) => r.rank !== null).map((r) => r.unit);
  if (!leader || !runnerUp) throw new Error('demo: KHOI-BV has fewer than two ranked units');
  must(
    'PUT votes KHOI-BV/1',
    await call('PUT', `${c}/groups/KHOI-BV/votes/1`, {
      members: 7,
      present: 7,
      candidates: [
        { unit: leader, votes: 6 },
        { unit: runnerUp, votes: 1 },
      ],
    }),
    [200],
  );

  // Registrations, entered late: the secretariat reopens the registration milestone for a few minutes.
  must(
    'reopen Q1-DK',
    await call('POST', `${c}/milestones/Q1-DK/reopen`, {
      until: isoIn(10 * 60_000),
      reason: 'Dữ liệu mẫu: nhập bổ sung đăng ký thi đua đầu năm của các đơn vị',
    }),
    [200],
  );
  const registrations: Record<string, { awards: string[]; individuals: number }> = {
    'BV-BR': { awards: ['CO-THI-DUA', 'TAP-THE-LDXS'], individuals: 3 },
    'BV-LL': { awards: ['TAP-THE-LDXS'], individuals: 2 },
    'TTYT-VT': { awards: ['TAP-THE-LDXS'], individuals: 2 },
    'CDC-BRVT': { awards: ['TAP-THE-LDTT'], individuals: 1 },
  };
  for (const [unit, r] of Object.entries(registrations)) {
    const individuals = Array.from({ length: r.individuals }, (_, i) => ({
      name: nextPerson(),
      staffId: `${unit}-${String(i + 1).padStart(3, '0')}`,
      position: i === 0 ? 'Trưởng khoa' : 'Điều dưỡng',
      awards: i === 0 ? ['CSTDCS', 'LDTT'] : ['LDTT'],
    }));
    must(
      `PUT registration ${unit}`,
      await call('PUT', `${c}/units/${unit}/registration`, { awards: r.awards, individuals }),
      [200],
    );
  }

  // A covenant re-signed after the plan was written (the plan's own stands for the other groups).
  must(
    'PUT covenant KHOI-TTYT',
    await call('PUT', `${c}/groups/KHOI-TTYT/covenant`, {
      documentNo: '02/GƯTĐ-KTTYT',
      signedAt: '2023-03-20',
    }),
    [200],
  );

  // Nominations: the secretariat reopens the nominations milestone, then files on the units' behalf.
  must(
    'reopen Q4-DN',
    await call('POST', `${c}/milestones/Q4-DN/reopen`, {
      until: isoIn(365 * DAY),
      reason: 'Dữ liệu mẫu: mở lại việc nộp hồ sơ đề nghị khen thưởng để dùng thử',
    }),
    [200],
  );
  const individual = (
    unit: string,
    award: string,
    extra: Record<string, unknown> = {},
    position = 'Bác sĩ',
  ) => ({
    award,
    nominee: { kind: 'individual', unit, name: nextPerson(), position },
    summary: SUMMARIES[person % SUMMARIES.length],
    ...extra,
  });
  const collective = (unit: string, award: string, extra: Record<string, unknown> = {}) => ({
    award,
    nominee: { kind: 'collective', unit },
    summary: SUMMARIES[(person + 1) % SUMMARIES.length],
    ...extra,
  });
  const hospitals = ['BV-BR', 'BV-LL', 'BV-VT', 'BV-TT', 'BV-YHCT', 'BV-PHC', 'TTYT-VT', 'TTYT-PM'];
  const items = [
    // 2.4: twelve individuals for ten places; the first two carry a priority from the secretariat.
    ...Array.from({ length: 12 }, (_, i) =>
      individual(hospitals[i % hospitals.length]!, 'GIAY-KHEN', {
        movement: '2.4',
        ...(i < 2 ? { priority: i + 1 } : {}),
      }),
    ),
    // 2.1, programme CT-TCMR.
    collective('CDC-BRVT', 'GIAY-KHEN', { movement: '2.1', programme: 'CT-TCMR' }),
    collective('TTYT-VT', 'GIAY-KHEN', { movement: '2.1', programme: 'CT-TCMR' }),
    ...['CDC-BRVT', 'TTYT-XM', 'TTYT-LD'].map((u) =>
      individual(u, 'GIAY-KHEN', { movement: '2.1', programme: 'CT-TCMR' }),
    ),
    // 2.6 takes individuals only.
    collective('BV-BR', 'GIAY-KHEN', { movement: '2.6' }),
    individual('BV-BR', 'GIAY-KHEN', { movement: '2.6' }, 'Điều dưỡng trưởng'),
    // Cờ thi đua of KHOI-BV: the voted leader, and the runner-up.
    collective(leader, 'CO-THI-DUA', { group: 'KHOI-BV' }),
    collective(runnerUp, 'CO-THI-DUA', { group: 'KHOI-BV' }),
    // Tập thể lao động xuất sắc: BV-BR registered it, BV-VT did not.
    collective('BV-BR', 'TAP-THE-LDXS'),
    collective('BV-VT', 'TAP-THE-LDXS'),
    // Lao động tiên tiến and Chiến sĩ thi đua cơ sở at BV-LL (15 % of 7 = 1).
    ...Array.from({ length: 7 }, () => individual('BV-LL', 'LDTT')),
    individual('BV-LL', 'CSTDCS'),
    individual('BV-LL', 'CSTDCS'),
  ];
  const filed = must('POST nominations', await call('POST', `${c}/nominations`, { items }), [201]).body as {
    items: unknown[];
  };
  return { registrations: Object.keys(registrations).length, nominations: filed.items.length, leader };
}
