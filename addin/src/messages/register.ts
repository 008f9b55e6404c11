/** The register of awards in Excel: the import sheet, the register's table, and their panel in the pane. */
import { peopleMessages } from '../../../shared/messages/people';

const D = peopleMessages.decisionField;

export const registerSheetText = {
  tab: 'Nhập sổ khen thưởng',
  header: {
    number: 'Số quyết định',
    date: 'Ngày quyết định',
    issuerLevel: D.issuerLevel!,
    authority: D.authority!,
    awardTitle: D['award.title']!,
    awardLevel: D['award.level']!,
    category: D.category!,
    awardName: D.awardName!,
    periodFrom: D['period.from']!,
    periodTo: D['period.to']!,
    kind: 'Đối tượng (tập thể/cá nhân)',
    unit: 'Mã đơn vị',
    staffId: 'Mã cán bộ',
    name: 'Họ và tên',
    birthDate: 'Ngày sinh',
  },
  cell: (address: string, header: string, message: string) => `Ô ${address} (${header}): ${message}`,
} as const;

export const registerTableText = {
  sheet: 'Sổ khen thưởng',
  title: 'SỔ THEO DÕI KHEN THƯỞNG',
  subtitle: (year: number | null, decisions: number, recipients: number) =>
    `${year ? `Năm thành tích ${year}` : 'Mọi năm'} · ${decisions} quyết định · ${recipients} người/tập thể được khen`,
  header: {
    number: 'Số quyết định',
    date: 'Ngày',
    issuer: 'Cấp ban hành',
    authority: 'Người/cơ quan ký',
    award: 'Danh hiệu/hình thức',
    category: 'Loại',
    level: 'Cấp khen thưởng',
    period: 'Năm thành tích',
    kind: 'Đối tượng',
    unit: 'Đơn vị',
    staffId: 'Mã cán bộ',
    name: 'Họ và tên',
  },
  empty: 'Sổ chưa có quyết định nào cho năm này.',
} as const;

export const registerPaneText = {
  heading: 'Sổ theo dõi khen thưởng',
  open: 'Mở bảng nhập',
  check: 'Kiểm tra bảng nhập',
  send: 'Nhập vào sổ',
  year: 'Năm thành tích',
  view: 'Xem sổ',
  needExcel: 'Mở ngăn này trong Excel để nhập sổ khen thưởng.',
  opening: 'Đang tạo bảng nhập…',
  checking: 'Đang kiểm tra các dòng…',
  sending: 'Đang nhập vào sổ…',
  viewing: 'Đang ghi sổ khen thưởng vào Excel…',
  opened:
    'Đã tạo bảng nhập: mỗi dòng một người hoặc tập thể được khen, các dòng cùng số và ngày là một quyết định.',
  notOpened: 'Chưa có bảng nhập trong sổ tính: bấm "Mở bảng nhập".',
  checked: (rows: number) => `Bảng hợp lệ: ${rows} dòng, sẵn sàng nhập.`,
  sent: (recipients: number) => `Đã nhập vào sổ ${recipients} người/tập thể được khen.`,
  invalid: 'Có dòng cần sửa (tô đỏ, lý do ở cột "Kết quả kiểm tra"). Chưa nhập gì.',
  serverInvalid: 'Máy chủ từ chối: sửa các dòng tô đỏ rồi nhập lại. Sổ không thay đổi.',
  viewed: (decisions: number, recipients: number) =>
    `Đã ghi sổ: ${decisions} quyết định, ${recipients} người/tập thể được khen.`,
  badYear: 'Năm thành tích phải là số từ 1945 đến 2100.',
  problems: 'Ô cần sửa',
  overwrite: 'Bảng nhập có những dòng chưa nhập vào sổ. Mở lại sẽ tạo bảng trống thay cho chúng. Tiếp tục?',
} as const;
