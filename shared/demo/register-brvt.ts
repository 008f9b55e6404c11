/**
 * The register of the BR-VT demo: three earlier years (2020–2022) decided in full from the staff lists, the
 * units' Lao động tiên tiến of 2023, and the decisions the demo cases need — a Bằng khen of the Prime Minister
 * in 2022 (the next one is counted after it), a Huân chương this year (no second state-level form), and two
 * forms this year for one person (the yearly cap).
 */
import type { DecisionInput } from '../contract/register';
import { brvt2023 } from './brvt-2023';
import { BRVT_YEAR, brvtPerson, brvtStaff } from './people-brvt';
import { decision, generatedRegister } from './register';

const individual = (unit: string, n: number) => {
  const m = brvtPerson(unit, n);
  return { kind: 'individual' as const, unit, staffId: m.staffId, name: m.name, birthDate: m.birthDate };
};

const EXTRA: DecisionInput[] = [
  {
    ...decision({
      number: '812/QĐ-TTg',
      date: '2022-06-15',
      issuerLevel: 'government',
      authority: 'Thủ tướng Chính phủ',
      title: 'BANG-KHEN',
      level: 'government',
      category: 'form',
      awardName: 'Bằng khen của Thủ tướng Chính phủ',
      year: 2021,
      recipients: [individual('BV-LL', 5)],
    }),
    period: { from: 2017, to: 2021 },
  },
  {
    ...decision({
      number: '1789/QĐ-CTN',
      date: '2023-11-10',
      issuerLevel: 'state',
      authority: 'Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam',
      title: 'HUAN-CHUONG-LD3',
      level: 'state',
      category: 'form',
      awardName: 'Huân chương Lao động hạng Ba',
      year: 2023,
      recipients: [individual('BV-VT', 1)],
    }),
    period: { from: 2019, to: 2023 },
  },
  decision({
    number: '365/QĐ-BYT',
    date: '2023-02-20',
    issuerLevel: 'ministry',
    authority: 'Bộ trưởng Bộ Y tế',
    title: 'BANG-KHEN',
    level: 'ministry',
    category: 'form',
    awardName: 'Bằng khen của Bộ trưởng Bộ Y tế',
    year: 2023,
    recipients: [individual('BV-YHCT', 2)],
  }),
  decision({
    number: '1456/QĐ-UBND',
    date: '2023-05-15',
    issuerLevel: 'province',
    authority: 'Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu',
    title: 'BANG-KHEN',
    level: 'province',
    category: 'form',
    awardName: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    year: 2023,
    recipients: [individual('BV-YHCT', 2)],
  }),
];

/** Every decision of the demo register, the generated years first. */
export const brvtRegister: DecisionInput[] = [
  ...generatedRegister({
    units: brvt2023.units ?? [],
    staff: brvtStaff,
    years: [2020, 2021, 2022],
    current: BRVT_YEAR,
    province: 'Bà Rịa - Vũng Tàu',
  }),
  ...EXTRA,
];
