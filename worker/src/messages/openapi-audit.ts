/** The OpenAPI texts of the audit chain's routes (decision 0028), merged into messages/openapi.ts. */
import type { OperationText } from './openapi';

const CHAIN =
  'Mỗi dòng nhật ký nối với dòng trước bằng SHA-256 (`hash` = SHA-256(hash trước ‖ dòng)); một chuỗi cho mỗi kế hoạch thi đua, một chuỗi chung (mã truy cập, đơn vị).';

export const auditOperations: Record<string, OperationText> = {
  'get /campaigns/{campaign}/audit/verify': {
    summary: 'Kiểm tra nhật ký của kế hoạch thi đua không bị sửa, chèn hay xóa',
    description: `${CHAIN} Cũng đối chiếu đầu chuỗi mà mỗi bản chốt đã ghi. \`firstBroken\` chỉ mắt xích hỏng đầu tiên.`,
    roles: 'quản trị, Thường trực',
    responses: { 200: 'Kết quả kiểm tra (ok, số dòng, đầu chuỗi, mắt xích hỏng đầu tiên nếu có)' },
  },
  'get /audit': {
    summary: 'Nhật ký chung: cấp và thu hồi mã truy cập, đơn vị',
    description: 'Các thao tác ghi không thuộc kế hoạch thi đua nào, cùng bộ lọc như nhật ký của kế hoạch.',
    roles: 'quản trị',
    responses: { 200: 'Các dòng nhật ký, cũ nhất trước' },
  },
  'get /audit/verify': {
    summary: 'Kiểm tra chuỗi nhật ký chung',
    description: CHAIN,
    roles: 'quản trị',
    responses: { 200: 'Kết quả kiểm tra (ok, số dòng, đầu chuỗi, mắt xích hỏng đầu tiên nếu có)' },
  },
};
