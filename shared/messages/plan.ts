/** Vietnamese texts about the plan document. */
import { formatPointsVi, toHundredths } from '../points';
import { type Thing, thingWord } from './words';

export const num = (n: number) => {
  const h = toHundredths(n);
  return h === null ? String(n).replace('.', ',') : formatPointsVi(h);
};

export const planMessages = {
  // Plan document
  /** A group's word follows `groupKind` when the duplicate's kind is known. */
  duplicateCode: (what: Thing, code: string, groupKind?: string | null) =>
    `Mã ${thingWord(what, groupKind)} "${code}" bị trùng.`,
  unknownRef: (what: Thing, code: string) => `Không có ${thingWord(what)} với mã "${code}".`,
  duplicateMember: (unit: string) => `Đơn vị "${unit}" được liệt kê hai lần trong khối/cụm.`,
  leadNotMember: (unit: string, group: string) =>
    `Đơn vị "${unit}" không phải là thành viên của khối/cụm "${group}".`,
  percentRange: (p: number) => `Tỷ lệ phần trăm phải nằm trong khoảng 0–100 (đang là ${num(p)}).`,
  negative: (n: number) => `Giá trị không được âm (đang là ${num(n)}).`,
  ratioCycle: (awards: readonly string[]) =>
    `Các quy tắc tỷ lệ tạo thành vòng lặp (${awards.join(' → ')}): không xác định được danh hiệu/hình thức khen thưởng nào xét trước.`,
  rankRange: (n: number) => `Thứ hạng phải từ 1 trở lên (đang là ${n}).`,
  precision: (n: number) => `Giá trị ${num(n)} chỉ được có tối đa hai chữ số thập phân.`,
  capRequired: (section: string) => `Mục điểm thưởng/điểm trừ "${section}" phải có mức điểm tối đa.`,
  maxPositive: (criterion: string) => `Điểm chuẩn của tiêu chí ${criterion} phải lớn hơn 0.`,
  stepInvalid: (step: number) => `Bước điểm ${num(step)} không hợp lệ: phải dương và là bội của 0,01.`,
  stepNotDivisor: (step: number, max: number) =>
    `Điểm chuẩn ${num(max)} không chia hết cho bước điểm ${num(step)}.`,
  noStandard: (template: string) =>
    `Bảng tiêu chí "${template}" phải có ít nhất một tiêu chí chuẩn với tổng điểm chuẩn dương.`,
} as const;
