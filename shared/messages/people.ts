/** Vietnamese of the staff lists and the register of awards (issue 14): shared/people, shared/register. */

/** A sheet's row number: row 1 holds the headings, so item i of a list is row i + 2. */
export const sheetRow = (i: number): string => `Dòng ${i + 2}`;

/** "Dòng 5 (Nguyễn Văn An, mã NV01)": the row and, when known, the person. */
const who = (i: number, name?: string, staffId?: string): string => {
  const parts = [name, staffId ? `mã ${staffId}` : undefined].filter(Boolean);
  return parts.length ? `${sheetRow(i)} (${parts.join(', ')})` : sheetRow(i);
};

export const peopleMessages = {
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
