/** Vietnamese texts of registrations (đăng ký thi đua), covenants (giao ước thi đua) and the calendar. */
import { leadWord } from '../../../shared/messages/words';

export const calendarApiMessages = {
  unitNotInCampaign: (unit: string, campaign: string) =>
    `Đơn vị "${unit}" không tham gia kế hoạch thi đua năm "${campaign}".`,
  registrationWriteForbidden: (unit: string) =>
    `Chỉ đơn vị "${unit}" hoặc Thường trực được sửa đăng ký thi đua của đơn vị này.`,
  registrationReadForbidden: (unit: string) =>
    `Chỉ đơn vị "${unit}", đơn vị trưởng khối/cụm của đơn vị, Thường trực và Hội đồng được xem đăng ký thi đua này.`,
  covenantWriteForbidden: (group: string, kind?: string | null) =>
    `Chỉ đơn vị ${leadWord(kind)} "${group}" hoặc Thường trực được ghi giao ước thi đua.`,
  /** What a milestone closes, as the calendar names it. */
  closesLabel: { registration: 'Đăng ký thi đua', nominations: 'Nộp, sửa, rút hồ sơ đề nghị khen thưởng' },
  /** A milestone's state in the calendar. */
  milestoneState: { upcoming: 'Sắp tới', due_soon: 'Sắp đến hạn (trong 7 ngày)', closed: 'Đã qua hạn' },
} as const;
