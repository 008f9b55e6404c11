/** Which column of a scoring sheet holds what, and how wide each is drawn. */
import type { ColumnSpec, PlanColumns } from './types';

/** The columns; "Lý do thẩm định" only when shown (appraisal mode, or a reason already given). */
export function columnsFor(showReason: boolean): PlanColumns {
  const last = showReason ? 6 : 5;
  return {
    tt: 0,
    title: 1,
    max: 2,
    self: 3,
    appraised: 4,
    evidence: 5,
    ...(showReason ? { reason: 6 } : {}),
    effective: last + 1,
    sideLabel: last + 3,
    sideValue: last + 4,
  };
}

/** Column widths: the table's, the hidden effective-score column, a gap, then the side panel's. */
export function columnWidths(C: PlanColumns): ColumnSpec[] {
  const columns: ColumnSpec[] = Array.from({ length: C.sideValue + 1 }, () => ({ width: 10 }));
  columns[C.tt] = { width: 6 };
  columns[C.title] = { width: 46 };
  columns[C.max] = { width: 9 };
  columns[C.self] = { width: 9 };
  columns[C.appraised] = { width: 10 };
  columns[C.evidence] = { width: C.reason !== undefined ? 18 : 24 };
  if (C.reason !== undefined) columns[C.reason] = { width: 18 };
  columns[C.effective] = { width: 8, hidden: true };
  columns[C.effective + 1] = { width: 3 };
  columns[C.sideLabel] = { width: 14 };
  columns[C.sideValue] = { width: 26 };
  return columns;
}
