/**
 * The awards both demo plans consider, with who confers them under the Law on Emulation and Commendation as it
 * stood in 2020–2023 (Decree 91/2017/NĐ-CP). Neither seed lists them; decision 0002.
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
    },
    {
      code: 'BANG-KHEN',
      name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
      nominee: 'any',
      level: `Chủ tịch UBND tỉnh ${province}`,
    },
    { code: 'GIAY-KHEN', name: 'Giấy khen của Giám đốc Sở Y tế', nominee: 'any', level: 'Giám đốc Sở Y tế' },
    {
      code: 'TAP-THE-LDXS',
      name: 'Tập thể lao động xuất sắc',
      nominee: 'collective',
      level: `Chủ tịch UBND tỉnh ${province}`,
    },
    {
      code: 'TAP-THE-LDTT',
      name: 'Tập thể lao động tiên tiến',
      nominee: 'collective',
      level: 'Giám đốc Sở Y tế',
    },
    { code: 'CSTDCS', name: 'Chiến sĩ thi đua cơ sở', nominee: 'individual', level: 'Giám đốc Sở Y tế' },
    { code: 'LDTT', name: 'Lao động tiên tiến', nominee: 'individual', level: 'Thủ trưởng đơn vị' },
  ];
}
