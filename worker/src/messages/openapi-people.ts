/** The OpenAPI texts of staff lists and the register of awards (merged into openapi.ts's operations). */
import type { OperationText } from './openapi';

const UNIT = '/campaigns/{campaign}/units/{unit}/staff';
const YEAR = '/units/{unit}/staff/{year}';
const REPLACES =
  'Thay toàn bộ danh sách đã lưu bằng danh sách gửi lên (tối đa 10.000 người), trong một lần ghi. Kiểm tra: mã cán bộ không trùng, ngày bắt đầu công tác không sau năm, ngày kỷ luật và quyết định công nhận sáng kiến trong năm; lỗi nêu từng dòng ("Dòng N", dòng 1 là tiêu đề).';

export const peopleOperations: Record<string, OperationText> = {
  [`get ${UNIT}`]: {
    summary: 'Danh sách cán bộ của đơn vị trong năm của kế hoạch',
    description: 'Đơn vị chưa gửi: danh sách rỗng, không có thời điểm.',
    roles: 'chính đơn vị, Thường trực, Hội đồng, quản trị',
    responses: { 200: 'Danh sách cán bộ' },
  },
  [`put ${UNIT}`]: {
    summary: 'Gửi danh sách cán bộ của đơn vị cho năm của kế hoạch',
    description: REPLACES,
    roles: 'chính đơn vị, Thường trực, quản trị',
    responses: { 200: 'Danh sách đã lưu' },
  },
  'get /campaigns/{campaign}/staff': {
    summary: 'Danh sách cán bộ của mọi đơn vị trong năm của kế hoạch',
    description: '`?unit=` chỉ lấy một đơn vị. Đơn vị chưa gửi có danh sách rỗng.',
    roles: 'Thường trực, Hội đồng, quản trị',
    responses: { 200: 'Danh sách theo đơn vị' },
  },
  [`get ${YEAR}`]: {
    summary: 'Danh sách cán bộ của đơn vị trong một năm (các năm trước, cho điều kiện nhiều năm)',
    roles: 'chính đơn vị, Thường trực, Hội đồng, quản trị',
    responses: { 200: 'Danh sách cán bộ của năm' },
  },
  [`put ${YEAR}`]: {
    summary: 'Gửi danh sách cán bộ của đơn vị cho một năm trước',
    description: REPLACES,
    roles: 'Thường trực, quản trị',
    responses: { 200: 'Danh sách đã lưu' },
  },
  'get /register': {
    summary: 'Sổ theo dõi khen thưởng: các quyết định và người/tập thể được khen',
    description:
      'Lọc theo `year` (năm thành tích), `unit`, `title` và `level` (danh hiệu/hình thức và cấp). Đơn vị chỉ thấy các quyết định có tên mình hoặc cán bộ của mình, với những người/tập thể đó.',
    roles: 'Thường trực, Hội đồng, quản trị; đơn vị (quyết định có tên mình)',
    responses: { 200: 'Các quyết định, theo ngày' },
  },
  'post /register/decisions': {
    summary: 'Ghi một quyết định khen thưởng vào sổ',
    description:
      'Số và ngày quyết định xác định quyết định; đã có: 409. Đơn vị được khen phải có trong danh mục.',
    roles: 'Thường trực, quản trị',
    responses: { 201: 'Quyết định đã ghi' },
  },
  'post /register/import': {
    summary: 'Nhập sổ khen thưởng các năm trước từ bảng tính (mỗi dòng một người/tập thể được khen)',
    description:
      'Các dòng cùng số và ngày là một quyết định. Mọi dòng được kiểm tra trước: có dòng sai thì trả 422 nêu từng dòng sai ("Dòng N", đường dẫn `/rows/N-2/…`) và không lưu dòng nào. `?dryRun=true`: chỉ kiểm tra. Toàn bộ bảng được lưu trong một giao dịch.',
    roles: 'Thường trực, quản trị',
    responses: { 200: 'Kiểm tra xong (dryRun): số quyết định và người/tập thể', 201: 'Đã nhập' },
  },
};
