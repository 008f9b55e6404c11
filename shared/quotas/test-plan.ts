/**
 * Test fixture (used by the quota and nomination tests only): a small plan with the BR-VT 2023 movements'
 * quotas — 2.4: 5 collectives / 10 individuals; 2.6: individuals only; 2.1: 5 / 10 per programme; 2.11: 10 / 20;
 * 2.12: no quota — a ten-member bloc and a three-member cluster, and one rule of each kind.
 */
import { Plan, type PlanInput } from '../contract/plan';
import type { StoredNomination } from './types';

export const BLOC = [
  'BV-BR',
  'BV-VT',
  'BV-LD',
  'BV-PH',
  'BV-TN',
  'BV-CD',
  'BV-XM',
  'BV-DD',
  'BV-CM',
  'BV-TT',
];
export const CLUSTER = ['TTYT-A', 'TTYT-B', 'TTYT-C'];

export function planInput(): PlanInput {
  return {
    campaign: { code: 'BRVT-YT-2023', year: 2023, title: 'Phát động phong trào thi đua ngành Y tế năm 2023' },
    units: [
      { code: 'BV-BR', name: 'Bệnh viện Bà Rịa' },
      ...BLOC.slice(1).map((code) => ({ code, name: `Bệnh viện ${code.slice(3)}` })),
      ...CLUSTER.map((code) => ({ code, name: `Trung tâm Y tế ${code.slice(5)}` })),
      { code: 'SYT-PNV', name: 'Phòng Nghiệp vụ' },
    ],
    awards: [
      { code: 'CO-THI-DUA', name: 'Cờ thi đua', nominee: 'collective' },
      { code: 'BANG-KHEN', name: 'Bằng khen', nominee: 'any' },
      { code: 'GIAY-KHEN', name: 'Giấy khen', nominee: 'any' },
      { code: 'LDTT', name: 'Lao động tiên tiến', nominee: 'individual' },
      { code: 'CSTDCS', name: 'Chiến sĩ thi đua cơ sở', nominee: 'individual' },
      { code: 'TAP-THE-LDXS', name: 'Tập thể lao động xuất sắc', nominee: 'collective' },
    ],
    templates: [
      {
        code: 'TC',
        title: 'Bảng chấm điểm',
        sections: [
          {
            code: 'I',
            title: 'Chuyên môn',
            kind: 'standard',
            criteria: [{ code: '1.1', title: 'Khám', max: 100 }],
          },
        ],
        // Deliberately not sorted: band order comes from `min`, not from the list.
        classification: [
          { label: 'Khá', min: 70 },
          { label: 'Xuất sắc', min: 95, noZero: true },
          { label: 'Trung bình', min: 0 },
          { label: 'Tốt', min: 85 },
        ],
      },
    ],
    groups: [
      { code: 'KHOI-BV', kind: 'khoi', name: 'Khối bệnh viện', template: 'TC', lead: 'BV-BR', members: BLOC },
      {
        code: 'CUM-TT',
        kind: 'cum',
        name: 'Cụm trung tâm',
        template: 'TC',
        lead: 'TTYT-A',
        members: CLUSTER,
      },
    ],
    movements: [
      {
        code: '2.1',
        name: 'Chương trình mục tiêu Y tế - Dân số',
        quota: { collective: 5, individual: 10 },
        programmes: [
          { code: 'CT-LAO', name: 'Phòng chống lao' },
          { code: 'CT-SR', name: 'Phòng chống sốt rét' },
        ],
      },
      {
        code: '2.4',
        name: 'Thầy thuốc như mẹ hiền',
        quota: { collective: 5, individual: 10 },
        responsibleUnit: 'SYT-PNV',
      },
      {
        code: '2.6',
        name: 'Điều dưỡng, Hộ sinh, Trưởng Trạm y tế giỏi',
        quota: { collective: null, individual: 10 },
      },
      {
        code: '2.11',
        name: 'Khen thưởng đột xuất',
        quota: { collective: 10, individual: 20 },
        awards: ['BANG-KHEN', 'GIAY-KHEN'],
      },
      { code: '2.12', name: 'Khen thưởng khác' },
    ],
    rules: [
      { kind: 'share', award: 'CO-THI-DUA', percent: 20, min: 1, source: 'Quy chế khối thi đua' },
      { kind: 'ratio', award: 'CSTDCS', of: 'LDTT', percent: 15 },
      { kind: 'eligibility', award: 'CO-THI-DUA', maxRank: 1, voted: true },
      { kind: 'eligibility', award: 'BANG-KHEN', minClass: 'Tốt' },
      { kind: 'eligibility', award: 'TAP-THE-LDXS', registered: true },
      { kind: 'eligibility', award: 'GIAY-KHEN', registered: true },
    ],
  };
}

export const parsePlan = (input: PlanInput = planInput()): Plan => Plan.parse(input);

let clock = 0;
/**
 * A stored nomination with a filing time one second after the previous one made by this helper (so the order
 * of creation is the filing order unless `filedAt` is given).
 */
export function nomination(
  id: string,
  fields: Partial<Omit<StoredNomination, 'nominee'>> & { nominee?: Partial<StoredNomination['nominee']> },
): StoredNomination {
  clock++;
  const { nominee, ...rest } = fields;
  return {
    id,
    award: 'LDTT',
    filedAt: new Date(Date.UTC(2023, 5, 1, 0, 0, clock)).toISOString(),
    ...rest,
    nominee: { kind: 'individual', unit: 'BV-BR', name: `Người ${id}`, ...nominee },
  };
}
