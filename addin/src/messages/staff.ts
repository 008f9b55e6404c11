/** The staff list sheet ("Danh sách cán bộ") and its panel in the pane. */
export const staffSheetText = {
  tab: 'Danh sách cán bộ',
  title: (year: number) => `DANH SÁCH CÁN BỘ, VIÊN CHỨC, NGƯỜI LAO ĐỘNG NĂM ${year}`,
  subtitle: (campaign: string, unit: string) => `Kế hoạch: ${campaign} · Đơn vị: ${unit}`,
  hint: 'Mỗi người một dòng (dán từ bảng tính khác hoặc gõ). Người có nhiều kỷ luật hoặc nhiều sáng kiến/đề tài: thêm dòng ngay dưới, ghi lại đúng "Mã cán bộ" và chỉ điền các cột kỷ luật, sáng kiến/đề tài. Ngày ghi dạng dd/mm/yyyy.',
  header: {
    staffId: 'Mã cán bộ',
    name: 'Họ và tên',
    sex: 'Giới tính',
    birthDate: 'Ngày sinh',
    position: 'Chức vụ',
    department: 'Khoa/phòng',
    startDate: 'Ngày vào làm',
    rating: 'Xếp loại',
    daysAbsent: 'Số ngày nghỉ',
    disciplineForm: 'Kỷ luật: hình thức',
    disciplineDate: 'Kỷ luật: ngày',
    disciplineNo: 'Kỷ luật: số QĐ',
    initiativeKind: 'Sáng kiến/đề tài: loại',
    initiativeTitle: 'Sáng kiến/đề tài: tên',
    initiativeLevel: 'Sáng kiến/đề tài: cấp',
    initiativeNo: 'Sáng kiến/đề tài: số QĐ',
    initiativeDate: 'Sáng kiến/đề tài: ngày QĐ',
  },
  /** A problem of the check on the cell of a field. */
  cell: (address: string, header: string, message: string) => `Ô ${address} (${header}): ${message}`,
  needStaffId: 'cần ghi mã cán bộ (dòng có dữ liệu mà không có mã).',
  differs: (first: number) => `khác với dòng ${first} của cùng mã cán bộ; ghi giống nhau hoặc để trống.`,
  duplicate: (first: number) =>
    `mã cán bộ đã có ở dòng ${first} nhưng không liền kề; các dòng của một người phải liền nhau.`,
} as const;

export const staffPaneText = {
  heading: 'Danh sách cán bộ',
  campaign: 'Kế hoạch',
  unit: 'Đơn vị',
  open: 'Mở / tải lại danh sách',
  check: 'Kiểm tra danh sách',
  send: 'Gửi danh sách',
  needExcel: 'Mở ngăn này trong Excel để nhập danh sách cán bộ.',
  noCampaign: 'Chưa có kế hoạch nào.',
  loading: 'Đang tải danh sách cán bộ…',
  checking: 'Đang kiểm tra danh sách…',
  sending: 'Đang gửi danh sách cán bộ…',
  opened: (people: number, at: string | null) =>
    at ? `Đã tải ${people} người (cập nhật lúc ${at}).` : `Đơn vị chưa gửi danh sách: bảng trống để nhập.`,
  notOpened: 'Chưa có bảng danh sách cán bộ trong sổ tính: bấm "Mở / tải lại danh sách".',
  checked: (people: number) => `Bảng hợp lệ: ${people} người, sẵn sàng gửi.`,
  sent: (people: number) => `Đã gửi danh sách ${people} người; bảng đã được tải lại từ máy chủ.`,
  invalid: 'Có ô cần sửa (tô đỏ, lý do ở cột "Kết quả kiểm tra"). Chưa gửi gì.',
  serverInvalid: 'Máy chủ từ chối danh sách: sửa các ô tô đỏ rồi gửi lại. Không có gì được lưu.',
  problems: 'Ô cần sửa',
  overwrite:
    'Bảng danh sách cán bộ có chỗ đã sửa mà chưa gửi. Tải lại sẽ thay bằng danh sách trên máy chủ. Tiếp tục?',
} as const;
