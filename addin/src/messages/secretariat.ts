/** The secretariat's and the council's panels. */

/** The secretariat's and the council's panels. */
export const secretariatText = {
  heading: 'Thường trực: xếp hạng, chốt số liệu, gia hạn',
  campaign: 'Kế hoạch',
  noCampaigns: 'Chưa có kế hoạch nào.',
  pull: 'Tải bảng xếp hạng',
  pulling: 'Đang tải bảng xếp hạng và chỉ tiêu vào Excel…',
  pulled: (rows: number, groups: number, rules: number) =>
    `Đã ghi ${rows} dòng xếp hạng của ${groups} khối/cụm và ${rules} quy tắc chỉ tiêu.`,
  freeze: 'Chốt số liệu',
  freezing: 'Đang chốt số liệu…',
  frozen: (id: string, when: string) => `Đã chốt số liệu ${id} lúc ${when}.`,
  sha: (hex: string) => `SHA-256: ${hex}`,
  reopen: {
    heading: 'Mở lại một bảng điểm',
    group: 'Khối/cụm',
    unit: 'Đơn vị',
    until: 'Cho sửa đến',
    reason: 'Lý do',
    submit: 'Mở lại',
    done: (unit: string, when: string) => `Đã mở lại bảng điểm của ${unit} đến ${when}.`,
  },
  deadline: {
    heading: 'Gia hạn nộp của khối/cụm',
    group: 'Khối/cụm',
    when: 'Hạn mới',
    reason: 'Lý do',
    submit: 'Đổi hạn nộp',
    done: (group: string, when: string) => `Hạn nộp của ${group} nay là ${when}.`,
  },
  needWhen: 'Hãy chọn ngày giờ.',
  needReason: 'Hãy ghi lý do.',
  noExcel: 'Cần Excel (hoặc trang xem thử) để ghi bảng vào sổ tính.',
} as const;

export const councilText = {
  heading: 'Hội đồng: bản chốt số liệu',
  campaign: 'Kế hoạch',
  list: 'Xem các bản chốt',
  none: 'Kế hoạch này chưa có bản chốt nào.',
  listed: (n: number) => `Có ${n} bản chốt; chọn một bản rồi bấm "Mở bản chốt".`,
  pick: 'Bản chốt',
  option: (when: string, by: string, sha: string) => `${when} · ${by} · ${sha.slice(0, 12)}…`,
  open: 'Mở bản chốt',
  opening: 'Đang ghi các bảng tổng hợp vào Excel…',
  opened: (sheets: number, when: string) =>
    `Đã ghi ${sheets} bảng tổng hợp của bản chốt lúc ${when}, chỉ đọc.`,
  verified: 'Mã SHA-256 tính lại trên nội dung nhận được khớp với mã của bản chốt.',
  mismatch: 'Cảnh báo: mã SHA-256 tính lại không khớp với mã của bản chốt.',
} as const;
