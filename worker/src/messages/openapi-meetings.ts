/** The OpenAPI texts of the council's meeting routes (decision 0039), merged into messages/openapi.ts. */
import type { OperationText } from './openapi';

const M = '/campaigns/{campaign}/meetings';
const READ = 'Thường trực, Hội đồng, quản trị';
const RUN = 'Thường trực, quản trị';

export const meetingOperations: Record<string, OperationText> = {
  [`post ${M}`]: {
    summary: 'Mở phiên họp Hội đồng Thi đua – Khen thưởng trên một bản chốt',
    description:
      'Chương trình họp gồm các đề nghị trong chỉ tiêu của bản chốt (mã đề nghị = mã hồ sơ đề nghị). Đề nghị thuộc danh hiệu có quy định bỏ phiếu kín (`ballot` trong kế hoạch) cần số phiếu đồng ý tối thiểu = ⌈tỷ lệ × tổng số thành viên Hội đồng (hoặc số có mặt)⌉; các đề nghị khác Hội đồng quyết định theo danh sách. `councilSize` mặc định là số thành viên Hội đồng trong kế hoạch.',
    roles: RUN,
    responses: { 201: 'Phiên họp với các đề nghị chờ xét' },
  },
  [`get ${M}`]: {
    summary: 'Các phiên họp của kế hoạch thi đua, cũ nhất trước',
    roles: READ,
    responses: { 200: 'Các phiên họp (không kèm đề nghị), số đề nghị theo trạng thái' },
  },
  [`get ${M}/{id}`]: {
    summary: 'Một phiên họp với các đề nghị, kết quả kiểm phiếu và kết luận',
    roles: READ,
    responses: { 200: 'Phiên họp' },
  },
  [`put ${M}/{id}/ballots`]: {
    summary: 'Ghi kết quả kiểm phiếu (phát ra, thu về, hợp lệ, đồng ý) của các đề nghị bỏ phiếu kín',
    description:
      'Kiểm tra: hợp lệ ≤ thu về ≤ phát ra ≤ số thành viên Hội đồng, đồng ý ≤ hợp lệ. Kết luận tự suy ra: đề nghị khi số phiếu đồng ý đạt ngưỡng, không thì "không đề nghị" kèm lý do nêu số phiếu và căn cứ. Ghi lại một đề nghị đã có kết quả là sửa (ghi nhật ký cùng kết quả cũ).',
    roles: 'Hội đồng, Thường trực, quản trị',
    responses: { 200: 'Phiên họp sau khi ghi' },
  },
  [`put ${M}/{id}/list`]: {
    summary: 'Hội đồng quyết định theo danh sách các đề nghị không bỏ phiếu kín',
    description: 'Không đề nghị phải nêu lý do.',
    roles: RUN,
    responses: { 200: 'Phiên họp sau khi ghi' },
  },
  [`post ${M}/{id}/close`]: {
    summary: 'Kết thúc phiên họp (mọi đề nghị đã có kết luận); sau đó chỉ đọc',
    roles: RUN,
    responses: { 200: 'Phiên họp đã kết thúc' },
  },
  [`post ${M}/{id}/reopen`]: {
    summary: 'Mở lại phiên họp đã kết thúc để sửa (nêu lý do; ghi nhật ký)',
    description: 'Không mở lại được khi kết quả đã trình cấp có thẩm quyền.',
    roles: RUN,
    responses: { 200: 'Phiên họp đang họp lại' },
  },
  [`post ${M}/{id}/submit`]: {
    summary: 'Trình cấp có thẩm quyền các đề nghị Hội đồng đã thông qua (Tờ trình)',
    roles: RUN,
    responses: { 200: 'Các đề nghị chuyển sang "trình cấp có thẩm quyền"' },
  },
  [`post ${M}/{id}/decisions`]: {
    summary: 'Ghi quyết định khen thưởng của cấp có thẩm quyền cho các đề nghị đã trình',
    description:
      'Một quyết định cho một danh hiệu/hình thức; các đề nghị chuyển sang "đã khen thưởng" và quyết định được ghi vào sổ theo dõi khen thưởng (`GET /register`).',
    roles: RUN,
    responses: { 201: 'Phiên họp sau khi ghi quyết định' },
  },
};
