/** The words every form table (the staff list, the register import, the registration) writes or says of a cell. */
export const formTableText = {
  tt: 'TT',
  messages: 'Kết quả kiểm tra',
  dateFormat: 'dd/mm/yyyy',
  listTitle: (what: string) => `Chọn ${what}`,
  listPrompt: (what: string) => `Chọn ${what} từ danh sách.`,
  listAlert: (what: string) => `Giá trị không có trong danh sách ${what}.`,
  wholeTitle: (what: string) => `Nhập ${what}`,
  wholePrompt: (min: number, max: number) => `Số nguyên từ ${min} đến ${max}.`,
} as const;

/** What reading a form table's row tells about one cell. */
export const formCellText = {
  unknown: (address: string, what: string, typed: string) =>
    `Ô ${address}: "${typed}" không có trong danh sách ${what}.`,
  badDate: (address: string, what: string, typed: string) =>
    `Ô ${address}: ${what} "${typed}" không phải ngày dạng dd/mm/yyyy.`,
  notWhole: (address: string, what: string, typed: string, min: number, max: number) =>
    `Ô ${address}: ${what} "${typed}" phải là số nguyên từ ${min} đến ${max}.`,
  /** A problem of the check or the server, on the cell it names. */
  at: (address: string, message: string) => `Ô ${address}: ${message}`,
  /** A problem about a row as a whole. */
  row: (row: number, message: string) => `Dòng ${row}: ${message}`,
} as const;
