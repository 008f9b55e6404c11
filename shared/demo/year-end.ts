/**
 * The second half of the BR-VT 2023 demo (after the sheets): what the secretariat and the council work with
 * at the end of the year, as the people concerned would enter it — the leading unit's vote in KHOI-BV,
 * registrations (đăng ký thi đua) of some units, a recorded covenant, and nominations across movements, some
 * over quota or ineligible, so the quotas page explains itself:
 *
 * - 2.4 "Thầy thuốc như mẹ hiền" (10 individuals): 12 filed → 10 within, 2 over;
 * - 2.1, programme "Tiêm chủng mở rộng" (5 collectives, 10 individuals per programme): 2 + 3, within;
 * - 2.6 takes no collectives: a collective filed there is ineligible;
 * - Cờ thi đua in KHOI-BV: the voted leading unit within, the runner-up ineligible (rank, vote);
 * - Tập thể lao động xuất sắc needs a registration: one registered unit within, one not (ineligible);
 * - Chiến sĩ thi đua cơ sở at most 15 % of a unit's Lao động tiên tiến: 7 LĐTT at BV-LL → 1 CSTĐCS within,
 *   the second over.
 *
 * Only the bodies: scripts/seed-demo-awards.ts sends them, and reopens the milestones they need.
 */
import type { NominationInput } from '../contract/nominations';
import type { Registration } from '../contract/registrations';
import type { VotePut } from '../contract/votes';

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

/** The group whose vote the demo records. */
export const VOTE_GROUP = 'KHOI-BV';

/** The secretariat's reasons for reopening the closed milestones (audited, as a real reopening is). */
export const REOPEN = {
  registrations: {
    milestone: 'Q1-DK',
    reason: 'Dữ liệu mẫu: nhập bổ sung đăng ký thi đua đầu năm của các đơn vị',
  },
  nominations: {
    milestone: 'Q4-DN',
    reason: 'Dữ liệu mẫu: mở lại việc nộp hồ sơ đề nghị khen thưởng để dùng thử',
  },
} as const;

/** A covenant re-signed after the plan was written (the plan's own stands for the other groups). */
export const COVENANT = { group: 'KHOI-TTYT', documentNo: '02/GƯTĐ-KTTYT', signedAt: '2023-03-20' } as const;

export interface YearEndDemo {
  vote: VotePut;
  registrations: Record<string, Registration>;
  nominations: NominationInput[];
}

/** The vote, registrations and nominations, given KHOI-BV's two best ranked units (known once sheets are in). */
export function yearEndDemo(leader: string, runnerUp: string): YearEndDemo {
  let person = 0;
  const nextPerson = () => PEOPLE[person++ % PEOPLE.length]!;

  // The vote (bình xét) of KHOI-BV: its leading unit reaches 80 % of the 7 members.
  const vote: VotePut = {
    members: 7,
    present: 7,
    candidates: [
      { unit: leader, votes: 6 },
      { unit: runnerUp, votes: 1 },
    ],
  };

  const registered: Record<string, { awards: string[]; individuals: number }> = {
    'BV-BR': { awards: ['CO-THI-DUA', 'TAP-THE-LDXS'], individuals: 3 },
    'BV-LL': { awards: ['TAP-THE-LDXS'], individuals: 2 },
    'TTYT-VT': { awards: ['TAP-THE-LDXS'], individuals: 2 },
    'CDC-BRVT': { awards: ['TAP-THE-LDTT'], individuals: 1 },
  };
  const registrations = Object.fromEntries(
    Object.entries(registered).map(([unit, r]) => [
      unit,
      {
        awards: r.awards,
        individuals: Array.from({ length: r.individuals }, (_, i) => ({
          name: nextPerson(),
          staffId: `${unit}-${String(i + 1).padStart(3, '0')}`,
          position: i === 0 ? 'Trưởng khoa' : 'Điều dưỡng',
          awards: i === 0 ? ['CSTDCS', 'LDTT'] : ['LDTT'],
        })),
      },
    ]),
  );

  const individual = (
    unit: string,
    award: string,
    extra: Partial<NominationInput> = {},
    position = 'Bác sĩ',
  ): NominationInput => ({
    award,
    nominee: { kind: 'individual', unit, name: nextPerson(), position },
    summary: SUMMARIES[person % SUMMARIES.length],
    ...extra,
  });
  const collective = (
    unit: string,
    award: string,
    extra: Partial<NominationInput> = {},
  ): NominationInput => ({
    award,
    nominee: { kind: 'collective', unit },
    summary: SUMMARIES[(person + 1) % SUMMARIES.length],
    ...extra,
  });
  const hospitals = ['BV-BR', 'BV-LL', 'BV-VT', 'BV-TT', 'BV-YHCT', 'BV-PHC', 'TTYT-VT', 'TTYT-PM'];
  const nominations = [
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
    collective(leader, 'CO-THI-DUA', { group: VOTE_GROUP }),
    collective(runnerUp, 'CO-THI-DUA', { group: VOTE_GROUP }),
    // Tập thể lao động xuất sắc: BV-BR registered it, BV-VT did not.
    collective('BV-BR', 'TAP-THE-LDXS'),
    collective('BV-VT', 'TAP-THE-LDXS'),
    // Lao động tiên tiến and Chiến sĩ thi đua cơ sở at BV-LL (15 % of 7 = 1).
    ...Array.from({ length: 7 }, () => individual('BV-LL', 'LDTT')),
    individual('BV-LL', 'CSTDCS'),
    individual('BV-LL', 'CSTDCS'),
  ];
  return { vote, registrations, nominations };
}
