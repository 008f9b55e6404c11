/** Vietnamese texts about campaigns, groups and units in a path. */
export const planApiMessages = {
  unknownCampaign: (code: string) => `Không có kế hoạch (đợt thi đua) với mã "${code}".`,
  unknownGroup: (campaign: string, group: string) => `Kế hoạch "${campaign}" không có khối/cụm "${group}".`,
  unknownUnitInPath: (unit: string) => `Không có đơn vị với mã "${unit}".`,
  notMember: (unit: string, group: string) =>
    `Đơn vị "${unit}" không phải là thành viên của khối/cụm "${group}".`,
  campaignExists: (code: string) => `Kế hoạch với mã "${code}" đã tồn tại.`,
  deadlineChanged: (group: string) => `Đã đổi hạn nộp của khối/cụm "${group}".`,
} as const;
