/** Vietnamese texts of rankings, votes, nominations, quotas, consolidated sheets and snapshots. */
import { capital, groupWord, leadWord } from '../../../shared/messages/words';

export const awardApiMessages = {
  rankingBeforeDeadline: (group: string, when: string, kind?: string | null) =>
    `Đơn vị chỉ xem được bảng xếp hạng ${groupWord(kind)} "${group}" sau hạn nộp (${when}).`,
  rankingNoDeadline: (group: string, kind?: string | null) =>
    `${capital(groupWord(kind))} "${group}" chưa có hạn nộp nên đơn vị chưa xem được bảng xếp hạng.`,
  rankingNotMember: (group: string, kind?: string | null) =>
    `Đơn vị chỉ xem được bảng xếp hạng của ${groupWord(kind)} mình (không phải "${group}").`,
  onlyLeadVotes: (group: string, kind?: string | null) =>
    `Chỉ đơn vị ${leadWord(kind)} "${group}" hoặc Thường trực được ghi kết quả bỏ phiếu.`,
  cannotReadVotes: (group: string, kind?: string | null) =>
    `Chỉ thành viên ${groupWord(kind)} "${group}", Thường trực và Hội đồng được xem kết quả bỏ phiếu.`,
  unknownNomination: (id: string) => `Không có hồ sơ đề nghị "${id}" trong kế hoạch thi đua năm này.`,
  councilReadsOnly: 'Hội đồng chỉ được xem, không được thay đổi.',
  nominateOwnOnly: (unit: string) =>
    `Đơn vị chỉ đề nghị khen thưởng cho tập thể và cá nhân của mình, không phải của "${unit}" (trừ đơn vị phụ trách phong trào).`,
  priorityForbidden: 'Chỉ Thường trực và đơn vị phụ trách phong trào được đặt thứ tự ưu tiên.',
  nominationNotYours: (id: string) => `Hồ sơ đề nghị "${id}" không thuộc đơn vị của bạn.`,
  nominationsClosed: (title: string, when: string) =>
    `Đã hết hạn "${title}" (${when}): không nhận, sửa hay rút hồ sơ đề nghị nữa. Liên hệ Thường trực để được mở lại.`,
  registrationClosed: (title: string, when: string) =>
    `Đã hết hạn "${title}" (${when}): không sửa được đăng ký thi đua nữa. Liên hệ Thường trực để được mở lại.`,
  quotasStaffOnly: 'Chỉ Thường trực, Hội đồng và quản trị được xem tình hình chỉ tiêu khen thưởng.',
  onlySecretariat: 'Chỉ Thường trực hoặc quản trị được thực hiện thao tác này.',
  staffOnlyReads: 'Chỉ Thường trực, Hội đồng và quản trị được xem nội dung này.',
  unknownSnapshot: (id: string) => `Không có bản chốt "${id}" trong kế hoạch thi đua năm này.`,
  unknownMilestone: (code: string) => `Không có mốc "${code}" trong kế hoạch.`,
  milestoneClosesNothing: (code: string) => `Mốc "${code}" không khóa hoạt động nào nên không cần mở lại.`,
  consolidatedHeader: {
    rank: 'Hạng',
    unit: 'Mã đơn vị',
    name: 'Tên đơn vị',
    total: 'Tổng điểm',
    self: 'tự chấm',
    appraised: 'thẩm định',
    final: 'kết quả',
    classification: 'Xếp loại',
  },
  /** The author a downloaded workbook names. */
  workbookCreator: 'Thi đua',
  badFormat: (f: string) => `Định dạng "${f}" không hỗ trợ (chỉ json, csv, xlsx).`,
} as const;
