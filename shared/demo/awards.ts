/**
 * The awards both demo plans consider, with who confers them and their identity across years (a title or form
 * and its level, which the register of awards uses too) and category: danh hiệu thi đua (`title`) or hình thức
 * khen thưởng (`form`). Neither seed lists them; decision 0002. Both demo years (2020, 2023) fall under the Law
 * on Emulation and Commendation of 2003 (amended 2013) and Decree 91/2017/NĐ-CP: the Law of 2022 and Decree
 * 98/2023/NĐ-CP took effect on 1 January 2024 (Decree 152/2025/NĐ-CP replaced 98/2023 from 1 July 2025).
 */
import type { PlanInput } from '../contract/plan';

type AwardInput = NonNullable<PlanInput['awards']>[number];

/** The usual titles and forms of a provincial health sector's year, top to bottom. */
export function sectorAwards(province: string): AwardInput[] {
  return [
    {
      code: 'CO-THI-DUA',
      name: 'Cờ thi đua của Ủy ban nhân dân tỉnh',
      nominee: 'collective',
      level: `UBND tỉnh ${province}`,
      identity: { title: 'CO-THI-DUA', level: 'province' },
      category: 'title',
    },
    {
      code: 'BANG-KHEN-TTG',
      name: 'Bằng khen của Thủ tướng Chính phủ',
      nominee: 'any',
      level: 'Thủ tướng Chính phủ',
      identity: { title: 'BANG-KHEN', level: 'government' },
      category: 'form',
    },
    {
      code: 'BANG-KHEN',
      name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
      nominee: 'any',
      level: `Chủ tịch UBND tỉnh ${province}`,
      identity: { title: 'BANG-KHEN', level: 'province' },
      category: 'form',
    },
    {
      code: 'GIAY-KHEN',
      name: 'Giấy khen của Giám đốc Sở Y tế',
      nominee: 'any',
      level: 'Giám đốc Sở Y tế',
      identity: { title: 'GIAY-KHEN', level: 'department' },
      category: 'form',
    },
    {
      code: 'TAP-THE-LDXS',
      name: 'Tập thể lao động xuất sắc',
      nominee: 'collective',
      level: `Chủ tịch UBND tỉnh ${province}`,
      identity: { title: 'TT-LDXS', level: 'province' },
      category: 'title',
    },
    {
      code: 'TAP-THE-LDTT',
      name: 'Tập thể lao động tiên tiến',
      nominee: 'collective',
      level: 'Giám đốc Sở Y tế',
      identity: { title: 'TT-LDTT', level: 'department' },
      category: 'title',
    },
    {
      code: 'CSTD-TINH',
      name: 'Chiến sĩ thi đua cấp tỉnh',
      nominee: 'individual',
      level: `Chủ tịch UBND tỉnh ${province}`,
      identity: { title: 'CSTD-TINH', level: 'province' },
      category: 'title',
    },
    {
      code: 'CSTDCS',
      name: 'Chiến sĩ thi đua cơ sở',
      nominee: 'individual',
      level: 'Giám đốc Sở Y tế',
      identity: { title: 'CSTDCS', level: 'unit' },
      category: 'title',
    },
    {
      code: 'LDTT',
      name: 'Lao động tiên tiến',
      nominee: 'individual',
      level: 'Thủ trưởng đơn vị',
      identity: { title: 'LDTT', level: 'unit' },
      category: 'title',
    },
  ];
}
