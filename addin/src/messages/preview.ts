/** The preview page's words: its grid, its captions, and what a typed cell is refused with. */
export const previewText = {
  heading: 'Sổ tính xem thử',
  cellInput: 'Nội dung ô',
  empty: 'Sổ tính trống: kết nối rồi mở một khối/cụm để tạo bảng điểm.',
  protectedSheet: 'Trang tính được bảo vệ: chỉ đọc.',
  print: (landscape: boolean, fitToWidth: boolean, titleRows: string | undefined) =>
    [
      'Thiết lập in:',
      landscape ? 'khổ ngang' : 'khổ dọc',
      fitToWidth ? 'vừa một trang theo chiều ngang' : '',
      titleRows ? `lặp lại dòng ${titleRows} ở mỗi trang` : '',
    ]
      .filter(Boolean)
      .join(' '),
  chart: (title: string, source: string) => `Biểu đồ: ${title} (dữ liệu ${source})`,
  badAddress: (address: string) => `địa chỉ ô không hợp lệ "${address}"`,
  badTyped: (address: string) => `Địa chỉ ô không hợp lệ: ${address}`,
  locked: (address: string) => `Ô ${address} đã khóa: trang tính được bảo vệ, chỉ sửa được các ô nhập liệu.`,
  refused: (address: string, message: string) => `Ô ${address}: ${message}`,
  notInList: (address: string, typed: string) =>
    `Ô ${address}: "${typed}" không có trong danh sách được chọn.`,
  /** Excel's own words where a validation's alert has no title or message. */
  alertTitle: 'Microsoft Excel',
  alertMessage: 'Giá trị này không khớp với các giới hạn xác thực dữ liệu đã đặt cho ô này.',
  /** The buttons of Excel's alert: Stop (Retry, Cancel), Warning (Continue? Yes, No, Cancel), Information. */
  alertContinue: 'Tiếp tục?',
  retry: 'Thử lại',
  cancel: 'Hủy',
  yes: 'Có',
  no: 'Không',
  ok: 'OK',
  customOnly: 'xem thử chỉ hỗ trợ định dạng có điều kiện "Custom"',
} as const;
