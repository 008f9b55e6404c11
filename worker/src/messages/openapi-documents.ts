/** The OpenAPI texts of the council's papers (decision 0038), merged into messages/openapi.ts. */
import type { OperationText } from './openapi';

const D = '/campaigns/{campaign}/documents';
const READ = 'Thường trực, Hội đồng, quản trị';

export const documentOperations: Record<string, OperationText> = {
  [`get ${D}`]: {
    summary: 'Các văn bản lập được: mã, tên, định dạng, phiên họp và bản chốt nguồn',
    description:
      'Nguồn mặc định: phiên họp đã kết thúc gần nhất, không có thì bản chốt gần nhất (`?meeting=`, `?snapshot=` để chọn). Biên bản họp và Biên bản kiểm phiếu chỉ có khi có phiên họp đã kết thúc. Chưa có bản chốt: danh sách rỗng.',
    roles: READ,
    responses: { 200: 'Các văn bản' },
  },
  [`get ${D}/{code}`]: {
    summary: 'Một văn bản (Word hoặc Excel) theo thể thức Nghị định 30/2020/NĐ-CP',
    description:
      'Lập từ một phiên họp đã kết thúc hoặc một bản chốt, không từ số liệu hiện hành; chân trang ghi mã bản chốt và SHA-256. `format`: `docx` (mặc định) hoặc `xlsx` (chỉ Danh sách đề nghị khen thưởng); định dạng khác: 406. Tên tệp tiếng Việt trong `Content-Disposition` (`filename*` UTF-8, kèm `filename` ASCII). 409 khi chưa có bản chốt hoặc văn bản cần phiên họp đã kết thúc.',
    roles: READ,
    responses: { 200: 'Tệp văn bản' },
  },
};
