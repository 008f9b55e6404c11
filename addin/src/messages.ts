/**
 * Every Vietnamese text of the add-in, in one place: the labels written into the worksheet, the notices
 * about what the user typed, and the task pane's words. Functions take the facts and return the sentence.
 */
import { formatPointsVi, toHundredths } from '../../shared/points';

/** A point value the Vietnamese way (18.5 → "18,5"). */
export const num = (n: number): string => {
  const h = toHundredths(n);
  return h === null ? String(n).replace('.', ',') : formatPointsVi(h);
};

/** Labels of the printed form (domain.md, "What the sheet looks like to its users"). */
export const sheetText = {
  nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  placeDate: (place: string, year: number) => `${place}, ngày … tháng … năm ${year}`,
  title: (year: number, mode: 'unit' | 'appraisal') =>
    mode === 'unit' ? `BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM ${year}` : `BẢNG THẨM ĐỊNH ĐIỂM THI ĐUA NĂM ${year}`,
  group: (kind: 'khoi' | 'cum', name: string) => `${kind === 'khoi' ? 'Khối' : 'Cụm'} thi đua: ${name}`,
  unitLine: (name: string) => `Đơn vị: ${name}`,
  header: {
    tt: 'TT',
    title: 'Nội dung tiêu chí',
    max: 'Điểm chuẩn',
    self: 'Điểm tự chấm',
    appraised: 'Điểm thẩm định',
    evidence: 'Minh chứng / Ghi chú',
    reason: 'Lý do thẩm định',
  },
  total: 'Tổng cộng',
  classification: 'Xếp loại',
  capNote: (cap: number) => `(tối đa ${num(cap)} điểm)`,
  recipients: 'Nơi nhận:',
  defaultRecipients: ['- Như trên;', '- Lưu: VT.'],
  signer: 'THỦ TRƯỞNG ĐƠN VỊ',
  signerAppraisal: 'ĐẠI DIỆN ĐƠN VỊ THẨM ĐỊNH',
  signHint: '(Ký, ghi rõ họ tên, đóng dấu)',
  side: {
    heading: 'THÔNG TIN (không in)',
    campaign: 'Kế hoạch',
    group: 'Khối/Cụm',
    unit: 'Đơn vị',
    status: 'Trạng thái',
    deadline: 'Hạn nộp',
    lockedAt: 'Đã khóa lúc',
    revision: 'Phiên bản',
    refreshed: 'Tải lúc',
    editable: 'Được sửa',
    yes: 'Có',
    no: 'Không (đã khóa)',
  },
  status: { draft: 'Nháp', submitted: 'Đã nộp', appraised: 'Đã thẩm định' } as Record<string, string>,
  promptTitle: (code: string) => `Tiêu chí ${code}`,
  promptScore: (max: number, step: number | undefined) =>
    step === undefined
      ? `Nhập điểm từ 0 đến ${num(max)}, tối đa hai chữ số thập phân`
      : `Nhập điểm từ 0 đến ${num(max)}, bước ${num(step)}`,
  alertTitle: 'Điểm không hợp lệ',
  alertScore: (max: number) => `Điểm phải là số từ 0 đến ${num(max)}.`,
  noDeadline: 'Chưa đặt',
} as const;

/** What the read-back tells the user about a cell. */
export const cellText = {
  textNumber: (address: string, typed: string, value: number) =>
    `Ô ${address}: "${typed}" được nhập dạng chữ, đã đọc thành số ${num(value)}.`,
  notNumber: (address: string, typed: string) => `Ô ${address}: "${typed}" không phải là một điểm số.`,
  layoutChanged: (code: string, address: string) =>
    `Ô ${address} phải là mã tiêu chí ${code}: cấu trúc bảng đã bị thay đổi, hãy tạo lại bảng điểm.`,
} as const;

/** The task pane's words. */
export const paneText = {
  title: 'Thi đua',
  connect: {
    heading: 'Kết nối máy chủ',
    server: 'Địa chỉ máy chủ',
    token: 'Mã truy cập',
    tokenHint: 'Mã do Thường trực Hội đồng cấp cho đơn vị; chỉ lưu trên máy này.',
    submit: 'Kết nối',
    disconnect: 'Ngắt kết nối',
    connectedAs: (label: string, unit: string | null) => `Đã kết nối: ${label}${unit ? ` (${unit})` : ''}`,
  },
  groups: {
    heading: 'Khối/cụm thi đua của đơn vị',
    empty: 'Đơn vị chưa thuộc khối/cụm nào trong các kế hoạch đang mở.',
    notUnit: 'Mã truy cập này không gắn với đơn vị nào: ngăn này dành cho đơn vị tự chấm điểm.',
    deadline: (when: string) => `Hạn nộp: ${when}`,
    passed: (when: string) => `Đã hết hạn: ${when}`,
    noDeadline: 'Chưa có hạn nộp',
    lead: 'Trưởng khối',
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
    oldExcel: 'Phiên bản Excel này quá cũ (cần ExcelApi 1.4 trở lên).',
  },
  results: {
    checkedOk: 'Không phát hiện lỗi. Có thể lưu nháp hoặc nộp.',
    checkedBad: (n: number) => `Có ${n} ô cần sửa (đã tô đỏ). Bấm vào từng dòng để đến ô đó.`,
    notices: 'Lưu ý',
    saved: 'Đã lưu nháp.',
    submitted: 'Đã nộp bảng điểm.',
    invalid: 'Máy chủ từ chối bảng điểm: sửa các ô tô đỏ rồi gửi lại.',
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
    resubmit: 'Nộp đè lên bản mới',
    resave: 'Lưu đè lên bản mới',
    reload: 'Bỏ phần đã nhập, tải bản mới',
  },
} as const;
