/** The OpenAPI texts of plan amendments and unit updates (decision 0027), merged into messages/openapi.ts. */
import type { OperationText } from './openapi';

export const amendmentOperations: Record<string, OperationText> = {
  'post /campaigns/{campaign}/amendments': {
    summary: 'Sửa đổi kế hoạch trong năm (có lý do, tăng phiên bản)',
    description:
      'Các thay đổi (phân bổ chỉ tiêu phong trào, thêm đơn vị, thêm/bỏ thành viên khối/cụm, đổi đơn vị trưởng khối, thêm mốc thời gian, thay mẫu bảng điểm) được kiểm tra như một kế hoạch mới; 422 nếu làm mất việc đã chấm (bảng điểm, phiếu bầu, hồ sơ); 409 nếu `version` không còn là phiên bản hiện tại.',
    roles: 'quản trị, Thường trực',
    responses: { 201: 'Kế hoạch sau sửa đổi, phiên bản mới và các lần sửa đổi' },
  },
  'get /campaigns/{campaign}/plan': {
    summary: 'Kế hoạch hiện hành, phiên bản và các lần sửa đổi',
    roles: 'mọi vai trò đọc được kế hoạch',
    responses: { 200: 'Văn bản kế hoạch hiện hành, phiên bản, các lần sửa đổi (lý do, người, thời điểm)' },
  },
  'put /units/{unit}': {
    summary: 'Cập nhật tên hoặc thông tin của đơn vị, áp dụng từ một kế hoạch trở đi',
    description:
      'Kế hoạch `from` và các kế hoạch sau có đơn vị này nhận thông tin mới (mỗi kế hoạch một lần sửa đổi, có lý do); các kế hoạch trước và ảnh chụp của chúng giữ nguyên.',
    roles: 'quản trị, Thường trực',
    responses: { 200: 'Thông tin hiện tại của đơn vị và các kế hoạch đã áp dụng (phiên bản mới)' },
  },
};
