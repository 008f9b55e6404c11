/**
 * Hand-written rows for the tables of 0007 (staff lists, the register of awards): their composite keys start
 * with an INTEGER year, which the schema-made rows would take for a rowid, so the migration test needs these.
 */
import type { Row } from './rows';

const T = 1_700_000_000_000;

export function peopleRows(tag: string, unit: string): Record<string, Row> {
  const person = {
    staffId: `NV-${tag}`,
    name: 'Nguyễn Văn An',
    rating: 'excellent',
    discipline: [],
    initiatives: [],
  };
  return {
    staff_lists: { year: 2023, unit, people: 1, updated_at: T, updated_by: 'Văn phòng Sở' },
    staff: {
      year: 2023,
      unit,
      idx: 0,
      staff_id: person.staffId,
      staff_key: person.staffId.toLowerCase(),
      name: person.name,
      data: JSON.stringify(person),
    },
    register_decisions: {
      id: `D-${tag}`,
      number_key: `12/qđ-ubnd-${tag}`,
      date: '2022-03-15',
      title: 'CSTD-TINH',
      level: 'province',
      year_from: 2021,
      year_to: 2021,
      data: '{"number":"12/QĐ-UBND","awardName":"Chiến sĩ thi đua cấp tỉnh"}',
      recorded_at: T,
      recorded_by: 'Văn phòng Sở',
    },
    register_recipients: {
      decision: `D-${tag}`,
      idx: 0,
      kind: 'individual',
      unit,
      staff_key: person.staffId.toLowerCase(),
      data: `{"kind":"individual","unit":"${unit}","staffId":"${person.staffId}"}`,
    },
  };
}
