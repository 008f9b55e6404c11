/**
 * The OpenAPI document's Vietnamese texts (GET /api/v1/openapi.json): for each operation, keyed by
 * `method path` as the route declares it (http/openapi.ts `documentRoute`), its summary, description, who may
 * call it, and what each answer means; the headers' and the document's own texts.
 */

import { amendmentOperations } from './openapi-amendments';
import { auditOperations } from './openapi-audit';
import { backupOperations } from './openapi-backup';
import { documentOperations } from './openapi-documents';
import { meetingOperations } from './openapi-meetings';
import { peopleOperations } from './openapi-people';

/** The texts of one operation; `responses` by status. */
export interface OperationText {
  summary: string;
  description?: string;
  /** Who may call it, in words (the contract's role table). */
  roles?: string;
  responses: Record<number, string>;
}

const SHEET = '/campaigns/{campaign}/groups/{group}/units/{unit}/sheet';
const REG = '/campaigns/{campaign}/units/{unit}/registration';
const COV = '/campaigns/{campaign}/groups/{group}/covenant';
const NOM = '/campaigns/{campaign}/nominations';
const minimal = (description: string) =>
  `${description}. Với \`Prefer: return=minimal\`: chỉ trạng thái mới.`;

const operations: Record<string, OperationText> = {
  ...backupOperations,
  ...peopleOperations,
  ...amendmentOperations,
  'get /health': {
    summary: 'Kiểm tra máy chủ',
    responses: { 200: 'Máy chủ hoạt động' },
  },
  'get /openapi.json': {
    summary: 'Tài liệu OpenAPI của API',
    roles: 'mọi mã truy cập',
    responses: { 200: 'Tài liệu OpenAPI 3.0' },
  },
  'post /tokens': {
    summary: 'Cấp mã truy cập (hiển thị một lần)',
    description:
      'Mã hết hạn sau `TOKEN_DAYS` ngày (mặc định 400) hoặc tại `expiresAt` sớm hơn. Nhãn không trùng với mã nào chưa thu hồi (không phân biệt hoa thường, khoảng trắng, ký tự ẩn): trùng thì 409.',
    roles: 'quản trị (mọi vai trò); Thường trực (unit, council)',
    responses: { 201: 'Mã mới; `token` chỉ hiển thị một lần' },
  },
  'get /tokens': {
    summary: 'Danh sách mã truy cập chưa thu hồi, kèm thời hạn `expiresAt` (không có mã bí mật)',
    roles: 'quản trị, Thường trực',
    responses: { 200: 'Các mã' },
  },
  'delete /tokens/{id}': {
    summary: 'Thu hồi mã truy cập',
    roles: 'quản trị; Thường trực (mã unit, council)',
    responses: { 204: 'Đã thu hồi' },
  },
  'get /me': {
    summary: 'Thông tin về mã truy cập đang dùng và các khối/cụm của đơn vị',
    roles: 'mọi mã truy cập',
    responses: { 200: 'Vai trò, đơn vị, nhãn, khối/cụm' },
  },
  'post /plans': {
    summary: 'Tạo kế hoạch thi đua năm từ văn bản kế hoạch',
    description: 'Toàn bộ hoặc không gì cả; 422 liệt kê mọi lỗi của văn bản; 409 nếu mã đã tồn tại.',
    roles: 'quản trị, Thường trực',
    responses: { 201: 'Văn bản đã lưu, kèm trạng thái' },
  },
  'get /campaigns': {
    summary: 'Danh sách kế hoạch thi đua năm',
    roles: 'mọi vai trò; đơn vị chỉ thấy các kế hoạch có mình',
    responses: { 200: 'Các kế hoạch' },
  },
  'get /campaigns/{campaign}': {
    summary: 'Văn bản kế hoạch và trạng thái',
    roles: 'quản trị, Thường trực, Hội đồng, đơn vị có trong kế hoạch',
    responses: { 200: 'Văn bản kế hoạch + "status"' },
  },
  'patch /campaigns/{campaign}/groups/{group}': {
    summary: 'Đổi hạn nộp của khối/cụm (gia hạn)',
    roles: 'quản trị, Thường trực',
    responses: { 200: 'Khối/cụm với hạn mới' },
  },
  [`get ${SHEET}`]: {
    summary: 'Đọc bảng điểm của một đơn vị',
    roles: 'đơn vị đó, trưởng khối/cụm, Thường trực, Hội đồng, quản trị',
    responses: { 200: 'Bảng điểm' },
  },
  [`put ${SHEET}`]: {
    summary: 'Lưu nháp, nộp hoặc rút bảng tự chấm điểm',
    roles: 'chính đơn vị đó',
    responses: { 200: minimal('Trạng thái mới, revision + 1') },
  },
  [`put ${SHEET}/appraisal`]: {
    summary: 'Thẩm định bảng điểm',
    roles: 'trưởng khối/cụm (không tự thẩm định mình), Thường trực',
    responses: { 200: minimal('Bảng điểm đã thẩm định') },
  },
  [`post ${SHEET}/reopen`]: {
    summary: 'Mở lại một bảng điểm cho đơn vị đến một thời điểm mới',
    roles: 'Thường trực',
    responses: { 200: 'Bảng điểm sau khi mở lại' },
  },
  [`get ${SHEET}/history`]: {
    summary: 'Các phiên bản trước của bảng điểm',
    roles: 'đơn vị đó, trưởng khối/cụm, Thường trực, Hội đồng',
    responses: { 200: 'Các phiên bản, mới nhất trước' },
  },
  'get /campaigns/{campaign}/groups/{group}/sheets': {
    summary: 'Danh sách bảng điểm của khối/cụm',
    roles: 'trưởng khối/cụm, Thường trực, Hội đồng',
    responses: { 200: 'Mỗi thành viên một dòng' },
  },
  'get /campaigns/{campaign}/audit': {
    summary: 'Nhật ký mọi thao tác ghi của kế hoạch thi đua',
    description: '`action` khớp đúng tên (sheet.submit) hoặc tiền tố (sheet); `to` tính cả thời điểm đó.',
    roles: 'quản trị, Thường trực',
    responses: { 200: 'Các dòng nhật ký, cũ nhất trước' },
  },
  'get /campaigns/{campaign}/groups/{group}/ranking': {
    summary: 'Bảng xếp hạng của một khối/cụm',
    description:
      'Theo tổng điểm cuối cùng, rồi các tiêu chí phụ của bảng điểm; bằng nhau thì cùng hạng (1, 2, 2, 4). Đơn vị chưa nộp xếp cuối, hạng null. `format=csv`: tệp CSV (Excel tiếng Việt; `dialect=rfc4180` cho chương trình, tệp `…-rfc4180.csv`); định dạng khác: 406.',
    roles: 'Thường trực, Hội đồng, quản trị; đơn vị thành viên sau hạn nộp của khối/cụm',
    responses: { 200: 'Bảng xếp hạng' },
  },
  'get /campaigns/{campaign}/rankings': {
    summary: 'Bảng xếp hạng mọi khối/cụm của kế hoạch thi đua',
    description:
      '`format=csv`: tệp CSV UTF-8 có BOM, dấu `;`, dấu phẩy thập phân (Excel tiếng Việt); thêm `dialect=rfc4180` để có `,` và `.` (tệp tên `…-rfc4180.csv`). Định dạng khác: 406.',
    roles: 'Thường trực, Hội đồng, quản trị; đơn vị: các khối/cụm của mình đã hết hạn nộp',
    responses: { 200: 'Mỗi khối/cụm một bảng' },
  },
  'get /campaigns/{campaign}/groups/{group}/consolidated': {
    summary: 'Bảng tổng hợp điểm của khối/cụm (đơn vị × tiêu chí)',
    description:
      '`format=csv`: UTF-8 có BOM, dấu `;`, dấu phẩy thập phân (Excel tiếng Việt); thêm `dialect=rfc4180` để có `,` và `.` (tệp tên `…-rfc4180.csv`). `format=xlsx`: tệp Excel.',
    roles: 'Thường trực, Hội đồng, quản trị',
    responses: { 200: 'Bảng tổng hợp' },
  },
  'put /campaigns/{campaign}/groups/{group}/votes/{round}': {
    summary: 'Ghi kết quả bỏ phiếu bình xét (vòng 1 hoặc 2)',
    roles: 'trưởng khối/cụm, Thường trực, quản trị',
    responses: { 200: 'Vòng bỏ phiếu đã ghi, với ngưỡng và đơn vị đạt' },
  },
  'get /campaigns/{campaign}/groups/{group}/votes': {
    summary: 'Các vòng bỏ phiếu của khối/cụm',
    roles: 'thành viên khối/cụm, Thường trực, Hội đồng, quản trị',
    responses: { 200: 'Các vòng' },
  },
  [`post ${NOM}`]: {
    summary: 'Gửi hồ sơ đề nghị khen thưởng',
    description:
      'Trạng thái được tính lại trên toàn bộ hồ sơ của kế hoạch thi đua (ưu tiên, hạng, thời điểm nộp).',
    roles: 'đơn vị (tập thể và cá nhân của mình), đơn vị phụ trách phong trào, Thường trực, quản trị',
    responses: { 201: 'Đã nhận, với trạng thái hiện tại' },
  },
  [`get ${NOM}`]: {
    summary: 'Danh sách hồ sơ đề nghị với trạng thái hiện tại',
    roles: 'Thường trực, Hội đồng, quản trị; đơn vị: hồ sơ của mình và của phong trào mình phụ trách',
    responses: { 200: 'Các hồ sơ' },
  },
  [`patch ${NOM}/{id}`]: {
    summary: 'Sửa hồ sơ đề nghị (giữ thời điểm nộp)',
    roles: 'như khi gửi',
    responses: { 200: 'Hồ sơ sau khi sửa' },
  },
  [`delete ${NOM}/{id}`]: {
    summary: 'Rút hồ sơ đề nghị',
    roles: 'như khi gửi',
    responses: { 204: 'Đã rút' },
  },
  'get /campaigns/{campaign}/quotas': {
    summary: 'Tình hình sử dụng chỉ tiêu khen thưởng',
    description:
      '`format=csv`: tệp CSV UTF-8 có BOM, dấu `;`, dấu phẩy thập phân (Excel tiếng Việt); thêm `dialect=rfc4180` để có `,` và `.` (tệp tên `…-rfc4180.csv`). Định dạng khác: 406.',
    roles: 'Thường trực, Hội đồng, quản trị',
    responses: { 200: 'Mỗi giới hạn một dòng' },
  },
  'post /campaigns/{campaign}/snapshots': {
    summary: 'Chốt số liệu cho phiên họp Hội đồng',
    description:
      'Chốt bảng xếp hạng, bảng tổng hợp, kết quả bỏ phiếu, hồ sơ đề nghị với trạng thái, chỉ tiêu và giao ước; `sha256` tính trên bản tuần tự hóa chuẩn RFC 8785 (không gồm id, createdAt, sha256).',
    roles: 'Thường trực, quản trị',
    responses: { 201: 'Đã chốt' },
  },
  'get /campaigns/{campaign}/snapshots': {
    summary: 'Các bản chốt của kế hoạch thi đua',
    roles: 'Thường trực, Hội đồng, quản trị',
    responses: { 200: 'Các bản chốt, cũ nhất trước' },
  },
  'get /campaigns/{campaign}/snapshots/{id}': {
    summary: 'Nội dung một bản chốt, đúng như lúc chốt',
    roles: 'Thường trực, Hội đồng, quản trị',
    responses: { 200: 'Bản chốt' },
  },
  [`put ${REG}`]: {
    summary: 'Đăng ký thi đua của đơn vị (danh hiệu/hình thức khen thưởng tập thể và cá nhân)',
    description:
      'Thay toàn bộ bản đăng ký. Bị khóa (423) khi mốc đóng đăng ký (`closes: "registration"`) đã qua mà chưa được mở lại.',
    roles: 'chính đơn vị, Thường trực, quản trị',
    responses: { 200: 'Bản đăng ký đã lưu' },
  },
  [`get ${REG}`]: {
    summary: 'Xem đăng ký thi đua của đơn vị',
    roles: 'chính đơn vị, trưởng khối/cụm của đơn vị, Thường trực, Hội đồng, quản trị',
    responses: { 200: 'Bản đăng ký (rỗng nếu chưa đăng ký)' },
  },
  'get /campaigns/{campaign}/registrations': {
    summary: 'Mọi bản đăng ký thi đua của kế hoạch',
    roles: 'Thường trực, Hội đồng, quản trị',
    responses: { 200: 'Các bản đăng ký, theo mã đơn vị' },
  },
  [`put ${COV}`]: {
    summary: 'Ghi giao ước thi đua đã ký của khối/cụm',
    roles: 'trưởng khối/cụm, Thường trực, quản trị',
    responses: { 200: 'Giao ước đã ghi' },
  },
  [`get ${COV}`]: {
    summary: 'Giao ước thi đua của khối/cụm (đã ghi, hoặc theo kế hoạch)',
    roles: 'mọi đơn vị của kế hoạch, Thường trực, Hội đồng, quản trị',
    responses: { 200: 'Giao ước; các trường null nếu chưa có' },
  },
  'post /campaigns/{campaign}/milestones/{code}/reopen': {
    summary: 'Mở lại hoạt động mà một mốc đã khóa (đăng ký, hồ sơ đề nghị)',
    roles: 'Thường trực, quản trị',
    responses: { 200: 'Mốc sau khi mở lại' },
  },
  'get /campaigns/{campaign}/calendar': {
    summary: 'Lịch các mốc của kế hoạch thi đua năm, theo thứ tự thời gian',
    description:
      '`state`: `upcoming`, `due_soon` (đến hạn trong 7 ngày), `closed`; `closes` cho biết mốc khóa hoạt động nào; `closesAt` tính cả lần mở lại.',
    roles: 'mọi đơn vị của kế hoạch, Thường trực, Hội đồng, quản trị',
    responses: { 200: 'Các mốc' },
  },
  ...auditOperations,
  ...meetingOperations,
  ...documentOperations,
};

export const openapiMessages = {
  title: 'Thi đua API',
  description: 'Chấm điểm, xếp hạng và xét khen thưởng (contract v1). Lỗi theo RFC 9457, tiếng Việt.',
  /** Prefixes the roles of an operation in its description. */
  roles: (roles: string) => `Quyền: ${roles}`,
  problem: (status: number) => `Lỗi ${status} (problem+json)`,
  /** Request and response headers, by name. */
  headers: {
    Prefer:
      '`return=minimal` (RFC 7240): trả lời 200 chỉ với trạng thái mới `{revision, status, totals, classification, submittedAt, locksAt, lockedAt}` (cùng tên trường như bảng điểm đầy đủ) và `Preference-Applied: return=minimal`; không có: cả bảng điểm (kèm mẫu và các dòng).',
    'Preference-Applied': '`return=minimal` khi trả lời rút gọn',
    'Content-Disposition': 'Tên tệp: `filename*` (UTF-8, RFC 6266/8187) và `filename` ASCII',
  } as Record<string, string>,
  operations,
};
