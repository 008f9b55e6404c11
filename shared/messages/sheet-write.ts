/** Vietnamese texts of the sheet-write rules (shared/rules/sheet-write.ts): read by the Worker and the pane. */

export const sheetWriteMessages = {
  appraiseDraft: 'Chỉ thẩm định được bảng điểm đã nộp; bảng điểm này còn là bản nháp (chưa nộp).',
  reasonRequired: (code: string, title: string) =>
    `Tiêu chí ${code} (${title}): điểm thẩm định khác điểm tự chấm nên phải ghi lý do (dấu cách hay ký tự không hiển thị không được tính là lý do).`,
} as const;
