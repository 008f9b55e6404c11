/** Vietnamese texts of the council's meeting (shared/meetings.ts): the outcome's reason, the checks of its figures. */
import { num } from './plan';

const baseWord = (of: 'members' | 'present') =>
  of === 'present' ? 'số thành viên Hội đồng có mặt' : 'tổng số thành viên Hội đồng';

export const meetingMessages = {
  meetingNotProposed: (
    inFavour: number,
    base: number,
    share: number,
    percent: number,
    required: number,
    of: 'members' | 'present',
    source: string | null,
  ) =>
    `Không đề nghị: ${inFavour}/${base} phiếu đồng ý (${num(share)}%), chưa đạt ${num(percent)}% ${baseWord(of)} (cần ít nhất ${required} phiếu)${source ? ` theo ${source}` : ''}.`,
  meetingReturnedAboveIssued: (returned: number, issued: number) =>
    `Số phiếu thu về (${returned}) không được lớn hơn số phiếu phát ra (${issued}).`,
  meetingValidAboveReturned: (valid: number, returned: number) =>
    `Số phiếu hợp lệ (${valid}) không được lớn hơn số phiếu thu về (${returned}).`,
  meetingInFavourAboveValid: (inFavour: number, valid: number) =>
    `Số phiếu đồng ý (${inFavour}) không được lớn hơn số phiếu hợp lệ (${valid}).`,
  meetingIssuedAboveCouncil: (issued: number, size: number) =>
    `Số phiếu phát ra (${issued}) không được lớn hơn số thành viên Hội đồng (${size}).`,
  meetingUnknownProposal: (id: string) => `Đề nghị "${id}" không có trong chương trình phiên họp.`,
  meetingNoBallotRule: (award: string) =>
    `Danh hiệu/hình thức "${award}" không xét bằng bỏ phiếu kín: Hội đồng quyết định theo danh sách.`,
  meetingNeedsBallot: (award: string) =>
    `Danh hiệu/hình thức "${award}" phải xét bằng bỏ phiếu kín: hãy ghi kết quả kiểm phiếu.`,
  meetingDuplicateProposal: (id: string) => `Đề nghị "${id}" được ghi hai lần trong cùng một lần gửi.`,
  meetingListReason: 'Không đề nghị phải nêu lý do (có nội dung).',
  meetingPresentAboveSize: (present: number, size: number) =>
    `Số thành viên có mặt (${present}) không được lớn hơn số thành viên Hội đồng (${size}).`,
} as const;
