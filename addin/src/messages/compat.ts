/**
 * The compatibility self-test ("Kiểm tra tương thích"): the panel's words, each step's name, the report's
 * lines, and the synthetic plan and rankings it writes on its scratch worksheets.
 */

export const compatText = {
  heading: 'Kiểm tra tương thích',
  intro:
    'Chạy thử mọi thao tác của add-in trên một trang tính tạm trong sổ tính này (trang tạm được xóa khi xong), rồi gửi báo cáo cho người triển khai.',
  // Not "Kiểm tra…": the sheet's own button is "Kiểm tra", and a button's name should not contain another's.
  run: 'Bắt đầu kiểm thử tương thích',
  running: 'Đang kiểm tra tương thích với Excel…',
  copy: 'Sao chép báo cáo',
  copied: 'Đã sao chép báo cáo.',
  copyFailed: 'Không sao chép được: hãy chọn nội dung báo cáo và nhấn Ctrl+C.',
  noExcel: 'Cần Excel (hoặc trang xem thử) để chạy kiểm tra tương thích.',
  /** The banner once the run is over. */
  done: (ok: number, failed: number, skipped: number) =>
    failed
      ? `Kiểm tra xong: ${failed} bước lỗi, ${ok} bước đạt, ${skipped} bước bỏ qua. Hãy gửi báo cáo cho người triển khai.`
      : `Kiểm tra xong: ${ok} bước đạt, ${skipped} bước bỏ qua.`,
  /** The scratch worksheets' names (a random suffix is appended, so they cannot collide). */
  scratchSheet: 'Kiểm tra tương thích',
  scratchTable: 'Kiểm tra bảng',
  steps: {
    createSheet: 'Tạo bảng điểm mới',
    rewriteSheet: 'Ghi lại bảng điểm đã có',
    validation: 'Kiểm soát dữ liệu nhập (ExcelApi 1.8)',
    pageLayout: 'Thiết lập trang in và cố định dòng (ExcelApi 1.9, 1.7)',
    typeText: 'Nhập điểm dạng chữ "1,5"',
    check: 'Kiểm tra: đọc lại, sửa điểm dạng chữ, đánh dấu ô',
    protection: 'Bỏ khóa rồi khóa lại trang tính',
    conditionalFormats: 'Định dạng có điều kiện (ExcelApi 1.6)',
    chart: 'Biểu đồ',
    largePull: 'Tải một bảng lớn gần giới hạn yêu cầu',
    cleanup: 'Xóa trang tính tạm',
  },
  status: { ok: 'ĐẠT', failed: 'LỖI', skipped: 'BỎ QUA', notRun: 'CHƯA CHẠY' },
  /** Why a step was not run or skipped, and what it found. */
  why: {
    unsupported: (sets: string) => `Máy chủ Excel không hỗ trợ ${sets}.`,
    after: (step: string) => `Không chạy vì bước "${step}" bị lỗi.`,
    notProtected: 'Trang tính không được khóa sau khi ghi.',
    stillProtected: 'Trang tính vẫn bị khóa sau khi bỏ khóa.',
    notRelocked: 'Trang tính không được khóa lại.',
    textNotRead: (address: string) => `Không đọc được điểm dạng chữ ở ô ${address}.`,
    textRead: (address: string, value: string) => `Ô ${address} đọc là ${value} và đã được sửa thành số.`,
    pulled: (rows: number, mb: string, batches: number, syncs: number) =>
      `${rows} dòng, khoảng ${mb} MB, ${batches} lô, ${syncs} lần đồng bộ.`,
    left: (names: string) => `Còn lại trang tính: ${names}.`,
  },
  report: {
    title: 'BÁO CÁO KIỂM TRA TƯƠNG THÍCH — Thi đua',
    at: (when: string) => `Thời điểm: ${when}`,
    host: (kind: string, host: string, platform: string, version: string) =>
      `Máy chủ: ${kind}; Office: ${host}; nền tảng: ${platform}; phiên bản: ${version}`,
    agent: (ua: string) => `Trình duyệt: ${ua}`,
    supported: (list: string) => `ExcelApi hỗ trợ: ${list}`,
    unsupported: (list: string) => `ExcelApi không hỗ trợ: ${list}`,
    none: '(không có)',
    unknown: '?',
    steps: 'Các bước:',
    step: (n: number, status: string, name: string, ms: number) => `${n}. [${status}] ${name} (${ms} ms)`,
    operation: (op: string) => `   Thao tác: ${op}`,
    code: (code: string) => `   Mã lỗi Excel: ${code}`,
    message: (m: string) => `   Thông báo: ${m}`,
    debugInfo: (d: string) => `   debugInfo: ${d}`,
    detail: (d: string) => `   ${d}`,
    cleaned: 'Trang tính tạm đã được xóa.',
    notCleaned: 'CẢNH BÁO: trang tính tạm chưa được xóa, hãy xóa bằng tay.',
  },
  /** The synthetic campaign, group, unit and template the scoring sheet is built from. */
  sample: {
    campaign: 'Kế hoạch kiểm tra tương thích',
    authority: 'Sở Y tế',
    place: 'Bà Rịa',
    unit: 'Đơn vị kiểm tra',
    parent: 'Sở Y tế',
    group: 'Khối kiểm tra',
    template: 'Bảng điểm kiểm tra',
    section: 'Nhiệm vụ chuyên môn',
    criterion: (n: number) => `Tiêu chí kiểm tra số ${n}`,
    bonus: 'Điểm thưởng',
    classes: ['Tốt', 'Khá', 'Trung bình'],
    /** A long unit name for the large table: Vietnamese text, so its UTF-8 size is realistic. */
    longName: (n: number) => `Trung tâm y tế kiểm tra số ${n}: `,
    filler: 'chăm sóc sức khỏe ban đầu, phòng chống dịch bệnh, khám chữa bệnh; ',
    groupName: (n: number) => `Khối kiểm tra ${n}`,
  },
} as const;
