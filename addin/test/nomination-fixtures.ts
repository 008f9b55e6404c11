/** A small plan for the nominations sheet's tests: awards of each kind, a movement with a quota, programmes. */
import { Plan } from '../../shared/contract/plan';
import type { NominationView } from '../src/api/awards';

export const awardsPlan = Plan.parse({
  campaign: { code: 'C-2023', year: 2023, title: 'Kế hoạch thử' },
  units: [
    { code: 'U1', name: 'Bệnh viện Một' },
    { code: 'U2', name: 'Bệnh viện Hai' },
  ],
  awards: [
    { code: 'CO', name: 'Cờ thi đua', nominee: 'collective' },
    { code: 'CSTD', name: 'Chiến sĩ thi đua cơ sở', nominee: 'individual' },
    { code: 'BK', name: 'Bằng khen', nominee: 'any' },
  ],
  templates: [
    {
      code: 'TPL',
      title: 'Bảng thử',
      sections: [
        {
          code: 'I',
          title: 'Chuyên môn',
          kind: 'standard',
          criteria: [{ code: '1.1', title: 'Khám chữa bệnh', max: 20 }],
        },
      ],
      classification: [{ label: 'Tốt', min: 0 }],
    },
  ],
  groups: [
    {
      code: 'G1',
      kind: 'khoi',
      name: 'Khối một',
      template: 'TPL',
      lead: 'U1',
      members: ['U1', 'U2'],
    },
  ],
  movements: [
    { code: 'M1', name: 'Phong trào một', quota: { individual: 1 } },
    { code: 'M2', name: 'Phong trào hai', programmes: [{ code: 'P1', name: 'Chương trình một' }] },
  ],
});

export function item(
  id: string,
  name: string,
  status: NominationView['status'],
  reasons: string[] = [],
): NominationView {
  return {
    id,
    award: 'CSTD',
    movement: 'M1',
    nominee: { kind: 'individual', unit: 'U2', name, birthDate: '1985-03-04' },
    status,
    reasons,
    rules: [],
    filedAt: '2023-11-01T08:00:00+07:00',
    filedBy: 'Đơn vị U2',
  };
}
