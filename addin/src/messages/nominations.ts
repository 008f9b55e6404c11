/** The nominations sheet's labels, what it says about a cell, and the nominations panel of the pane. */

/** Labels written into the nominations worksheet. */
export const nominationSheetText = {
  /** The worksheet's name. */
  sheet: 'Đề nghị khen thưởng',
  /** The worksheet's tab, before the campaign's code ("Đề nghị KT BRVT-YT-2023"). */
  tab: 'Đề nghị KT',
  title: (year: number) => `DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM ${year}`,
  subtitle: (campaign: string, who: string) => `Kế hoạch: ${campaign} · Đơn vị lập: ${who}`,
  hint: 'Mỗi dòng một hồ sơ; chọn danh hiệu/hình thức khen thưởng, phong trào, loại từ danh sách. Cột "Trạng thái" và "Lý do" do máy chủ điền sau khi gửi. Xóa trắng một dòng đã gửi là rút hồ sơ đó.',
  hintUnit: 'Để trống cột "Đơn vị" là đơn vị của bạn (điền sau khi gửi).',
  header: {
    tt: 'TT',
    award: 'Danh hiệu/hình thức khen thưởng',
    movement: 'Phong trào',
    programme: 'Chương trình',
    group: 'Khối/cụm',
    kind: 'Tập thể/Cá nhân',
    unit: 'Đơn vị',
    name: 'Họ và tên',
    position: 'Chức vụ',
    staffId: 'Mã cán bộ',
    birthDate: 'Ngày sinh (dd/mm/yyyy)',
    priority: 'Ưu tiên',
    summary: 'Tóm tắt thành tích',
    status: 'Trạng thái',
    reasons: 'Lý do',
    id: 'Mã hồ sơ',
    sent: 'Đã gửi',
  },
  kind: { collective: 'Tập thể', individual: 'Cá nhân' } as const,
  status: {
    within_quota: 'Trong chỉ tiêu',
    over_quota: 'Vượt chỉ tiêu',
    ineligible: 'Không đủ điều kiện',
  } as Record<string, string>,
  withdrawn: 'Đã rút',
  notOnServer: 'Không còn trên máy chủ',
  listTitle: (what: string) => `Chọn ${what}`,
  listPrompt: (what: string) => `Chọn ${what} từ danh sách.`,
  listAlert: (what: string) => `Giá trị không có trong danh sách ${what}.`,
} as const;

/** What reading a row of the nominations sheet tells the user about a cell. */
export const nominationCellText = {
  unknown: (address: string, what: string, typed: string) =>
    `Ô ${address}: "${typed}" không có trong danh sách ${what}.`,
  required: (address: string, what: string) => `Ô ${address}: cần nhập ${what}.`,
  birthDate: (address: string, typed: string) =>
    `Ô ${address}: ngày sinh "${typed}" không đúng dạng dd/mm/yyyy.`,
  priority: (address: string, typed: string) =>
    `Ô ${address}: thứ tự ưu tiên "${typed}" phải là số nguyên từ 1.`,
  idChanged: (address: string) =>
    `Ô ${address}: mã hồ sơ đã bị sửa tay; hãy tạo lại bảng đề nghị để lấy lại các mã.`,
  row: (row: number, message: string) => `Dòng ${row}: ${message}`,
  /** What a required cell is called in "cần nhập …". */
  what: { award: 'danh hiệu/hình thức khen thưởng', kind: 'loại (tập thể/cá nhân)', unit: 'đơn vị' },
} as const;

/** The nominations panel of the pane. */
export const nominationPaneText = {
  heading: 'Đề nghị khen thưởng',
  intro:
    'Lập danh sách đề nghị trong bảng tính, gửi lên máy chủ và xem ngay hồ sơ nào trong hay vượt chỉ tiêu.',
  campaign: 'Kế hoạch',
  build: 'Tạo / làm mới bảng đề nghị',
  send: 'Gửi đề nghị',
  refresh: 'Làm mới trạng thái',
  noCampaign: 'Chưa có kế hoạch nào để đề nghị.',
  needExcel: 'Mở ngăn này trong Excel để lập bảng đề nghị.',
  building: 'Đang ghi bảng đề nghị vào Excel…',
  sending: 'Đang gửi đề nghị…',
  refreshing: 'Đang lấy trạng thái…',
  built: (n: number) => `Đã tạo bảng đề nghị (${n} hồ sơ đã gửi trước đó).`,
  notBuilt: 'Chưa có bảng đề nghị trong sổ tính này: bấm "Tạo / làm mới bảng đề nghị".',
  nothing: 'Không có dòng nào mới hay đã sửa để gửi.',
  sent: (created: number, changed: number, withdrawn: number) =>
    `Đã gửi: ${created} hồ sơ mới, ${changed} hồ sơ sửa, ${withdrawn} hồ sơ rút.`,
  summary: (within: number, over: number, ineligible: number) =>
    `Trong chỉ tiêu: ${within} · Vượt chỉ tiêu: ${over} · Không đủ điều kiện: ${ineligible}`,
  overList: 'Hồ sơ vượt chỉ tiêu hoặc không đủ điều kiện',
  problems: 'Ô cần sửa',
  invalid: 'Có ô cần sửa (tô đỏ): sửa rồi gửi lại. Các dòng khác không bị gửi.',
  missing: (n: number) =>
    `${n} hồ sơ trên máy chủ chưa có trong bảng: bấm "Tạo / làm mới bảng đề nghị" để đưa vào.`,
  refreshed: 'Đã cập nhật trạng thái từ máy chủ.',
} as const;
