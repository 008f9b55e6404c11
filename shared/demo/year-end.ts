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
 * - the rules on people and the register (issue 14): year-end-people.ts.
 *
 * Every person filed or registered is on the unit's staff list (people-brvt.ts), by `staffId`.
 *
 * Only the bodies: scripts/seed-demo-awards.ts sends them, and reopens the milestones they need.
 */
import type { NominationInput } from '../contract/nominations';
import type { Registration } from '../contract/registrations';
import type { VotePut } from '../contract/votes';
import { brvtPerson } from './people-brvt';
import { peopleNominations, personNomination } from './year-end-people';

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
        individuals: Array.from({ length: r.individuals }, (_, i) => {
          const m = brvtPerson(unit, i + 1);
          return {
            name: m.name,
            staffId: m.staffId,
            ...(m.position ? { position: m.position } : {}),
            awards: i === 0 ? ['CSTDCS', 'LDTT'] : ['LDTT'],
          };
        }),
      },
    ]),
  );

  let summary = 0;
  const individual = (unit: string, n: number, award: string, extra: Partial<NominationInput> = {}) =>
    personNomination(unit, n, award, { summary: SUMMARIES[summary++ % SUMMARIES.length], ...extra });
  const collective = (
    unit: string,
    award: string,
    extra: Partial<NominationInput> = {},
  ): NominationInput => ({
    award,
    nominee: { kind: 'collective', unit },
    summary: SUMMARIES[(summary + 1) % SUMMARIES.length],
    ...extra,
  });
  const hospitals = ['BV-BR', 'BV-LL', 'BV-VT', 'BV-TT', 'BV-YHCT', 'BV-PHC', 'TTYT-VT', 'TTYT-PM'];
  const nominations = [
    // 2.4: twelve individuals for ten places; the first two carry a priority from the secretariat.
    ...Array.from({ length: 12 }, (_, i) =>
      individual(hospitals[i % hospitals.length]!, 20 + i, 'GIAY-KHEN', {
        movement: '2.4',
        ...(i < 2 ? { priority: i + 1 } : {}),
      }),
    ),
    // 2.1, programme CT-TCMR.
    collective('CDC-BRVT', 'GIAY-KHEN', { movement: '2.1', programme: 'CT-TCMR' }),
    collective('TTYT-VT', 'GIAY-KHEN', { movement: '2.1', programme: 'CT-TCMR' }),
    ...['CDC-BRVT', 'TTYT-XM', 'TTYT-LD'].map((u) =>
      individual(u, 15, 'GIAY-KHEN', { movement: '2.1', programme: 'CT-TCMR' }),
    ),
    // 2.6 takes individuals only.
    collective('BV-BR', 'GIAY-KHEN', { movement: '2.6' }),
    individual('BV-BR', 16, 'GIAY-KHEN', { movement: '2.6' }),
    // Cờ thi đua of KHOI-BV: the voted leader, and the runner-up.
    collective(leader, 'CO-THI-DUA', { group: VOTE_GROUP }),
    collective(runnerUp, 'CO-THI-DUA', { group: VOTE_GROUP }),
    // Tập thể lao động xuất sắc: BV-BR registered it, BV-VT did not.
    collective('BV-BR', 'TAP-THE-LDXS'),
    collective('BV-VT', 'TAP-THE-LDXS'),
    ...peopleNominations().map((n) => ({ ...n, summary: SUMMARIES[summary++ % SUMMARIES.length] })),
  ];
  return { vote, registrations, nominations };
}
