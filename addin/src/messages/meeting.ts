/** Vietnamese of the council's meeting sheet ("Phiên họp") and its part of the council's panel. */
export const meetingSheetText = {
  sheet: 'Phiên họp',
  title: 'KẾT QUẢ KIỂM PHIẾU — PHIÊN HỌP HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG',
  info: (heldAt: string, place: string, present: number, size: number) =>
    `Thời gian: ${heldAt}; địa điểm: ${place}; có mặt ${present}/${size} thành viên Hội đồng.`,
  sha: (hex: string) => `Bản chốt SHA-256: ${hex}`,
  help: 'Gõ số phiếu vào các ô trắng (Phát ra, Thu về, Hợp lệ, Đồng ý) rồi bấm "Gửi kết quả kiểm phiếu" trong khung bên.',
  closed: 'Phiên họp đã kết thúc: kết quả chỉ đọc.',
  header: {
    tt: 'TT',
    nominee: 'Họ tên / Tập thể',
    unit: 'Đơn vị',
    award: 'Danh hiệu',
    issued: 'Phát ra',
    returned: 'Thu về',
    valid: 'Hợp lệ',
    inFavour: 'Đồng ý',
    share: 'Tỷ lệ đồng ý (%)',
    required: 'Cần ít nhất',
    outcome: 'Kết quả',
    reason: 'Lý do',
    id: 'Mã đề nghị',
  },
  outcome: {
    pending: 'Chưa có kết quả',
    proposed: 'Đề nghị',
    not_proposed: 'Không đề nghị',
    submitted: 'Đã trình',
    awarded: 'Đã khen thưởng',
  } as Record<string, string>,
  none: 'Phiên họp không có đề nghị nào phải bỏ phiếu kín.',
  notANumber: (label: string, value: string) => `${label}: "${value}" không phải số phiếu (số nguyên từ 0).`,
  incomplete: 'Điền đủ bốn số phiếu (phát ra, thu về, hợp lệ, đồng ý) hoặc để trống cả bốn.',
} as const;

export const meetingPanelText = {
  heading: 'Phiên họp Hội đồng',
  pick: 'Phiên họp',
  option: (heldAt: string, status: string, n: number) => `${heldAt} · ${status} · ${n} đề nghị`,
  status: { open: 'đang họp', closed: 'đã kết thúc' } as Record<string, string>,
  none: 'Chưa có phiên họp nào (Thường trực mở phiên họp trên một bản chốt).',
  open: 'Mở phiên họp',
  opening: 'Đang mở phiên họp…',
  opened: (n: number) => `Đã mở trang "Phiên họp": ${n} đề nghị bỏ phiếu kín.`,
  send: 'Gửi kết quả kiểm phiếu',
  sending: 'Đang gửi kết quả kiểm phiếu…',
  nothing: 'Chưa có số phiếu nào để gửi.',
  notOpened: 'Hãy bấm "Mở phiên họp" trước.',
  problems: (n: number) => `${n} ô chưa đúng (tô đỏ trên trang): chưa gửi.`,
  sent: (n: number, proposed: number) =>
    `Đã ghi ${n} kết quả: ${proposed} đề nghị, ${n - proposed} không đề nghị.`,
} as const;
