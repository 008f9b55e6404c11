/** A small plan for the nominations sheet's tests: awards of each kind, a movement with a quota, programmes. */
import { Plan } from '../../shared/contract/plan';
import type { NominationView } from '../src/api/awards';
import { NC } from '../src/sheets/nominations/columns';
import { buildNominationsPlan } from '../src/sheets/nominations/layout';

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

/** A quota reason, as the server words it. */
export const over = 'Phong trào M1: đã đủ 1 cá nhân (chỉ tiêu 1)';
/** The sample sheet: two of U2's nominations, one over quota. */
export const build = (
  items = [item('N-a', 'Nguyễn Văn A', 'within_quota'), item('N-b', 'Trần Thị B', 'over_quota', [over])],
) => buildNominationsPlan({ plan: awardsPlan, unit: 'U2', owner: 'U2', items });

/** The read range's values as the plan wrote them, with `typed` (row → column → value) over them. */
export function valuesOf(
  plan: ReturnType<typeof build>,
  typed: Record<number, Record<number, unknown>> = {},
) {
  const out: unknown[][] = [];
  for (let r = plan.layout.firstRow; r <= plan.layout.lastRow; r++) {
    const line = plan.cells[r - 1]!.slice(0, NC.sent + 1) as unknown[];
    for (const [c, v] of Object.entries(typed[r] ?? {})) line[Number(c)] = v;
    out.push(line);
  }
  return out;
}
