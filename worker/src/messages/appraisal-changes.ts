/** Vietnamese texts of the changed scores under the consolidated sheet (CSV) and on their xlsx sheet. */
export const appraisalChangeMessages = {
  changesTitle: (conflicts: number) =>
    conflicts > 0
      ? `Các điểm thay đổi khi thẩm định (${conflicts} thay đổi do đơn vị đang được bình xét chấm cho đơn vị khác)`
      : 'Các điểm thay đổi khi thẩm định',
  /** The xlsx sheet of the changes (at most 31 characters). */
  changesSheet: 'Thay đổi khi thẩm định',
  changesHeader: {
    unit: 'Mã đơn vị',
    criterion: 'Tiêu chí',
    self: 'Tự chấm',
    appraised: 'Thẩm định',
    delta: 'Chênh lệch',
    reason: 'Lý do',
    by: 'Người thẩm định',
    byUnit: 'Đơn vị thẩm định',
    at: 'Thời điểm',
    conflict: 'Xung đột lợi ích',
    conflictYes: 'Có',
  },
} as const;
