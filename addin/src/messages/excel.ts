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
} as const;
