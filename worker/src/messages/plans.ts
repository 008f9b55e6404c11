/** Vietnamese texts about campaigns, groups and units in a path. */
import { groupWord } from '../../../shared/messages/words';

export const planApiMessages = {
  unknownCampaign: (code: string) => `Không có kế hoạch thi đua năm với mã "${code}".`,
  unknownGroup: (campaign: string, group: string) =>
    `Kế hoạch thi đua năm "${campaign}" không có khối/cụm "${group}".`,
  unknownUnitInPath: (unit: string) => `Không có đơn vị với mã "${unit}".`,
  notMember: (unit: string, group: string) =>
    `Đơn vị "${unit}" không phải là thành viên của khối/cụm "${group}".`,
  campaignExists: (code: string) => `Kế hoạch thi đua năm với mã "${code}" đã tồn tại.`,
  planTooBig: (bytes: number, limit: number) =>
    `Văn bản kế hoạch quá lớn để lưu (${(bytes / 1e6).toFixed(2).replace('.', ',')} MB; giới hạn ${(limit / 1e6).toFixed(0)} MB cho một văn bản). Hãy tách thành nhiều kế hoạch, ví dụ mỗi khối hoặc cụm thi đua một kế hoạch.`,
  deadlineChanged: (group: string, kind?: string | null) =>
    `Đã đổi hạn nộp của ${groupWord(kind)} "${group}".`,
} as const;
