/**
 * The nominations of the BR-VT demo that show the rules of issue 14, each passing and failing with its reason
 * (the people are in people-brvt.ts, the register in register-brvt.ts):
 *
 * - Lao động tiên tiến of the Sở's own staff (SYT-VP): four pass; one reprimanded, one in post since May,
 *   one rated "hoàn thành nhiệm vụ", one absent 52 days are refused (prerequisites);
 * - Chiến sĩ thi đua cơ sở at BV-LL: Lao động tiên tiến and an initiative pass; one without an initiative, one
 *   not Lao động tiên tiến refused (prerequisite); of those who pass, 15 % of the unit's Lao động tiên tiến
 *   holders in the register are within and one more is over (ratio, base `holders`);
 * - Chiến sĩ thi đua cấp tỉnh: three years of CSTĐCS in the register (BV-LL) passes, two (BV-BR) not (history);
 * - Bằng khen of the Prime Minister: five excellent years with initiatives passes (BV-LL-003), a year rated
 *   good (BV-BR-004) and a previous Bằng khen for 2017–2021 (BV-LL-005) fail (history, `sinceLast`), and five
 *   good years with a Huân chương this year (BV-VT-001) are over the state-level limit;
 * - Tập thể lao động tiên tiến: CDC-BRVT passes; TT-PY has too few Lao động tiên tiến, TT-KN one person warned
 *   (members); Tập thể lao động xuất sắc: BV-BR (with its CSTĐCS) passes, TTYT-VT has no CSTĐCS;
 * - limits across movements: BV-TT-002 filed for Giấy khen twice (2.5, 2.7) — the second over; BV-YHCT-002
 *   already has two forms this year in the register — over the yearly cap; CDC-BRVT as a collective takes two
 *   Giấy khen (2.1, 2.8) — the per-person limits are scoped to individuals.
 */
import type { NominationInput } from '../contract/nominations';
import { BRVT_YEAR, brvtPerson, brvtStaff } from './people-brvt';
import { brvtRegister } from './register-brvt';

/** An individual nomination of person `n` of a unit, with the facts the staff list holds. */
export function personNomination(
  unit: string,
  n: number,
  award: string,
  extra: Partial<NominationInput> = {},
): NominationInput {
  const m = brvtPerson(unit, n);
  return {
    award,
    nominee: {
      kind: 'individual',
      unit,
      staffId: m.staffId,
      name: m.name,
      ...(m.birthDate ? { birthDate: m.birthDate } : {}),
      ...(m.position ? { position: m.position } : {}),
    },
    ...extra,
  };
}

const collective = (unit: string, award: string, extra: Partial<NominationInput> = {}): NominationInput => ({
  award,
  nominee: { kind: 'collective', unit },
  ...extra,
});

/** Holders of Lao động tiên tiến of the campaign's year at a unit, as the register records them. */
export function ldttHolders(unit: string): number {
  const ids = new Set<string>();
  for (const d of brvtRegister)
    if (d.award.title === 'LDTT' && d.period.from <= BRVT_YEAR && d.period.to >= BRVT_YEAR)
      for (const r of d.recipients) if (r.unit === unit && r.staffId) ids.add(r.staffId);
  return ids.size;
}

/** Chiến sĩ thi đua cơ sở at BV-LL: within the 15 % (floor), then one over. */
export const BVLL_CSTDCS_PASS = [1, 6, 7, 10, 11, 12];
export const bvllPlaces = () => Math.floor((ldttHolders('BV-LL') * 15) / 100);

export function peopleNominations(): NominationInput[] {
  const places = bvllPlaces();
  if (places + 1 > BVLL_CSTDCS_PASS.length)
    throw new Error('demo: BV-LL has more CSTĐCS places than its cast');
  return [
    ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => personNomination('SYT-VP', n, 'LDTT')),
    ...BVLL_CSTDCS_PASS.slice(0, places + 1).map((n) => personNomination('BV-LL', n, 'CSTDCS')),
    personNomination('BV-LL', 8, 'CSTDCS'),
    personNomination('BV-LL', 9, 'CSTDCS'),
    personNomination('BV-BR', 1, 'CSTDCS'),
    personNomination('BV-LL', 2, 'CSTD-TINH'),
    personNomination('BV-BR', 3, 'CSTD-TINH'),
    personNomination('BV-LL', 3, 'BANG-KHEN-TTG'),
    personNomination('BV-BR', 4, 'BANG-KHEN-TTG'),
    personNomination('BV-LL', 5, 'BANG-KHEN-TTG'),
    personNomination('BV-VT', 1, 'BANG-KHEN-TTG'),
    collective('CDC-BRVT', 'TAP-THE-LDTT'),
    collective('TT-PY', 'TAP-THE-LDTT'),
    collective('TT-KN', 'TAP-THE-LDTT'),
    collective('TTYT-VT', 'TAP-THE-LDXS'),
    personNomination('BV-TT', 2, 'GIAY-KHEN', { movement: '2.5' }),
    personNomination('BV-TT', 2, 'GIAY-KHEN', { movement: '2.7' }),
    personNomination('BV-YHCT', 2, 'GIAY-KHEN', { movement: '2.9' }),
    collective('CDC-BRVT', 'GIAY-KHEN', { movement: '2.8' }),
  ];
}

/** The people facts of the demo campaign, as the quota pass reads them. */
export const brvtPeople = () => ({ year: BRVT_YEAR, staff: brvtStaff, register: brvtRegister });
