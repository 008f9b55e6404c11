/** Vietnamese texts of the council's meeting routes (decision 0039); the ballot's own are in shared/messages. */
export const meetingApiMessages = {
  unknownMeeting: (id: string) => `Không có phiên họp "${id}" trong kế hoạch thi đua năm này.`,
  meetingSnapshotUnknown: (id: string) => `Không có bản chốt "${id}": hãy chọn một bản chốt đã có.`,
  meetingNoProposals: 'Bản chốt không có đề nghị nào trong chỉ tiêu: không có gì để Hội đồng xét.',
  meetingNoCouncil: 'Kế hoạch chưa có danh sách Hội đồng: hãy ghi số thành viên Hội đồng (councilSize).',
  meetingCouncilOnly: 'Chỉ Hội đồng, Thường trực hoặc quản trị được ghi kết quả kiểm phiếu.',
  meetingClosed: (id: string) =>
    `Phiên họp "${id}" đã kết thúc: kết quả chỉ đọc. Muốn sửa, hãy mở lại phiên họp và nêu lý do.`,
  meetingPending: (n: number) => `Còn ${n} đề nghị chưa có kết quả: chưa thể kết thúc phiên họp.`,
  meetingNotClosed: (id: string) => `Phiên họp "${id}" chưa kết thúc: chưa thể trình cấp có thẩm quyền.`,
  meetingAlreadySubmitted: (id: string) =>
    `Kết quả phiên họp "${id}" đã trình cấp có thẩm quyền: không mở lại hay trình lại được.`,
  meetingNotReopenable: (id: string) => `Phiên họp "${id}" đang họp: không có gì để mở lại.`,
  meetingNothingProposed: 'Hội đồng không đề nghị ai: không có gì để trình.',
  meetingReopenReason: 'Mở lại phiên họp đã kết thúc phải nêu lý do (có nội dung).',
  meetingNotSubmitted: (id: string) =>
    `Đề nghị "${id}" chưa được trình cấp có thẩm quyền (hoặc đã có quyết định): không ghi quyết định cho đề nghị này.`,
  meetingAwardNoIdentity: (award: string) =>
    `Danh hiệu/hình thức "${award}" chưa có mã và cấp khen (identity) trong kế hoạch: chưa ghi vào sổ theo dõi khen thưởng được.`,
  meetingOneAward: (first: string, other: string) =>
    `Một quyết định khen thưởng một danh hiệu/hình thức: đề nghị này là "${other}", khác "${first}" của đề nghị đầu tiên.`,
  meetingDuplicateDecision: (number: string, date: string) =>
    `Sổ theo dõi khen thưởng đã có quyết định số ${number} ngày ${date}.`,
  meetingUnknownProposal: (id: string) => `Đề nghị "${id}" không có trong phiên họp này.`,
  meetingDuplicateProposal: (id: string) => `Đề nghị "${id}" được ghi hai lần.`,
  meetingConcurrent: (id: string) =>
    `Phiên họp "${id}" vừa được người khác thay đổi: hãy tải lại rồi thực hiện lại.`,
} as const;
