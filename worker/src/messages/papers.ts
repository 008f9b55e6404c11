/**
 * The council's papers (issue 15, decision 0038): the administrative form of Nghị định 30/2020/NĐ-CP and
 * the text of each paper. Dates, numbers and names come in as arguments, already formatted.
 */
import type { AwardLevel } from '../../../shared/contract/enums';

const LEVEL: Record<AwardLevel, string> = {
  unit: 'cấp cơ sở',
  department: 'cấp Sở',
  province: 'cấp tỉnh',
  ministry: 'cấp Bộ',
  government: 'cấp Chính phủ',
  state: 'cấp Nhà nước',
};

export const paperMessages = {
  nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  /** "Số:      /TTr-SYT": the number is left blank for the office to give when it registers the paper. */
  docNumber: (type: string, symbol: string) => `Số:        /${type}-${symbol}`,
  placeDate: (place: string, day: string, month: string, year: number) =>
    `${place}, ngày ${day} tháng ${month} năm ${year}`,
  dateLong: (day: string, month: string, year: number) => `ngày ${day} tháng ${month} năm ${year}`,
  defaultPlace: 'Bà Rịa',
  defaultAuthority: 'Sở Y tế',
  defaultSymbol: 'SYT',
  recipientsLabel: 'Nơi nhận:',
  recipientArchive: (symbol: string) => `Lưu: VT, ${symbol}.`,
  draft: 'DỰ THẢO',
  clock: (h: string, m: string) => `${h} giờ ${m}`,
  pendingReason: 'Chưa được Hội đồng xét',
  unknownDocument: (code: string) => `Không có văn bản "${code}". Xem danh sách tại GET …/documents.`,
  noSource: 'Chưa có bản chốt số liệu nào: hãy chốt số liệu (POST …/snapshots) trước khi lập văn bản.',
  needsMeeting: (title: string) =>
    `${title} được lập từ một phiên họp đã kết thúc của Hội đồng; chưa có phiên họp nào đã kết thúc.`,
  meetingNotClosed: (id: string) =>
    `Phiên họp "${id}" chưa kết thúc: văn bản chỉ được lập từ phiên họp đã kết thúc.`,
  meetingOtherSnapshot: (meeting: string, snapshot: string) =>
    `Phiên họp "${meeting}" không họp trên bản chốt "${snapshot}".`,
  defaultSigner: { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: '' },
  decisionSymbol: 'UBND',
  minutesSymbol: (symbol: string) => `HĐTĐKT-${symbol}`,
  signHere: '(Ký, ghi rõ họ tên)',
  /** The footer of every page: what the paper was generated from. */
  footer: (snapshot: string, sha256: string, meeting?: string) =>
    `Lập từ bản chốt số liệu ${snapshot}${meeting ? `, phiên họp ${meeting}` : ''}; SHA-256: ${sha256}`,
  levelOf: (level: AwardLevel) => LEVEL[level],
  kind: { collective: 'Tập thể', individual: 'Cá nhân' },
  sex: { male: 'Nam', female: 'Nữ' },
  outcome: { propose: 'Đề nghị', reject: 'Không đề nghị' },
  types: { list: 'DS', minutes: 'BB', submission: 'TTr', decision: 'QĐ', report: 'BC' },

  documents: {
    proposalList: 'Danh sách đề nghị khen thưởng',
    councilMinutes: 'Biên bản họp Hội đồng Thi đua – Khen thưởng',
    ballotCount: 'Biên bản kiểm phiếu',
    submission: 'Tờ trình đề nghị khen thưởng',
    draftDecision: 'Dự thảo Quyết định khen thưởng',
    achievementReports: 'Báo cáo thành tích',
  },

  list: {
    title: 'DANH SÁCH',
    subject: (award: string) => `Đề nghị tặng ${award}`,
    annexOf: (year: number) => `(Kèm theo hồ sơ đề nghị khen thưởng năm ${year})`,
    collectives: 'I. TẬP THỂ',
    individuals: 'II. CÁ NHÂN',
    none: 'Không có.',
    header: {
      no: 'STT',
      name: 'Họ và tên',
      collective: 'Tên tập thể',
      position: 'Chức vụ',
      unit: 'Đơn vị',
      birthYear: 'Năm sinh',
      sex: 'Giới tính',
      summary: 'Tóm tắt thành tích',
    },
    total: (collectives: number, individuals: number) =>
      `Tổng cộng: ${collectives} tập thể, ${individuals} cá nhân.`,
    grandTotal: (collectives: number, individuals: number) =>
      `Tổng số đề nghị: ${collectives} tập thể và ${individuals} cá nhân.`,
    sheet: (award: string) => award,
  },

  minutes: {
    title: 'BIÊN BẢN',
    subject: 'Họp Hội đồng Thi đua – Khen thưởng',
    opening: (time: string, date: string, place: string) =>
      `Vào lúc ${time}, ${date}, tại ${place}, Hội đồng Thi đua – Khen thưởng họp xét đề nghị khen thưởng.`,
    openingNoTime: (date: string, place: string) =>
      `Vào ${date}, tại ${place}, Hội đồng Thi đua – Khen thưởng họp xét đề nghị khen thưởng.`,
    i: 'I. THÀNH PHẦN',
    chair: (name: string) => `Chủ trì: ${name}.`,
    secretary: (name: string) => `Thư ký: ${name}.`,
    size: (n: number) => `Tổng số thành viên Hội đồng: ${n} người.`,
    present: (n: number) => `Thành viên có mặt: ${n} người:`,
    absent: (n: number) => `Thành viên vắng mặt: ${n} người:`,
    absentOpinion: (name: string, position: string, opinion: boolean) =>
      `${name}${position ? ` (${position})` : ''}${opinion ? ' – có ý kiến bằng văn bản' : ' – không có ý kiến bằng văn bản'};`,
    member: (name: string, position: string) => `${name}${position ? ` (${position})` : ''};`,
    ii: 'II. NỘI DUNG',
    agenda:
      'Hội đồng xem xét hồ sơ đề nghị khen thưởng của các đơn vị và biểu quyết bằng phiếu kín đối với các danh hiệu phải bỏ phiếu.',
    ballotTitle: (award: string) => `Bỏ phiếu kín đề nghị tặng ${award}:`,
    ballotLine: (
      name: string,
      issued: number,
      returned: number,
      valid: number,
      inFavour: number,
      share: string,
      base: string,
    ) =>
      `${name}: số phiếu phát ra ${issued}, thu về ${returned}, hợp lệ ${valid}, đồng ý ${inFavour}, đạt ${share} ${base};`,
    base: { members: 'tổng số thành viên Hội đồng', present: 'số thành viên có mặt' },
    threshold: (percent: string, base: string) => `ngưỡng ${percent} ${base}`,
    listTitle: (award: string) => `Xét theo danh sách đề nghị tặng ${award} (không bỏ phiếu):`,
    iii: 'III. KẾT LUẬN',
    conclusion: (proposed: number, rejected: number) =>
      `Hội đồng thống nhất đề nghị khen thưởng ${proposed} trường hợp; không đề nghị ${rejected} trường hợp.`,
    outcomeLine: (name: string, outcome: string, reason: string) =>
      `${name}: ${outcome}${reason ? ` (${reason})` : ''};`,
    closing:
      'Biên bản được lập thành văn bản, đã thông qua tại phiên họp và các thành viên dự họp thống nhất.',
    chairSign: 'CHỦ TRÌ',
    secretarySign: 'THƯ KÝ',
  },

  tally: {
    title: 'BIÊN BẢN KIỂM PHIẾU',
    subject: 'Bỏ phiếu kín đề nghị khen thưởng',
    tellers: 'Ban kiểm phiếu gồm:',
    teller: (name: string, n: number) => `${n}. ${name};`,
    noTellers: 'Ban kiểm phiếu do Hội đồng cử tại phiên họp.',
    opening: (date: string, place: string) =>
      `Vào ${date}, tại ${place}, Ban kiểm phiếu đã tiến hành kiểm phiếu bầu kín của Hội đồng Thi đua – Khen thưởng.`,
    size: (n: number) => `Tổng số thành viên Hội đồng: ${n}.`,
    header: {
      no: 'STT',
      name: 'Họ và tên / Tên tập thể',
      issued: 'Phát ra',
      returned: 'Thu về',
      valid: 'Hợp lệ',
      inFavour: 'Đồng ý',
      share: 'Tỷ lệ',
      threshold: 'Ngưỡng',
      outcome: 'Kết quả',
    },
    award: (award: string) => `Danh hiệu / hình thức: ${award}`,
    none: 'Phiên họp không có danh hiệu nào phải bỏ phiếu kín.',
    sign: 'TRƯỞNG BAN KIỂM PHIẾU',
    member: 'THÀNH VIÊN',
  },

  submission: {
    title: 'TỜ TRÌNH',
    subject: (year: number) => `Về việc đề nghị khen thưởng năm ${year}`,
    to: (authority: string) => `Kính gửi: ${authority}`,
    toDefault: 'Ủy ban nhân dân tỉnh (qua Ban Thi đua – Khen thưởng)',
    meetingGround: (date: string) => `Căn cứ kết quả họp Hội đồng Thi đua – Khen thưởng ${date};`,
    snapshotGround: (date: string) => `Căn cứ kết quả tổng hợp hồ sơ đề nghị khen thưởng ${date};`,
    results: (authority: string, year: number, units: number) =>
      `Năm ${year}, ${authority} đã tổ chức phát động và triển khai các phong trào thi đua; ${units} đơn vị có hồ sơ đề nghị khen thưởng.`,
    propose: (authority: string) => `${authority} kính đề nghị xem xét, khen thưởng như sau:`,
    count: (award: string, collectives: number, individuals: number) =>
      `${award}: ${collectives} tập thể và ${individuals} cá nhân;`,
    annexed: '(Có danh sách kèm theo)',
    annex: 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG',
    annexOf: (year: number) => `(Kèm theo Tờ trình số      /TTr ngày    tháng    năm ${year})`,
    closing: (authority: string) => `${authority} kính trình xem xét, quyết định./.`,
    recipients: ['Như trên;'],
  },

  decision: {
    title: 'QUYẾT ĐỊNH',
    subject: (year: number) => `Về việc khen thưởng năm ${year}`,
    issuer: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH',
    proposalGround: (authority: string) => `Xét đề nghị của ${authority},`,
    decides: 'QUYẾT ĐỊNH:',
    article1: 'Điều 1.',
    article1Text: (award: string, collectives: number, individuals: number) =>
      `Tặng ${award} cho ${collectives} tập thể và ${individuals} cá nhân (có danh sách kèm theo), đã có thành tích xuất sắc trong phong trào thi đua.`,
    article2: 'Điều 2.',
    article2Text:
      'Tiền thưởng kèm theo danh hiệu thi đua, hình thức khen thưởng thực hiện theo quy định của Nghị định số 152/2025/NĐ-CP.',
    article3: 'Điều 3.',
    article3Text: (authority: string) =>
      `Chánh Văn phòng, Trưởng Ban Thi đua – Khen thưởng, ${authority}, Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
    recipients: ['Như Điều 3;'],
    signAuthority: 'CHỦ TỊCH',
    annex: 'DANH SÁCH KÈM THEO QUYẾT ĐỊNH',
    annexOf: (year: number) => `(Kèm theo Quyết định số      /QĐ-UBND ngày    tháng    năm ${year})`,
  },

  report: {
    title: 'BÁO CÁO',
    subject: (award: string) => `Thành tích đề nghị tặng ${award}`,
    individualI: 'I. SƠ LƯỢC LÝ LỊCH',
    collectiveI: 'I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH',
    name: (v: string) => `Họ và tên: ${v}`,
    collectiveName: (v: string) => `Tên tập thể: ${v}`,
    sex: (v: string) => `Giới tính: ${v}`,
    birthYear: (v: string) => `Năm sinh: ${v}`,
    position: (v: string) => `Chức vụ: ${v}`,
    unit: (v: string) => `Đơn vị công tác: ${v}`,
    organisation: 'Cơ cấu tổ chức, chức năng, nhiệm vụ: ',
    ii: 'II. THÀNH TÍCH ĐẠT ĐƯỢC',
    duties: 'Quyền hạn, nhiệm vụ được giao: ',
    achievements: 'Thành tích đạt được: ',
    initiatives: 'Sáng kiến, giải pháp, đề tài: ',
    iii: 'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG',
    awards: 'Danh hiệu thi đua, hình thức khen thưởng đã nhận: ',
    toFill: '………………………………………………',
    certify: 'XÁC NHẬN CỦA CẤP TRÌNH KHEN',
    reporter: 'NGƯỜI BÁO CÁO THÀNH TÍCH',
    unitHead: 'THỦ TRƯỞNG ĐƠN VỊ',
    none: 'Không có tập thể, cá nhân nào được đề nghị.',
  },

  grounds: {
    law: 'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;',
    decree:
      'Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết và hướng dẫn thi hành Luật Thi đua, khen thưởng;',
    basis: (basis: string) =>
      `Căn cứ ${basis.replace(/^(Căn cứ|Thực hiện)\s+/i, '').replace(/[.;]\s*$/, '')};`,
  },
} as const;
