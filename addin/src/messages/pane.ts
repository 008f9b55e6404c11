/** The task pane's own words: connecting, the group list, the sheet section, its states and results. */
import { groupWord } from './numbers';

/** The task pane's words. */
export const paneText = {
  title: 'Thi đua',
  connect: {
    heading: 'Kết nối máy chủ',
    server: 'Địa chỉ máy chủ',
    token: 'Mã truy cập',
    tokenHint:
      'Mã do Thường trực Hội đồng cấp cho đơn vị; chỉ giữ đến khi đóng ngăn tác vụ, lần sau nhập lại.',
    submit: 'Kết nối',
    disconnect: 'Ngắt kết nối',
    campaign: 'Kế hoạch',
    connectedAs: (label: string, unit: string | null) => `Đã kết nối: ${label}${unit ? ` (${unit})` : ''}`,
  },
  groups: {
    heading: 'Khối/cụm thi đua của đơn vị',
    empty: 'Đơn vị chưa thuộc khối/cụm nào trong các kế hoạch đang mở.',
    notUnit: 'Mã truy cập này không gắn với đơn vị nào: ngăn này dành cho đơn vị tự chấm điểm.',
    deadline: (when: string) => `Hạn nộp: ${when}`,
    passed: (when: string) => `Đã hết hạn: ${when}`,
    noDeadline: 'Chưa có hạn nộp',
    lead: (kind: 'khoi' | 'cum' | undefined) => `Trưởng ${groupWord(kind)}`,
    open: 'Mở bảng điểm',
  },
  sheet: {
    build: 'Tạo / làm mới bảng điểm',
    check: 'Kiểm tra',
    draft: 'Lưu nháp',
    submit: 'Nộp',
    status: (status: string, revision: number) => `Trạng thái: ${status} · phiên bản ${revision}`,
    totals: (self: string, final: string) => `Tổng tự chấm: ${self} · tổng sau thẩm định: ${final}`,
    classification: (label: string) => `Xếp loại: ${label}`,
    appraisedNote: 'Bảng đã được thẩm định: cột "Điểm thẩm định" và "Lý do thẩm định" cho thấy điểm đã sửa.',
    locked: 'Bảng điểm đã khóa: chỉ xem, không sửa được.',
    notBuilt: 'Chưa tạo bảng điểm: bấm "Tạo / làm mới bảng điểm" trước.',
  },
  states: {
    loading: 'Đang tải…',
    writing: 'Đang ghi bảng điểm vào Excel…',
    saving: 'Đang gửi…',
    offline:
      'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại; những gì đã nhập vẫn nằm trong bảng tính.',
    unauthorized: 'Mã truy cập đã hết hạn hoặc bị thu hồi. Hãy nhập mã mới.',
    forbidden: (detail?: string) => detail ?? 'Mã truy cập này không có quyền với bảng điểm này.',
    locked: (when: string | null) =>
      when
        ? `Đã quá hạn nộp (${when}): bảng điểm bị khóa. Liên hệ Thường trực Hội đồng nếu cần mở lại.`
        : 'Bảng điểm đang bị khóa (đã hết hạn hoặc đã được thẩm định). Liên hệ Thường trực Hội đồng nếu cần mở lại.',
    failed: (detail: string) => `Có lỗi: ${detail}`,
    noExcel: 'Mở ngăn này trong Excel để ghi bảng điểm vào bảng tính.',
    oldExcel: 'Phiên bản Excel này quá cũ (cần Excel 2019 trở lên hoặc Excel trên web: ExcelApi 1.8).',
  },
  results: {
    checkedOk: 'Không phát hiện lỗi. Có thể lưu nháp hoặc nộp.',
    notices: 'Lưu ý',
  },
  conflict: {
    heading: 'Bảng điểm đã được thay đổi ở nơi khác',
    intro: (revision: number) =>
      `Trên máy chủ đã có phiên bản ${revision}. Những gì bạn nhập vẫn giữ nguyên trong bảng tính; dưới đây là các khác biệt.`,
    none: 'Không có khác biệt về điểm hay minh chứng.',
    columns: ['Tiêu chí', 'Mục', 'Trên máy chủ', 'Bạn nhập'] as const,
    fields: {
      self: 'Điểm tự chấm',
      evidence: 'Minh chứng',
      appraised: 'Điểm thẩm định',
      reason: 'Lý do',
    } as Record<string, string>,
    resubmit: 'Ghi đè lên bản mới và nộp',
    resave: 'Ghi đè lên bản mới',
    reload: 'Bỏ phần đã nhập, tải bản mới',
  },
} as const;
