/** Vietnamese texts of the sheet endpoints: who may write, locks, status rules, conflicts. */
import { leadWord } from '../../../shared/messages/words';

export const sheetApiMessages = {
  onlyOwnUnitWrites: (unit: string) => `Chỉ đơn vị "${unit}" được tự chấm điểm trên bảng điểm của mình.`,
  cannotReadSheet: (unit: string) =>
    `Bạn không được xem bảng điểm của đơn vị "${unit}" (chỉ đơn vị đó, đơn vị trưởng khối/cụm, Thường trực và Hội đồng).`,
  onlyLeadAppraises: (group: string, kind?: string | null) =>
    `Chỉ đơn vị ${leadWord(kind)} "${group}" hoặc Thường trực được thẩm định bảng điểm.`,
  onlyLeadLists: (group: string, kind?: string | null) =>
    `Chỉ đơn vị ${leadWord(kind)} "${group}", Thường trực và Hội đồng được xem danh sách bảng điểm.`,
  lockedByDeadline: (when: string) =>
    `Đã hết hạn nộp (${when}): bảng điểm đã khóa. Liên hệ Thường trực để được mở lại.`,
  lockedAppraised: 'Bảng điểm đã được thẩm định nên đã khóa với đơn vị; liên hệ Thường trực để được mở lại.',
  staleRevision: (sent: number, current: number) =>
    `Bảng điểm đã được thay đổi (phiên bản hiện tại ${current}, bạn gửi ${sent}). Tải lại rồi gửi lại thay đổi.`,
  reopenUntilPast: (when: string) => `Thời hạn mở lại (${when}) phải ở sau thời điểm hiện tại.`,
  reopenBeforeDue: (code: string, when: string, due: string) =>
    `Mốc ${code} đến ${due} mới đóng: thời hạn mở lại (${when}) phải ở sau hạn của mốc, nếu không việc mở lại không có tác dụng.`,
  incompleteSubmitted:
    'Bảng điểm đã nộp phải có đủ điểm mọi tiêu chí chuẩn; hãy rút về bản nháp (bỏ nộp) trước khi xóa điểm.',
} as const;
