/** Labels of the council's workbook from a snapshot: the summary, votes, nominations and quotas sheets. */

/** Every sheet's heading names the snapshot it shows. */
export const snapshotHeadText = {
  snapshot: (id: string, when: string) => `Số liệu chốt ${id} lúc ${when} (chỉ đọc)`,
  sha: (hex: string) => `SHA-256: ${hex}`,
} as const;

export const councilTableText = {
  summary: {
    sheet: 'Tổng hợp',
    title: (campaign: string) => `TỔNG HỢP KẾT QUẢ BÌNH XÉT THI ĐUA — ${campaign}`,
    legend:
      'Mỗi dòng một đơn vị: điểm theo mục, tổng điểm, xếp loại, hạng, kết quả bỏ phiếu và hồ sơ đề nghị.',
    header: {
      group: 'Khối/cụm',
      rank: 'Hạng',
      unit: 'Mã đơn vị',
      name: 'Tên đơn vị',
      section: (code: string) => `Mục ${code}`,
      total: 'Tổng điểm',
      classification: 'Xếp loại',
      votes: 'Số phiếu',
      voteShare: 'Tỷ lệ phiếu',
      leading: 'Đạt ngưỡng',
      nominations: 'Hồ sơ đề nghị (trạng thái)',
    },
    leading: 'Đạt',
    nomination: (award: string, who: string, status: string) => `${award} · ${who}: ${status}`,
    empty: 'Bản chốt không có đơn vị nào.',
  },
  votes: {
    sheet: 'Biểu quyết',
    title: (campaign: string) => `KẾT QUẢ BỎ PHIẾU BÌNH XÉT — ${campaign}`,
    header: {
      group: 'Khối/cụm',
      round: 'Vòng',
      members: 'Thành viên',
      present: 'Có mặt',
      threshold: 'Số phiếu cần đạt',
      unit: 'Mã đơn vị',
      name: 'Tên đơn vị',
      votes: 'Số phiếu',
      voteShare: 'Tỷ lệ phiếu',
      reached: 'Đạt ngưỡng',
      recorded: 'Ghi nhận lúc',
      by: 'Người ghi',
      correction: 'Đính chính',
    },
    reached: 'Đạt',
    notReached: 'Không đạt',
    noCandidate: 'Không có đơn vị được bỏ phiếu',
    correction: (reason: string, when: string, by: string) => `${reason} (${by}, ${when})`,
    empty: 'Chưa có kết quả bỏ phiếu nào.',
  },
  nominations: {
    sheet: 'Hồ sơ đề nghị',
    title: (campaign: string) => `HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG — ${campaign}`,
    header: {
      id: 'Mã hồ sơ',
      award: 'Danh hiệu',
      movement: 'Phong trào',
      group: 'Khối/cụm',
      kind: 'Đối tượng',
      unit: 'Đơn vị',
      name: 'Họ và tên',
      position: 'Chức vụ',
      priority: 'Ưu tiên',
      status: 'Trạng thái',
      reasons: 'Lý do',
      filed: 'Nộp lúc',
      by: 'Người nộp',
    },
    empty: 'Bản chốt không có hồ sơ đề nghị nào.',
  },
  quotas: {
    sheet: 'Chỉ tiêu (bản chốt)',
  },
} as const;

/** What the council's panel says once the workbook is written. */
export const councilBookText = {
  opened: (groups: number, sheets: number, when: string) =>
    `Đã ghi ${sheets} trang của bản chốt lúc ${when}, chỉ đọc: Tổng hợp, ${groups} bảng điểm chi tiết theo khối/cụm, Biểu quyết, Hồ sơ đề nghị, Chỉ tiêu.`,
} as const;
