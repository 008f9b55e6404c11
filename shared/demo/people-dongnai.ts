/**
 * The staff and the register of the Đồng Nai 2020 demo: a list for every unit of the sector (not the
 * province's other departments of bloc 12) for 2017–2020, and the register of 2017–2019 decided in full plus the
 * units' Lao động tiên tiến of 2020, generated as for BR-VT (people.ts, register.ts) without a cast: this plan
 * is not the one `npm start` loads, but its data fits its rules the same way.
 */
import { dongnai2020 } from './dongnai-2020';
import { spread } from './names';
import { staffLists, type UnitStaff } from './people';
import { generatedRegister } from './register';

const YEARS = [2017, 2018, 2019, 2020];

const units: UnitStaff[] = (dongnai2020.units ?? [])
  .filter((u) => u.kind !== 'other' && u.code !== 'DN-SYT')
  .map((u) => ({
    unit: u.code,
    kind: u.kind === 'hospital' ? 'hospital' : u.kind === 'office' ? 'office' : 'field',
    size: 24 + spread(u.code, 21, 9),
    womenShare: u.womenShare ?? 0.6,
  }));

const staff = staffLists(units, [], YEARS);

export const dongnaiPeople = {
  staff,
  register: generatedRegister({
    units: dongnai2020.units ?? [],
    staff,
    years: [2017, 2018, 2019],
    current: 2020,
    province: 'Đồng Nai',
  }),
  years: YEARS,
};
