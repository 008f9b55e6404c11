/** Vietnamese of the contract's repeated field shapes (../contract/fields.ts) and of the text policy. */
import type { TextFault } from '../text';

/** "U+202E", as Unicode charts write a code point. */
const cp = (n: number) => `U+${n.toString(16).toUpperCase().padStart(4, '0')}`;

export const fieldMessages = {
  webUrl: 'Đường dẫn phải là địa chỉ web bắt đầu bằng https:// hoặc http://.',

  /** Why a text is refused (docs/decisions/0025-text-policy-and-limits.md). */
  textFault: (f: TextFault): string => {
    switch (f.kind) {
      case 'surrogate':
        return `chứa ký tự Unicode không hợp lệ (nửa cặp thay thế ${cp(f.codePoint)} đứng một mình).`;
      case 'bidi':
        return `không được chứa ký tự điều khiển hướng chữ (${cp(f.codePoint)}): nó làm văn bản hiển thị khác với nội dung thật.`;
      case 'lineBreak':
        return `chỉ được viết trên một dòng (có ký tự xuống dòng ${cp(f.codePoint)}).`;
      case 'control':
        return `không được chứa ký tự điều khiển (${cp(f.codePoint)}).`;
      case 'format':
        return `không được chứa ký tự định dạng vô hình (${cp(f.codePoint)}).`;
    }
  },
  noVisibleText: 'phải có chữ nhìn thấy được (không chỉ gồm khoảng trắng hay ký tự vô hình).',
  /**
   * A text-policy refusal, naming the field in the user's words ("/units/0/name" → "Tên (đơn vị thứ 1)");
   * the problem's `path` keeps the pointer for programs.
   */
  inField: (path: string, why: string): string => `${fieldWords(path)} ${why}`,
} as const;

/** The fields a user fills in, by their JSON name. */
const FIELD: Record<string, string> = {
  name: 'Tên',
  label: 'Nhãn',
  title: 'Tiêu đề',
  reason: 'Lý do',
  evidence: 'Minh chứng',
  summary: 'Tóm tắt thành tích',
  staffId: 'Mã cán bộ',
  position: 'Chức vụ',
  authority: 'Cơ quan ban hành',
  parent: 'Cơ quan chủ quản',
  documentNo: 'Số văn bản',
  place: 'Địa danh',
  chair: 'Chủ tịch Hội đồng',
  guidance: 'Hướng dẫn',
  basis: 'Căn cứ',
  content: 'Nội dung',
  details: 'Chi tiết',
  recipients: 'Nơi nhận',
  quotaText: 'Chỉ tiêu',
  code: 'Mã',
  unit: 'Mã đơn vị',
  lead: 'Đơn vị trưởng khối/cụm',
  award: 'Mã danh hiệu/hình thức khen thưởng',
  group: 'Mã khối/cụm',
  movement: 'Mã phong trào',
  programme: 'Mã chương trình',
  criterion: 'Mã tiêu chí',
  template: 'Mã bảng tiêu chí',
  responsibleUnit: 'Đơn vị phụ trách',
};

/** The lists an item of which is named by its place. */
const ITEM: Record<string, string> = {
  units: 'đơn vị',
  groups: 'khối/cụm',
  awards: 'danh hiệu/hình thức khen thưởng',
  templates: 'bảng tiêu chí',
  sections: 'mục',
  criteria: 'tiêu chí',
  entries: 'dòng chấm điểm',
  candidates: 'ứng viên',
  items: 'đề nghị',
  individuals: 'cá nhân',
  movements: 'phong trào',
  programmes: 'chương trình',
  milestones: 'mốc thời gian',
  members: 'thành viên',
  changes: 'thay đổi',
  recipients: 'nơi nhận',
  details: 'chi tiết',
};

/** "Tên (đơn vị thứ 1)" for "/units/0/name"; "Giá trị" when nothing names it. */
function fieldWords(path: string): string {
  const keys = path.split('/').slice(1);
  const leaf = [...keys].reverse().find((k) => !/^\d+$/.test(k));
  const word = (leaf && FIELD[leaf]) ?? 'Giá trị';
  const at = keys.findLastIndex((k) => /^\d+$/.test(k));
  const list = at > 0 ? ITEM[keys[at - 1]!] : undefined;
  const own = list && keys[at - 1] === leaf;
  return list
    ? own
      ? `${word} thứ ${Number(keys[at]) + 1}`
      : `${word} (${list} thứ ${Number(keys[at]) + 1})`
    : word;
}
