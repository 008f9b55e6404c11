/** Labels written into the pulled worksheets: rankings, quota usage, the consolidated sheets of a snapshot. */

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
      person: 'Tập thể/cá nhân',
    } as Record<string, string>,
    noLimit: 'Không giới hạn',
    empty: 'Kế hoạch chưa có quy tắc chỉ tiêu nào.',
  },
  consolidatedChanges: {
    summary: (n: number, by: string) =>
      `XUNG ĐỘT LỢI ÍCH: ${n} điểm do đơn vị đang được bình xét thẩm định cho đơn vị khác — ${by}.`,
    byCandidate: (unit: string, changes: number, sheets: number, delta: number) =>
      `${unit}: ${changes} điểm trên ${sheets} bảng điểm, chênh lệch ${String(delta).replace('.', ',')}`,
    noConflict: (n: number) => `Các điểm thay đổi khi thẩm định: ${n} (không có xung đột lợi ích).`,
    columns: [
      'Mã đơn vị',
      'Tiêu chí',
      'Tự chấm',
      'Thẩm định',
      'Chênh lệch',
      'Lý do',
      'Người thẩm định',
      'Xung đột lợi ích',
    ] as const,
    conflict: 'Có — đơn vị đang được bình xét',
    unknown: 'Không rõ',
  },
  consolidated: {
    sheet: (group: string) => `TH ${group}`,
    title: (group: string) => `BẢNG TỔNG HỢP ĐIỂM THI ĐUA — ${group}`,
    snapshot: (id: string, when: string) => `Số liệu chốt ${id} lúc ${when} (chỉ đọc)`,
    sha: (hex: string) => `SHA-256: ${hex}`,
    legend: 'Ô tô vàng: điểm thẩm định khác điểm tự chấm; ô tô đỏ: do đơn vị đang được bình xét thẩm định.',
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
