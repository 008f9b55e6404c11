/** Vietnamese texts about tokens, roles and rights. */

/** A role as users name it. */
const roleName = (role: string) =>
  ({ admin: 'quản trị', secretariat: 'Thường trực', council: 'Hội đồng', unit: 'đơn vị' })[role] ?? 'khác';

export const accessMessages = {
  roleName,
  /** The bootstrap admin's label in the audit log. */
  bootstrapAdminLabel: 'Quản trị hệ thống (ADMIN_TOKEN)',
  noToken: 'Thiếu mã truy cập: gửi tiêu đề "Authorization: Bearer <mã>".',
  badToken: 'Mã truy cập không hợp lệ hoặc đã bị thu hồi.',
  roleNotAllowed: 'Vai trò của bạn không được phép thực hiện thao tác này.',
  notYourUnit: (unit: string) =>
    `Bạn chỉ được thao tác trên dữ liệu của đơn vị mình, không phải của "${unit}".`,
  notListed: (campaign: string) => `Đơn vị của bạn không tham gia kế hoạch "${campaign}".`,
  cannotIssue: (role: string) =>
    `Thường trực chỉ được cấp hoặc thu hồi mã cho đơn vị và Hội đồng, không phải cho vai trò ${roleName(role)}.`,
  unitRequired: 'Mã truy cập của vai trò đơn vị phải gắn với một đơn vị.',
  unitForbidden: (role: string) => `Mã truy cập của vai trò ${roleName(role)} không gắn với đơn vị.`,
  unknownUnit: (unit: string) => `Chưa có kế hoạch nào khai báo đơn vị "${unit}".`,
  unknownToken: (id: string) => `Không có mã truy cập "${id}".`,
  leadOwnSheet:
    'Đơn vị trưởng khối/cụm không tự thẩm định bảng điểm của mình; việc này do Thường trực thực hiện.',
} as const;
