/**
 * Small tables of Vietnamese names, posts and departments, and a deterministic spread over them: the staff
 * lists of the demo (people-*.ts) are generated from these, so every run shows the same people.
 */
import type { Sex } from '../contract/enums';

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Trương',
  'Đinh',
  'Lâm',
  'Mai',
];
const MIDDLE: Record<Sex, string[]> = {
  female: [
    'Thị',
    'Thị Thu',
    'Thị Ngọc',
    'Thị Kim',
    'Thị Thanh',
    'Ngọc',
    'Thị Mỹ',
    'Thị Hồng',
    'Phương',
    'Thị Bích',
  ],
  male: ['Văn', 'Minh', 'Quốc', 'Hữu', 'Đức', 'Thanh', 'Công', 'Hoàng', 'Văn Anh', 'Tấn'],
};
const GIVEN: Record<Sex, string[]> = {
  female: [
    'Hà',
    'Lan',
    'Mai',
    'Hương',
    'Trang',
    'Ngân',
    'Thảo',
    'Linh',
    'Nhung',
    'Yến',
    'Oanh',
    'Diễm',
    'Hạnh',
    'Phượng',
    'Tâm',
    'Vân',
    'Thủy',
    'Quyên',
    'Hiền',
    'Loan',
  ],
  male: [
    'Hùng',
    'Dũng',
    'Tuấn',
    'Phúc',
    'Khánh',
    'Sơn',
    'Lộc',
    'Nam',
    'Thắng',
    'Việt',
    'Hải',
    'Long',
    'Trí',
    'Bình',
    'Toàn',
    'Nghĩa',
    'Thành',
    'Tài',
    'Khoa',
    'Đạt',
  ],
};

/** Posts and departments by the unit's line of work. */
export const POSTS = {
  hospital: {
    posts: [
      'Bác sĩ',
      'Điều dưỡng',
      'Điều dưỡng',
      'Kỹ thuật viên',
      'Dược sĩ',
      'Hộ sinh',
      'Bác sĩ',
      'Điều dưỡng',
    ],
    departments: ['Khoa Nội', 'Khoa Ngoại', 'Khoa Nhi', 'Khoa Cấp cứu', 'Khoa Xét nghiệm', 'Khoa Dược'],
  },
  field: {
    posts: ['Bác sĩ', 'Y sĩ', 'Điều dưỡng', 'Hộ sinh', 'Cán bộ dân số', 'Kỹ thuật viên', 'Dược sĩ'],
    departments: ['Khoa Kiểm soát bệnh tật', 'Khoa Khám bệnh', 'Trạm Y tế', 'Khoa Dược', 'Phòng Kế hoạch'],
  },
  office: {
    posts: ['Chuyên viên', 'Chuyên viên chính', 'Kế toán', 'Văn thư', 'Chuyên viên', 'Cán sự'],
    departments: ['Tổ Tổng hợp', 'Tổ Hành chính', 'Tổ Tài chính', 'Tổ Chuyên môn'],
  },
} as const;
export type PostsKind = keyof typeof POSTS;

/** Initiatives (sáng kiến) the demo's people had recognised, by line of work. */
export const INITIATIVES = [
  'Cải tiến quy trình tiếp đón người bệnh tại khoa',
  'Ứng dụng phần mềm nhắc lịch tiêm chủng qua tin nhắn',
  'Giải pháp giảm thời gian chờ kết quả xét nghiệm',
  'Quy trình bàn giao người bệnh giữa các ca trực',
  'Bảng kiểm an toàn người bệnh trước phẫu thuật',
  'Số hóa hồ sơ thi đua, khen thưởng của đơn vị',
  'Mô hình tư vấn dinh dưỡng cho người bệnh đái tháo đường',
  'Cải tiến kho thuốc theo nguyên tắc nhập trước xuất trước',
];

/** A stable spread in [0, n) of a text key and a number (FNV-1a over the key, then a multiplicative mix). */
export function spread(key: string, salt: number, n: number): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  h = Math.imul(h ^ (salt + 0x9e3779b9), 2654435761);
  h ^= h >>> 15;
  return (h >>> 0) % n;
}

/** A person's name from the tables, for a key: family, middle and given names of their sex. */
export function personName(key: string, sex: Sex): string {
  const f = FAMILY[spread(key, 1, FAMILY.length)]!;
  const m = MIDDLE[sex][spread(key, 2, MIDDLE[sex].length)]!;
  const g = GIVEN[sex][spread(key, 3, GIVEN[sex].length)]!;
  return `${f} ${m} ${g}`;
}

/** Two digits. */
export const dd = (n: number) => String(n).padStart(2, '0');

/** A date of a year from a key: a month in [from, to] and a day up to 28. */
export function dateIn(year: number, key: string, salt: number, from = 1, to = 12): string {
  const month = from + spread(key, salt, to - from + 1);
  return `${year}-${dd(month)}-${dd(1 + spread(key, salt + 1, 28))}`;
}

/** The symbol of a unit in document numbers ("BV-LL" → "BVLL"). */
export const symbolOf = (unit: string) => unit.replace(/-/g, '');
