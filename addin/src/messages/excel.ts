/** The names of the workbook operations, said before Excel's own message when one fails. */
export const excelOperation = {
  findNominations: 'Tìm bảng đề nghị',
  writeNominations: 'Ghi bảng đề nghị',
  readNominations: 'Đọc bảng đề nghị',
  writeBackNominations: 'Ghi trạng thái đề nghị',
  writeTables: 'Ghi bảng số liệu',
  writeSheet: 'Ghi bảng điểm',
  readSheet: 'Đọc bảng điểm',
  markCells: 'Đánh dấu ô',
  applyFixes: 'Sửa điểm nhập dạng chữ',
  selectCell: 'Chọn ô',
  listSheets: 'Liệt kê bảng điểm',
  writeMeeting: 'Ghi trang phiên họp',
  readMeeting: 'Đọc kết quả kiểm phiếu',
  writeBackMeeting: 'Ghi kết luận kiểm phiếu',
} as const;

/** Why an operation stopped without changing anything. */
export const excelRefusal = {
  passwordProtected: (sheet: string) =>
    `Trang tính “${sheet}” đang được bảo vệ bằng mật khẩu riêng nên tiện ích không ghi được. Chưa có gì thay đổi: hãy bỏ bảo vệ trang tính (Xem lại → Bỏ bảo vệ trang tính) rồi thử lại.`,
} as const;
