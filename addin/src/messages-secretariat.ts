/**
 * Vietnamese texts of the secretariat's and the council's areas: the pulled worksheets (rankings, quota usage,
 * consolidated sheets of a snapshot) and their task pane panels.
 */
/** Labels written into the pulled worksheets. */
export const tableText = {
  rankings: {
    sheet: 'Bảng xếp hạng',
    title: (campaign: string) => `BẢNG XẾP HẠNG THI ĐUA — ${campaign}`,
    subtitle: (when: string, groups: number, units: number) =>
      `Số liệu lúc ${when} · ${groups} khối/cụm · ${units} đơn vị`,
    header: {
      groupCode: 'Mã khối/cụm',
      group: 'Khối/cụm',
      rank: 'Hạng',
      unit: 'Mã đơn vị',
      name: 'Tên đơn vị',
      total: 'Tổng điểm',
      classification: 'Xếp loại',
      section: (code: string) => `Mục ${code}`,
      votes: 'Số phiếu',
      voteShare: 'Tỷ lệ phiếu',
      leading: 'Đạt ngưỡng',
      status: 'Trạng thái',
    },
    leading: 'Đạt',
    chart: (group: string) => `Tổng điểm — ${group}`,
    empty: 'Chưa có đơn vị nào trong các khối/cụm.',
  },
  quotas: {
    sheet: 'Chỉ tiêu',
    title: (campaign: string) => `SỬ DỤNG CHỈ TIÊU KHEN THƯỞNG — ${campaign}`,
    subtitle: (when: string, over: number) =>
      over ? `Số liệu lúc ${when} · ${over} quy tắc có hồ sơ vượt chỉ tiêu` : `Số liệu lúc ${when}`,
    header: {
      rule: 'Mã quy tắc',
      label: 'Chỉ tiêu',
      scope: 'Phạm vi',
      limit: 'Giới hạn',
      used: 'Đã dùng',
      over: 'Vượt',
    },
    scope: {
      movement: 'Phong trào',
      programme: 'Chương trình',
      group: 'Khối/cụm',
      unit: 'Đơn vị',
    } as Record<string, string>,
    noLimit: 'Không giới hạn',
    empty: 'Kế hoạch chưa có quy tắc chỉ tiêu nào.',
  },
  consolidated: {
    sheet: (group: string) => `TH ${group}`,
    title: (group: string) => `BẢNG TỔNG HỢP ĐIỂM THI ĐUA — ${group}`,
    snapshot: (id: string, when: string) => `Số liệu chốt ${id} lúc ${when} (chỉ đọc)`,
    sha: (hex: string) => `SHA-256: ${hex}`,
    legend: 'Ô tô vàng: điểm thẩm định khác điểm tự chấm.',
    header: {
      rank: 'Hạng',
      unit: 'Mã đơn vị',
      name: 'Tên đơn vị',
      self: 'Tự chấm',
      appraised: 'Thẩm định',
      final: 'Cuối cùng',
      total: 'Tổng điểm',
      classification: 'Xếp loại',
    },
  },
  /** Print footer: Excel's page number codes. */
  footer: 'Trang &P / &N',
  status: { draft: 'Chưa nộp', submitted: 'Đã nộp', appraised: 'Đã thẩm định' } as Record<string, string>,
} as const;

/** The secretariat's and the council's panels. */
export const secretariatText = {
  heading: 'Thường trực: xếp hạng, chốt số liệu, gia hạn',
  campaign: 'Kế hoạch',
  noCampaigns: 'Chưa có kế hoạch nào.',
  pull: 'Kéo bảng xếp hạng',
  pulling: 'Đang tải bảng xếp hạng và chỉ tiêu vào Excel…',
  pulled: (rows: number, groups: number, rules: number, syncs: number) =>
    `Đã ghi ${rows} dòng xếp hạng của ${groups} khối/cụm và ${rules} quy tắc chỉ tiêu (${syncs} lần đồng bộ với Excel).`,
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
  opened: (sheets: number, when: string, syncs: number) =>
    `Đã ghi ${sheets} bảng tổng hợp của bản chốt lúc ${when} (${syncs} lần đồng bộ với Excel), chỉ đọc.`,
  verified: 'Mã SHA-256 tính lại trên nội dung nhận được khớp với mã của bản chốt.',
  mismatch: 'Cảnh báo: mã SHA-256 tính lại không khớp với mã của bản chốt.',
} as const;
