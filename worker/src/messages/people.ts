/** Vietnamese texts of staff lists and the register of awards (issue 14). */

export const peopleApiMessages = {
  staffWriteForbidden: (unit: string) =>
    `Chỉ đơn vị "${unit}" hoặc Thường trực được gửi danh sách cán bộ của đơn vị.`,
  staffReadForbidden: (unit: string) =>
    `Chỉ đơn vị "${unit}", Thường trực và Hội đồng được xem danh sách cán bộ của đơn vị.`,
  staffEarlierSecretariat: 'Chỉ Thường trực hoặc quản trị được gửi danh sách cán bộ của các năm trước.',
  staffYearInvalid: 'Năm phải là số nguyên từ 1945 đến 2100.',
  registerReadForbidden: 'Đơn vị chỉ xem được các quyết định khen thưởng có tên đơn vị hoặc cán bộ của mình.',
  registerDecisionExists: (number: string, date: string) =>
    `Quyết định số ${number} ngày ${date} đã có trong sổ theo dõi khen thưởng.`,
  registerRowDecisionExists: (row: string, number: string, date: string) =>
    `${row}: quyết định số ${number} ngày ${date} đã có trong sổ theo dõi khen thưởng; bỏ các dòng của quyết định này khỏi bảng nhập.`,
  registerPeriodReversed: (from: number, to: number) =>
    `Năm thành tích từ ${from} đến ${to}: năm bắt đầu phải không sau năm kết thúc.`,
  registerUnknownUnit: (path: string, unit: string) =>
    `Đơn vị "${unit}" (${path}) không có trong danh mục đơn vị của Sở.`,
  registerImportBad: (rows: number, problems: number) =>
    `Bảng nhập có ${rows} dòng sai (${problems} lỗi); chưa lưu dòng nào. Sửa các dòng được nêu rồi gửi lại.`,
  staffNotInList: (staffId: string, unit: string, year: number) =>
    `Mã cán bộ "${staffId}" không có trong danh sách cán bộ năm ${year} của đơn vị "${unit}".`,
  staffFactDiffers: (field: string, sent: string, listed: string, staffId: string) =>
    `${field} "${sent}" khác với danh sách cán bộ ("${listed}") của mã cán bộ "${staffId}"; để trống để lấy theo danh sách.`,
  staffField: { name: 'Họ tên', birthDate: 'Ngày sinh', position: 'Chức vụ' } as Record<string, string>,
} as const;
