/** The registration sheet ("Đăng ký thi đua"), its panel, and the secretariat's pulls of registrations and the calendar. */
export const registrationSheetText = {
  tab: 'Đăng ký thi đua',
  header: {
    subject: 'Tập thể hoặc cán bộ',
    award: 'Danh hiệu, hình thức đăng ký',
  },
  /** The subject of a collective row. */
  collective: 'Tập thể đơn vị',
  /** A staff member as the list offers them. */
  person: (staffId: string, name: string) => `${staffId} · ${name}`,
  cell: (address: string, header: string, message: string) => `Ô ${address} (${header}): ${message}`,
  needSubject: 'chọn "Tập thể đơn vị" hoặc một cán bộ trong danh sách cán bộ.',
  needAward: 'chọn danh hiệu hoặc hình thức đăng ký.',
  twice: (first: number) => `đã đăng ký ở dòng ${first}; mỗi danh hiệu ghi một lần cho mỗi đối tượng.`,
  noStaff:
    'Đơn vị chưa gửi danh sách cán bộ của năm: chỉ đăng ký được cho tập thể. Gửi "Danh sách cán bộ" trước để đăng ký cho cá nhân.',
} as const;

export const registrationPaneText = {
  heading: 'Đăng ký thi đua',
  campaign: 'Kế hoạch',
  unit: 'Đơn vị',
  open: 'Mở / tải lại bản đăng ký',
  check: 'Kiểm tra bản đăng ký',
  send: 'Gửi đăng ký',
  needExcel: 'Mở ngăn này trong Excel để đăng ký thi đua.',
  noCampaign: 'Chưa có kế hoạch nào.',
  loading: 'Đang tải bản đăng ký và danh sách cán bộ…',
  checking: 'Đang kiểm tra bản đăng ký…',
  sending: 'Đang gửi bản đăng ký…',
  opened: (rows: number, at: string | null) =>
    at ? `Đã tải ${rows} dòng đăng ký (cập nhật lúc ${at}).` : 'Đơn vị chưa đăng ký: bảng trống để nhập.',
  notOpened: 'Chưa có bảng đăng ký trong sổ tính: bấm "Mở / tải lại bản đăng ký".',
  checked: (rows: number) => `Bản đăng ký hợp lệ: ${rows} dòng, sẵn sàng gửi.`,
  sent: (rows: number) => `Đã gửi ${rows} dòng đăng ký; bảng đã được tải lại từ máy chủ.`,
  invalid: 'Có ô cần sửa (tô đỏ, lý do ở cột "Kết quả kiểm tra"). Chưa gửi gì.',
  serverInvalid: 'Máy chủ từ chối bản đăng ký: sửa các ô tô đỏ rồi gửi lại. Không có gì được lưu.',
  problems: 'Ô cần sửa',
  overwrite: 'Bảng đăng ký có chỗ đã sửa mà chưa gửi. Tải lại sẽ thay bằng bản trên máy chủ. Tiếp tục?',
  pullRegistrations: 'Kéo bảng đăng ký các đơn vị',
  pullCalendar: 'Kéo lịch các mốc',
  pullingRegistrations: 'Đang ghi bảng đăng ký vào Excel…',
  pullingCalendar: 'Đang ghi lịch các mốc vào Excel…',
  pulledRegistrations: (units: number, rows: number) =>
    `Đã ghi bảng đăng ký: ${units} đơn vị đã đăng ký, ${rows} dòng.`,
  pulledCalendar: (milestones: number) => `Đã ghi lịch: ${milestones} mốc.`,
} as const;

export const registrationTablesText = {
  registrations: {
    sheet: 'Bảng đăng ký',
    title: 'BẢNG TỔNG HỢP ĐĂNG KÝ THI ĐUA',
    subtitle: (campaign: string, units: number, rows: number) =>
      `Kế hoạch: ${campaign} · ${units} đơn vị đã đăng ký · ${rows} dòng`,
    header: {
      unit: 'Mã đơn vị',
      name: 'Tên đơn vị',
      subject: 'Đối tượng',
      staffId: 'Mã cán bộ',
      person: 'Họ và tên',
      position: 'Chức vụ',
      award: 'Danh hiệu, hình thức',
      at: 'Cập nhật lúc',
    },
    collective: 'Tập thể',
    individual: 'Cá nhân',
    empty: 'Chưa đơn vị nào đăng ký.',
  },
  calendar: {
    sheet: 'Lịch các mốc',
    title: 'LỊCH CÁC MỐC THI ĐUA',
    subtitle: (campaign: string, count: number) => `Kế hoạch: ${campaign} · ${count} mốc`,
    header: {
      code: 'Mã mốc',
      title: 'Nội dung',
      due: 'Hạn',
      closes: 'Khóa việc',
      closesAt: 'Khóa lúc',
      state: 'Trạng thái',
      reopened: 'Gia hạn',
    },
    reopened: (until: string, reason: string, by: string) => `đến ${until}: ${reason} (${by})`,
    empty: 'Kế hoạch chưa có mốc nào.',
  },
} as const;
