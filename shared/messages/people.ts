/**
 * Vietnamese texts of the rules on people and earlier years (issue 14): prerequisites, history, members,
 * limits per person per year, and the plan checks of those rules. Each reason names the rule (its award and
 * source), the years and the facts found.
 */
import type {
  AwardCategory,
  AwardLevel,
  DisciplineForm,
  InitiativeLevel,
  NomineeKind,
  Rating,
} from '../contract/enums';
import { num } from './plan';

export const RATING_WORDS: Record<Rating, string> = {
  excellent: 'Hoàn thành xuất sắc nhiệm vụ',
  good: 'Hoàn thành tốt nhiệm vụ',
  complete: 'Hoàn thành nhiệm vụ',
  incomplete: 'Không hoàn thành nhiệm vụ',
};
export const DISCIPLINE_WORDS: Record<DisciplineForm, string> = {
  reprimand: 'khiển trách',
  warning: 'cảnh cáo',
  salary_cut: 'hạ bậc lương',
  demotion: 'giáng chức',
  removal: 'cách chức',
  dismissal: 'buộc thôi việc',
};
export const INITIATIVE_LEVEL_WORDS: Record<InitiativeLevel, string> = {
  unit: 'cơ sở',
  province: 'tỉnh',
  ministry: 'bộ, ngành',
  national: 'toàn quốc',
};
export const AWARD_LEVEL_WORDS: Record<AwardLevel, string> = {
  unit: 'cơ sở',
  department: 'Sở',
  province: 'tỉnh',
  ministry: 'bộ, ngành',
  government: 'Thủ tướng Chính phủ',
  state: 'Nhà nước',
};
const CATEGORY_WORDS: Record<AwardCategory, string> = {
  title: 'danh hiệu thi đua',
  form: 'hình thức khen thưởng',
};

/** 2023-03-01 → 01/03/2023. */
const date = (iso: string) => {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
};
/** 2021–2023, or 2023 for one year. */
const range = (from: number, to: number) => (from === to ? `năm ${from}` : `${from}–${to}`);
const list = (xs: readonly (string | number)[]) => xs.join(', ');
const from = (f: DisciplineForm | undefined) =>
  f === undefined || f === 'reprimand' ? '' : ` từ hình thức ${DISCIPLINE_WORDS[f]} trở lên`;

/** The reasons of the rules on people (shared/quotas). */
const ruleMessages = {
  /** The rule, then what it needs and what was found. */
  peopleUnmet: (award: string, source: string | undefined, detail: string) =>
    `Chưa đủ điều kiện ${award}${source ? ` (${source})` : ''}: ${detail}`,
  peopleNoStaffList: (unit: string, year: number) => `chưa có danh sách cán bộ năm ${year} của ${unit}`,
  peopleNotInStaff: (name: string, staffId: string | null | undefined, unit: string, year: number) =>
    `không có ${name ? `"${name}"` : 'người được đề nghị'}${staffId ? ` (mã cán bộ ${staffId})` : ''} trong danh sách cán bộ năm ${year} của ${unit}`,
  peopleNeedAward: (award: string, year: number) =>
    `cần có ${award} năm ${year}: không có trong sổ khen thưởng năm ${year}, không có đề nghị ${award} trong chỉ tiêu`,
  peopleNeedInitiatives: (
    count: number,
    level: InitiativeLevel,
    year: number,
    found: number,
    all: readonly { title: string; level: InitiativeLevel }[],
  ) =>
    `cần ít nhất ${count} sáng kiến, đề tài được công nhận từ cấp ${INITIATIVE_LEVEL_WORDS[level]} trở lên năm ${year}: danh sách cán bộ ghi ${found}${
      all.length > found
        ? ` (${list(all.map((i) => `"${i.title}" cấp ${INITIATIVE_LEVEL_WORDS[i.level]}`))})`
        : ''
    }`,
  peopleNeedRating: (min: Rating, year: number, rating: Rating | null) =>
    `cần xếp loại từ "${RATING_WORDS[min]}" trở lên năm ${year}: ${
      rating ? `được xếp loại "${RATING_WORDS[rating]}"` : 'chưa được xếp loại'
    }`,
  peopleDisciplined: (
    f: DisciplineForm | undefined,
    year: number,
    d: { form: DisciplineForm; date: string; decisionNo?: string | undefined },
  ) =>
    `không được bị kỷ luật${from(f)} năm ${year}: bị ${DISCIPLINE_WORDS[d.form]} ngày ${date(d.date)}${
      d.decisionNo ? ` (${d.decisionNo})` : ''
    }`,
  peopleNeedMonths: (min: number, year: number, start: string | undefined, months: number | null) =>
    `cần ít nhất ${min} tháng công tác tính đến 31/12/${year}: ${
      start
        ? `bắt đầu ngày ${date(start)} (${Math.max(0, months ?? 0)} tháng)`
        : 'chưa có ngày bắt đầu công tác'
    }`,
  peopleTooAbsent: (max: number, year: number, days: number) =>
    `nghỉ không quá ${max} ngày năm ${year}: đã nghỉ ${days} ngày`,

  // History
  peopleHistory: (
    what: string,
    years: number,
    start: number,
    end: number,
    fromRegister: boolean,
    found: readonly number[],
    gaps: readonly { year: number; why: string }[],
    last?: { decision: { number: string; date: string; period: { from: number; to: number } } },
  ) => {
    const need =
      years === 1 ? `cần ${what} năm ${start}` : `cần ${what} ${years} năm liên tục ${range(start, end)}`;
    const where = fromRegister ? 'sổ khen thưởng' : 'danh sách cán bộ';
    const had = found.length > 0 ? `${where} có ${list(found)}` : `${where} không có năm nào`;
    const missing = gaps.map((g) => (g.why ? `${g.year}: ${g.why}` : String(g.year)));
    const lastText = last
      ? `; lần trước (${last.decision.number} ngày ${date(last.decision.date)}, thành tích ${range(last.decision.period.from, last.decision.period.to)}) nên chỉ tính từ năm ${last.decision.period.to + 1}`
      : '';
    return `${need}, ${had}${missing.length > 0 ? ` (thiếu ${list(missing)})` : ''}${lastText}`;
  },
  peopleYearNoList: (unit: string) => `chưa có danh sách cán bộ của ${unit}`,
  peopleYearNotListed: () => 'không có tên trong danh sách cán bộ',
  peopleYearRating: (rating: Rating | null) =>
    rating ? `xếp loại "${RATING_WORDS[rating]}"` : 'chưa được xếp loại',
  peopleYearInitiatives: (n: number) => (n === 0 ? 'không có sáng kiến' : `chỉ có ${n} sáng kiến`),
  peopleAwardRef: (title: string, level: AwardLevel) => `${title} cấp ${AWARD_LEVEL_WORDS[level]}`,
  peopleRatingYears: (rating: Rating, initiatives?: number) =>
    `xếp loại từ "${RATING_WORDS[rating]}" trở lên${initiatives ? ` và có ít nhất ${initiatives} sáng kiến mỗi năm` : ''}`,

  // Members
  membersDisciplined: (f: DisciplineForm | undefined, year: number, names: readonly string[]) =>
    `không thành viên nào bị kỷ luật${from(f)} năm ${year}: ${names.length} người (${list(names.slice(0, 3))}${names.length > 3 ? ', …' : ''})`,
  membersRatingWord: (min: Rating) => `xếp loại từ "${RATING_WORDS[min]}" trở lên`,
  membersShare: (what: string, percent: number, strict: boolean, year: number, n: number, total: number) =>
    `cần ${strict ? 'hơn' : 'ít nhất'} ${num(percent)}% thành viên ${what} năm ${year}: ${n}/${total} thành viên trong danh sách cán bộ`,
  membersCount: (award: string, min: number, year: number, n: number) =>
    `cần ít nhất ${min} thành viên ${award} năm ${year}: có ${n}`,

  // Limits per person per year
  personLimitLabel: (
    label: string | undefined,
    max: number,
    category: AwardCategory | undefined,
    levels: readonly AwardLevel[] | undefined,
    nominee: NomineeKind | undefined,
    source: string | undefined,
  ) => {
    const who =
      nominee === 'collective' ? 'tập thể' : nominee === 'individual' ? 'cá nhân' : 'cá nhân, tập thể';
    const what = category ? CATEGORY_WORDS[category] : 'danh hiệu, hình thức khen thưởng';
    const at = levels?.length ? ` cấp ${list(levels.map((l) => AWARD_LEVEL_WORDS[l]))}` : '';
    const text = label ?? `Mỗi ${who} tối đa ${max} ${what}${at} mỗi năm`;
    return source ? `${text} (${source})` : text;
  },
  personLimitWithinItem: (award: string) => `${award} (trong chỉ tiêu)`,
  personLimitRegisterItem: (award: string, number: string) => `${award} (${number})`,
  personLimitFull: (label: string, max: number, year: number, items: readonly string[]) =>
    `${label}: năm ${year} đã có ${items.length} (${list(items)}), tối đa ${max}`,
  personLimitWithin: (label: string, n: number, max: number, year: number) =>
    `Trong giới hạn ${label}: ${n}/${max} năm ${year}`,

  // Plan checks
  planMembersNotCollective: (award: string) =>
    `Quy tắc theo thành viên chỉ áp dụng cho danh hiệu/hình thức khen thưởng tập thể ("${award}" dành cho cá nhân).`,
  planPersonRuleCollective: (award: string) =>
    `Quy tắc điều kiện, quá trình chỉ áp dụng cho cá nhân ("${award}" dành cho tập thể).`,
  planScopeNominee: (award: string) =>
    `Phạm vi đối tượng không khớp với "${award}": danh hiệu/hình thức khen thưởng này không dành cho đối tượng đó.`,
  planLimitNoAward: () =>
    'Giới hạn không áp dụng cho danh hiệu/hình thức khen thưởng nào của kế hoạch (kiểm tra loại và cấp; danh hiệu chưa có cấp không được tính theo cấp).',
  planDuplicateBallot: (award: string, first: number) =>
    `"${award}" đã có quy định bỏ phiếu kín ở quy định số ${first + 1}; mỗi danh hiệu chỉ một ngưỡng phiếu.`,
  planDuplicateLevel: (level: AwardLevel) => `Cấp "${AWARD_LEVEL_WORDS[level]}" được liệt kê hai lần.`,
  planDependencyCycle: (awards: readonly string[]) =>
    `Các quy tắc tạo thành vòng lặp (${awards.join(' → ')}): không xác định được danh hiệu/hình thức khen thưởng nào xét trước.`,
} as const;

// Staff lists and the register of awards, row by row (shared/people, shared/register).

/** A sheet's row number: row 1 holds the headings, so item i of a list is row i + 2. */
export const sheetRow = (i: number): string => `Dòng ${i + 2}`;

/** "Dòng 5 (Nguyễn Văn An, mã NV01)": the row and, when known, the person. */
const who = (i: number, name?: string, staffId?: string): string => {
  const parts = [name, staffId ? `mã ${staffId}` : undefined].filter(Boolean);
  return parts.length ? `${sheetRow(i)} (${parts.join(', ')})` : sheetRow(i);
};

/** The checks of staff lists and register rows (shared/people, shared/register). */
const rowMessages = {
  sheetRow,
  /** A schema problem of one row, with zod's (Vietnamese) sentence. */
  rowProblem: (i: number, why: string): string => `${sheetRow(i)}: ${why}`,

  staffDuplicateId: (i: number, staffId: string, first: number, name?: string): string =>
    `${who(i, name, staffId)}: mã cán bộ "${staffId}" đã có ở ${sheetRow(first)}; mỗi người một mã, không trùng.`,
  staffStartAfterYear: (i: number, year: number, date: string, name?: string, staffId?: string): string =>
    `${who(i, name, staffId)}: ngày bắt đầu công tác ${date} sau năm ${year}; người chưa công tác trong năm không có trong danh sách năm ${year}.`,
  staffDisciplineOutside: (i: number, year: number, date: string, name?: string, staffId?: string): string =>
    `${who(i, name, staffId)}: ngày kỷ luật ${date} không thuộc năm ${year}; danh sách năm ${year} chỉ ghi kỷ luật trong năm.`,
  staffInitiativeOutside: (i: number, year: number, date: string, name?: string, staffId?: string): string =>
    `${who(i, name, staffId)}: quyết định công nhận sáng kiến/đề tài ngày ${date} không thuộc năm ${year}.`,
  staffBirthAfterStart: (i: number, name?: string, staffId?: string): string =>
    `${who(i, name, staffId)}: ngày sinh sau ngày bắt đầu công tác.`,

  registerPeriodReversed: (i: number, from: number, to: number): string =>
    `${sheetRow(i)}: năm thành tích từ ${from} đến ${to} — năm bắt đầu phải không sau năm kết thúc.`,
  registerDecisionDisagrees: (
    i: number,
    field: string,
    number: string,
    date: string,
    first: number,
  ): string =>
    `${sheetRow(i)}: ${field} khác với ${sheetRow(first)} của cùng quyết định số ${number} ngày ${date}; các dòng của một quyết định phải ghi giống nhau.`,
  registerRecipientTwice: (i: number, number: string, first: number): string =>
    `${sheetRow(i)}: người/tập thể được khen đã có ở ${sheetRow(first)} của cùng quyết định số ${number}.`,
  registerIndividualNeedsPerson: (i: number): string =>
    `${sheetRow(i)}: cá nhân được khen phải có mã cán bộ hoặc họ tên.`,
  registerTooManyRecipients: (i: number, number: string, max: number): string =>
    `${sheetRow(i)}: quyết định số ${number} có quá ${max} người/tập thể được khen.`,
  registerUnknownUnit: (i: number, unit: string): string =>
    `${sheetRow(i)}: đơn vị "${unit}" không có trong danh mục đơn vị của Sở.`,
  registerRowsRequired: 'Bảng nhập phải có ít nhất một dòng.',

  /** The register's decision fields, as a heading of the import sheet names them. */
  decisionField: {
    issuerLevel: 'Cấp ban hành',
    authority: 'Người/cơ quan ký',
    'award.title': 'Mã danh hiệu/hình thức',
    'award.level': 'Cấp khen thưởng',
    category: 'Loại (danh hiệu/hình thức)',
    awardName: 'Tên danh hiệu/hình thức',
    'period.from': 'Năm thành tích (từ)',
    'period.to': 'Năm thành tích (đến)',
  } as Record<string, string>,
} as const;

/** Both, as one table (msg spreads it; the row checks import it as `m`). */
export const peopleMessages = { ...ruleMessages, ...rowMessages } as const;
