/** The scoring sheet's words: the printed form's labels, and what the read-back says about a cell. */
import { capital, groupWord, num } from './numbers';

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
  /** The recipients of the sheet (not the plan's): see sheets/layout-form.ts `recipientsOf`. */
  toLead: (lead: string, kind: 'khoi' | 'cum') =>
    `- ${lead} (đơn vị trưởng ${kind === 'khoi' ? 'khối' : 'cụm'}, để thẩm định);`,
  toSecretariat: (authority: string | undefined) =>
    `- Thường trực Hội đồng Thi đua - Khen thưởng${authority ? ` ${authority}` : ''} (b/cáo);`,
  toAppraised: (unit: string) => `- ${unit} (để biết);`,
  filed: '- Lưu: VT.',
  /** The issuer of an appraisal the secretariat makes (the lead's own sheet, or no lead). */
  secretariat: 'Thường trực Hội đồng Thi đua - Khen thưởng',
  appraisedLine: (unit: string) => `Đơn vị được thẩm định: ${unit}`,
  signer: 'THỦ TRƯỞNG ĐƠN VỊ',
  signerAppraisal: 'ĐẠI DIỆN ĐƠN VỊ THẨM ĐỊNH',
  signHint: '(Ký, ghi rõ họ tên, đóng dấu)',
  side: {
    heading: 'THÔNG TIN (không in)',
    campaign: 'Kế hoạch',
    group: (kind: 'khoi' | 'cum') => capital(groupWord(kind)),
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
  status: { draft: 'Chưa nộp', submitted: 'Đã nộp', appraised: 'Đã thẩm định' } as Record<string, string>,
  promptTitle: (code: string) => `Tiêu chí ${code}`,
  promptScore: (max: number, step: number | undefined) =>
    step === undefined
      ? `Nhập điểm từ 0 đến ${num(max)}, tối đa hai chữ số thập phân`
      : `Nhập điểm từ 0 đến ${num(max)}, bước ${num(step)}`,
  alertTitle: 'Điểm không hợp lệ',
  alertScore: (max: number) => `Điểm phải là số từ 0 đến ${num(max)}.`,
  noDeadline: 'Chưa đặt',
  /** The worksheet's name (at most 31 characters once the code is in). */
  sheetName: {
    unit: (group: string) => `Tự chấm ${group}`,
    appraisal: (unit: string) => `Thẩm định ${unit}`,
  },
  /** The printed page's footer, in Excel's header/footer codes: "Trang 1/3". */
  footer: 'Trang &P/&N',
} as const;

/** What the read-back tells the user about a cell. */
export const cellText = {
  textNumber: (address: string, typed: string, value: number) =>
    `Ô ${address}: "${typed}" được nhập dạng chữ, đã đọc thành số ${num(value)}.`,
  notNumber: (address: string, typed: string) => `Ô ${address}: "${typed}" không phải là một điểm số.`,
  layoutChanged: (code: string, address: string) =>
    `Ô ${address} phải là mã tiêu chí ${code}: cấu trúc bảng đã bị thay đổi, hãy tạo lại bảng điểm.`,
} as const;
