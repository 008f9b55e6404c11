/** Vietnamese texts about tokens, roles and rights. */
export const accessMessages = {
  noToken: 'Thiếu mã truy cập: gửi tiêu đề "Authorization: Bearer <mã>".',
  badToken: 'Mã truy cập không hợp lệ hoặc đã bị thu hồi.',
  roleNotAllowed: 'Vai trò của bạn không được phép thực hiện thao tác này.',
  notYourUnit: (unit: string) =>
    `Bạn chỉ được thao tác trên dữ liệu của đơn vị mình, không phải của "${unit}".`,
  notListed: (campaign: string) => `Đơn vị của bạn không tham gia kế hoạch "${campaign}".`,
  cannotIssue: (role: string) =>
    `Thường trực chỉ được cấp hoặc thu hồi mã cho đơn vị và hội đồng, không phải "${role}".`,
  unitRequired: 'Mã truy cập vai trò "unit" phải gắn với một đơn vị.',
  unitForbidden: (role: string) => `Mã truy cập vai trò "${role}" không gắn với đơn vị.`,
  unknownUnit: (unit: string) => `Chưa có kế hoạch nào khai báo đơn vị "${unit}".`,
  unknownToken: (id: string) => `Không có mã truy cập "${id}".`,
  leadOwnSheet:
    'Đơn vị trưởng khối không tự thẩm định bảng điểm của mình; việc này do Thường trực thực hiện.',
} as const;
