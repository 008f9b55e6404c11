/** Vietnamese texts about tokens, roles and rights. */

/** A role as users name it. */
const roleName = (role: string) =>
  ({ admin: 'quản trị', secretariat: 'Thường trực', council: 'Hội đồng', unit: 'đơn vị' })[role] ?? 'khác';

export const accessMessages = {
  roleName,
  /** The bootstrap admin's label in the audit log. */
  bootstrapAdminLabel: 'Quản trị hệ thống (ADMIN_TOKEN)',
  /** The same, signed in with the second value of a rotation. */
  bootstrapAdminNextLabel: 'Quản trị hệ thống (ADMIN_TOKEN_NEXT)',
  noToken: 'Thiếu mã truy cập: gửi tiêu đề "Authorization: Bearer <mã>".',
  badToken: 'Mã truy cập không hợp lệ hoặc đã bị thu hồi.',
  expiredToken: (at: string) => `Mã truy cập đã hết hạn từ ${at}. Đề nghị Thường trực Hội đồng cấp mã mới.`,
  tooManyFailures: (seconds: number) =>
    `Gửi sai mã truy cập quá nhiều lần. Vui lòng thử lại sau ${seconds} giây.`,
  labelTaken: (label: string, id: string) =>
    `Nhãn "${label}" đã thuộc mã truy cập ${id} (chưa thu hồi); thu hồi mã đó trước hoặc đặt nhãn khác.`,
  expiresInPast: 'Thời hạn của mã truy cập (expiresAt) phải ở sau thời điểm cấp.',
  expiresTooLate: (max: string, days: number) =>
    `Thời hạn của mã truy cập (expiresAt) không được quá ${days} ngày kể từ khi cấp, tức muộn nhất ${max}.`,
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
