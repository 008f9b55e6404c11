/** The pane's confirmations and the stored state of a sheet in words (issue 13): what is asked, what is now true. */
export const confirmText = {
  ok: 'Đồng ý',
  cancel: 'Hủy',
  cancelled: 'Đã hủy: không có gì thay đổi.',
  overwrite: (n: number) =>
    `Bảng tính có ${n} ô đã nhập nhưng chưa lưu. Tạo lại bảng điểm sẽ xóa những ô này và thay bằng bản trên máy chủ. Tiếp tục?`,
  submit: 'Nộp bảng điểm? Sau khi nộp, đơn vị trưởng khối/cụm sẽ thấy và thẩm định bảng này.',
  resubmit:
    'Bảng điểm đã nộp. Nộp lại sẽ thay bản đã nộp bằng những gì đang có trong bảng tính (phiên bản mới, tổng mới). Tiếp tục?',
  appraise: 'Gửi điểm thẩm định cho bảng điểm này?',
  freeze: (campaign: string) =>
    `Chốt số liệu kế hoạch ${campaign}? Bản chốt được lưu vĩnh viễn (không sửa, không xóa) và Hội đồng sẽ mở nó.`,
  vote: (round: number) => `Ghi kết quả bỏ phiếu vòng ${round}? Kết quả đã ghi chỉ sửa được kèm lý do.`,
} as const;

/** What the stored sheet is, in words, after every action. */
export const stateText = {
  savedDraft: (revision: number) => `Đã lưu nháp (phiên bản ${revision}). Bảng điểm chưa nộp.`,
  submitted: (revision: number) => `Đã nộp bảng điểm (phiên bản ${revision}).`,
  resubmitted: (revision: number) => `Đã nộp lại: bản đã nộp nay là phiên bản ${revision}.`,
  draftOff:
    'Bảng điểm đã nộp nên "Lưu nháp" không dùng được (lưu sẽ thay bản đã nộp). Sửa xong, bấm "Nộp lại".',
  resubmitLabel: 'Nộp lại',
  localInvalid: 'Chưa gửi gì lên máy chủ: bảng còn ô cần sửa (đã tô đỏ). Sửa rồi bấm lại.',
  serverInvalid: 'Máy chủ từ chối bảng điểm: sửa các ô tô đỏ rồi gửi lại.',
  cells: (cells: number, general: number) =>
    [cells ? `${cells} ô cần sửa (đã tô đỏ)` : '', general ? `${general} lỗi chung` : '']
      .filter(Boolean)
      .join(' và '),
  checkedBad: (what: string) => `Có ${what}. Bấm vào từng dòng để đến ô đó.`,
} as const;
