/**
 * The rules of issue 14 both demo plans carry (prerequisites, history, members, limits, ratio base, ballots),
 * every figure with its source. Both demo years (2020, 2023) were judged under the Law on Emulation and
 * Commendation of 2003 as amended in 2013 and Decree 91/2017/NĐ-CP; the Law of 2022 (06/2022/QH15) and Decree
 * 98/2023/NĐ-CP took effect on 1 January 2024, and Decree 152/2025/NĐ-CP replaced 98/2023 from 1 July 2025, so
 * a plan of 2024 or later would cite those instead. Figures confirmed against public copies of the texts are
 * cited with their article; the others are marked "(giả định của dữ liệu mẫu)".
 */
import type { PlanInput } from '../contract/plan';

type RuleInput = NonNullable<PlanInput['rules']>[number];

const LAW = 'Luật Thi đua, khen thưởng năm 2003 (sửa đổi, bổ sung năm 2013)';
const DECREE = 'Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ';
const applies = (year: number) =>
  `áp dụng cho năm ${year}; Luật Thi đua, khen thưởng năm 2022 và Nghị định số 98/2023/NĐ-CP có hiệu lực từ 01/01/2024`;
const ASSUMED = '(giả định của dữ liệu mẫu)';

/** The rules for a plan of `year` whose thematic movements (the Sở's own) are `thematic`. */
export function peopleRules(year: number, thematic: readonly string[]): RuleInput[] {
  return [
    {
      kind: 'prerequisite',
      award: 'LDTT',
      requires: [{ fact: 'rating', min: 'good' }, { fact: 'discipline' }, { fact: 'monthsInPost', min: 10 }],
      source: `${LAW}, Điều 24: hoàn thành tốt nhiệm vụ; ${DECREE}: không xét Lao động tiên tiến cho người mới tuyển dụng dưới 10 tháng, người bị kỷ luật từ khiển trách trở lên (${applies(year)})`,
    },
    {
      kind: 'prerequisite',
      award: 'LDTT',
      requires: [{ fact: 'daysAbsent', max: 40 }],
      source: `Quy chế thi đua, khen thưởng ngành Y tế: nghỉ quá 40 ngày làm việc trong năm thì không xét Lao động tiên tiến ${ASSUMED}; khoản 6 Điều 5 Nghị định số 65/2014/NĐ-CP có quy định này, Nghị định số 91/2017/NĐ-CP đã bỏ`,
    },
    {
      kind: 'prerequisite',
      award: 'CSTDCS',
      requires: [
        { fact: 'award', award: 'LDTT' },
        { fact: 'initiative', minLevel: 'unit', count: 1 },
      ],
      source: `${LAW}, Điều 23 và ${DECREE}, khoản 3 Điều 9: đạt tiêu chuẩn Lao động tiên tiến và có sáng kiến được cơ sở công nhận hoặc đề tài nghiên cứu khoa học đã nghiệm thu, áp dụng (${applies(year)})`,
    },
    {
      kind: 'ratio',
      award: 'CSTDCS',
      of: 'LDTT',
      scope: 'unit',
      percent: 15,
      base: 'holders',
      source: `${DECREE}, khoản 3 Điều 9: Chiến sĩ thi đua cơ sở không quá 15% tổng số cá nhân đạt Lao động tiên tiến; cơ sở tính là số người đã được công nhận Lao động tiên tiến năm ${year} trong sổ khen thưởng`,
    },
    {
      kind: 'history',
      award: 'CSTD-TINH',
      requires: { award: { title: 'CSTDCS', level: 'unit' } },
      years: 3,
      includeCurrent: false,
      source: `${LAW}, Điều 22: xét trong số những cá nhân có ba lần liên tục đạt Chiến sĩ thi đua cơ sở; ba năm liền trước năm xét ${ASSUMED}`,
    },
    {
      kind: 'history',
      award: 'BANG-KHEN-TTG',
      nominee: 'individual',
      requires: { rating: 'excellent', initiatives: 1 },
      years: 5,
      includeCurrent: true,
      sinceLast: true,
      source: `Bằng khen của Thủ tướng Chính phủ cho cá nhân: 05 năm liên tục hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có 05 sáng kiến được công nhận ở cơ sở (Điều 23 Nghị định số 65/2014/NĐ-CP; ${DECREE} giữ tiêu chuẩn này ${ASSUMED}); mỗi năm một sáng kiến, tính từ sau thời gian thành tích của lần khen trước`,
    },
    {
      kind: 'members',
      award: 'TAP-THE-LDTT',
      requires: [
        { fact: 'share', of: { award: 'LDTT' }, percent: 50, strict: true },
        { fact: 'discipline', from: 'warning' },
      ],
      source: `${LAW}, Điều 28: có trên 50% cá nhân trong tập thể đạt Lao động tiên tiến và không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên`,
    },
    {
      kind: 'members',
      award: 'TAP-THE-LDXS',
      requires: [
        { fact: 'share', of: { rating: 'complete' }, percent: 100, strict: false },
        { fact: 'share', of: { award: 'LDTT' }, percent: 70, strict: false },
        { fact: 'count', award: 'CSTDCS', min: 1 },
        { fact: 'discipline', from: 'warning' },
      ],
      source: `${LAW}, Điều 27: 100% cá nhân hoàn thành nhiệm vụ, trong đó ít nhất 70% đạt Lao động tiên tiến; có cá nhân đạt Chiến sĩ thi đua cơ sở và không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên`,
    },
    {
      kind: 'limit',
      max: 1,
      category: 'form',
      levels: ['department'],
      nominee: 'individual',
      label: 'Giấy khen của Giám đốc Sở Y tế',
      source: `Một thành tích chỉ đề nghị một hình thức khen thưởng (nguyên tắc khen thưởng của ${LAW}); mỗi cá nhân một Giấy khen của Giám đốc Sở trong năm ${ASSUMED}`,
    },
    {
      kind: 'limit',
      max: 2,
      category: 'form',
      nominee: 'individual',
      movements: [...thematic],
      label: 'hình thức khen thưởng trong năm',
      source: `Mỗi cá nhân không quá 02 hình thức khen thưởng trong năm, kể cả các quyết định đã có trong sổ theo dõi khen thưởng ${ASSUMED}`,
    },
    {
      kind: 'limit',
      max: 1,
      category: 'form',
      levels: ['government', 'state'],
      label: 'hình thức khen thưởng cấp Nhà nước',
      source: `Không đề nghị hai hình thức khen thưởng cấp Nhà nước cho một đối tượng trong cùng một năm ${ASSUMED}`,
    },
    {
      kind: 'ballot',
      award: 'CSTD-TINH',
      percent: 90,
      of: 'members',
      source: `${DECREE}, khoản 8 Điều 45: Hội đồng Thi đua – Khen thưởng họp và bỏ phiếu kín; tỷ lệ phiếu đồng ý từ 90% trở lên tính trên tổng số thành viên Hội đồng`,
    },
    {
      kind: 'ballot',
      award: 'CSTDCS',
      percent: 80,
      of: 'members',
      source: `Hội đồng Thi đua – Khen thưởng ngành bỏ phiếu kín; tỷ lệ phiếu đồng ý từ 80% trở lên tính trên tổng số thành viên ${ASSUMED}`,
    },
    {
      kind: 'ballot',
      award: 'CO-THI-DUA',
      percent: 80,
      of: 'members',
      source: `Hội đồng Thi đua – Khen thưởng ngành bỏ phiếu kín đề nghị Cờ thi đua; tỷ lệ phiếu đồng ý từ 80% trở lên tính trên tổng số thành viên ${ASSUMED}`,
    },
  ];
}
