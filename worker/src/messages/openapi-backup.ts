/** The OpenAPI texts of backup and restore (merged into openapi.ts's operations). */
import type { OperationText } from './openapi';

export const backupOperations: Record<string, OperationText> = {
  'get /campaigns/{campaign}/backup': {
    summary: 'Sao lưu toàn bộ một kế hoạch thi đua năm (một tài liệu JSON)',
    description:
      'Mọi dòng của mọi bảng thuộc kế hoạch, đúng như đã lưu: kế hoạch, đơn vị (như lúc sao lưu), bảng điểm và lịch sử, thẩm định, bỏ phiếu, đăng ký, giao ước, hồ sơ đề nghị, bản chốt, nhật ký. `sha256` niêm phong nội dung (RFC 8785).',
    roles: 'quản trị',
    responses: { 200: 'Bản sao lưu' },
  },
  'post /restore': {
    summary: 'Khôi phục một kế hoạch từ bản sao lưu vào cơ sở dữ liệu chưa có kế hoạch đó',
    description:
      'Kiểm tra niêm phong, cấu trúc và từng dòng trước khi ghi; ghi theo nhiều lô; đọc lại và so khớp từng dòng. Lỗi 503 giữa chừng: gửi lại đúng yêu cầu đó để ghi tiếp phần còn thiếu. Đã có kế hoạch (hoặc đã khôi phục xong): 409.',
    roles: 'quản trị',
    responses: { 201: 'Đã khôi phục: số dòng đã ghi theo bảng' },
  },
};
