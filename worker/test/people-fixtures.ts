/** Bodies of the staff and register routes for the workerd tests (issue 14). */
import { uid } from './helpers';

/** A staff member; `extra` overrides or adds fields. */
export const person = (staffId: string, extra: Record<string, unknown> = {}) => ({
  staffId,
  name: `Cán bộ ${staffId}`,
  ...extra,
});

/** A decision awarding a unit's collective and one of its people, numbered afresh each call. */
export function registerDecision(unit: string, extra: Record<string, unknown> = {}) {
  return {
    number: `${uid()}/QĐ-UBND`,
    date: '2022-03-15',
    issuerLevel: 'province',
    authority: 'Chủ tịch UBND tỉnh',
    award: { title: 'BANG-KHEN', level: 'province' },
    category: 'form',
    awardName: 'Bằng khen của Chủ tịch UBND tỉnh',
    period: { from: 2021, to: 2021 },
    recipients: [
      { kind: 'collective', unit },
      { kind: 'individual', unit, staffId: 'NV-1', name: 'Nguyễn Văn An' },
    ],
    ...extra,
  };
}

/** An import row (a recipient with its decision's fields). */
export function registerRow(unit: string, number: string, extra: Record<string, unknown> = {}) {
  const { recipients: _, ...d } = registerDecision(unit);
  return { ...d, number, kind: 'individual', unit, staffId: `NV-${uid()}`, name: 'Trần Thị Bình', ...extra };
}

/** An import of two decisions, three rows, numbered afresh each call. */
export function registerImport(unit: string) {
  const a = `${uid()}/QĐ-SYT`;
  const b = `${uid()}/QĐ-UBND`;
  return {
    rows: [
      registerRow(unit, a),
      registerRow(unit, a),
      registerRow(unit, b, { kind: 'collective', staffId: undefined, name: undefined }),
    ],
  };
}
