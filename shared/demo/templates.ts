/**
 * Scoring sheets of the demo plans. Neither seed prints a sheet, so these are invented (decision 0002) on the
 * usual shape of a provincial health sector's 100-point sheet: section I is the unit type's own professional
 * work, sections II–IV (administration and finance; Party and mass organisations; emulation work) and the
 * bonus and deduction sections are the same for every type.
 */
import type { UnitKind } from '../contract/enums';
import type { PlanInput } from '../contract/plan';

type TemplateInput = NonNullable<PlanInput['templates']>[number];
type SectionInput = TemplateInput['sections'][number];
type CriterionInput = SectionInput['criteria'][number];
type BandInput = NonNullable<TemplateInput['classification']>[number];

/** A criterion as [code, title, max, step?]: keeps the long lists below readable. */
type Row = readonly [code: string, title: string, max: number, step?: number];

const criteria = (rows: readonly Row[]): CriterionInput[] =>
  rows.map(([code, title, max, step]) =>
    step === undefined ? { code, title, max } : { code, title, max, step },
  );

/** The unit types that get a sheet of their own; each has its own section I. */
export type SheetKind = Exclude<UnitKind, 'other'>;

const SECTION_I: Record<SheetKind, { title: string; rows: readonly Row[] }> = {
  hospital: {
    title: 'Thực hiện nhiệm vụ chuyên môn khám bệnh, chữa bệnh',
    rows: [
      [
        '1.1',
        'Hoàn thành chỉ tiêu khám bệnh, chữa bệnh được giao (lượt khám, giường bệnh, công suất sử dụng giường)',
        8,
        0.5,
      ],
      ['1.2', 'Triển khai kỹ thuật mới, kỹ thuật vượt tuyến theo phân tuyến chuyên môn kỹ thuật', 6, 0.5],
      [
        '1.3',
        'Kết quả đánh giá chất lượng bệnh viện theo Bộ tiêu chí chất lượng bệnh viện Việt Nam',
        6,
        0.25,
      ],
      ['1.4', 'Khảo sát sự hài lòng của người bệnh và nhân viên y tế', 4, 0.5],
      ['1.5', 'Kiểm soát nhiễm khuẩn, bảo đảm an toàn người bệnh, quản lý sự cố y khoa', 5, 0.5],
      [
        '1.6',
        'Công tác dược, cung ứng thuốc, vật tư y tế và thanh toán khám chữa bệnh bảo hiểm y tế',
        4,
        0.25,
      ],
      ['1.7', 'Chỉ đạo tuyến, đào tạo liên tục và nghiên cứu khoa học', 4],
      ['1.8', 'Thực hiện Quy tắc ứng xử, 12 điều y đức; đổi mới phong cách, thái độ phục vụ', 3, 0.5],
    ],
  },
  health_centre: {
    title: 'Thực hiện nhiệm vụ chuyên môn y tế cơ sở',
    rows: [
      ['1.1', 'Khám bệnh, chữa bệnh tại Trung tâm Y tế và các trạm y tế xã, phường, thị trấn', 7, 0.5],
      ['1.2', 'Tỷ lệ tiêm chủng đầy đủ cho trẻ em dưới 1 tuổi đạt chỉ tiêu được giao', 6, 0.25],
      [
        '1.3',
        'Giám sát, phát hiện sớm và xử lý kịp thời dịch bệnh truyền nhiễm (sốt xuất huyết, tay chân miệng, COVID-19)',
        6,
        0.5,
      ],
      ['1.4', 'Quản lý, điều trị bệnh không lây nhiễm (tăng huyết áp, đái tháo đường) tại trạm y tế', 5, 0.5],
      ['1.5', 'Dân số - kế hoạch hóa gia đình, chăm sóc sức khỏe bà mẹ, trẻ em', 5, 0.5],
      ['1.6', 'An toàn thực phẩm, vệ sinh môi trường và y tế trường học trên địa bàn', 4, 0.25],
      ['1.7', 'Thực hiện Bộ tiêu chí quốc gia về y tế xã; lập và quản lý hồ sơ sức khỏe điện tử', 4],
      ['1.8', 'Thực hiện Quy tắc ứng xử, 12 điều y đức; đổi mới phong cách, thái độ phục vụ', 3, 0.5],
    ],
  },
  preventive: {
    title: 'Thực hiện nhiệm vụ chuyên môn được giao',
    rows: [
      ['1.1', 'Hoàn thành các chỉ tiêu chuyên môn được Sở Y tế giao trong năm', 10, 0.5],
      ['1.2', 'Giám sát, phát hiện và xử lý kịp thời dịch bệnh, sự việc thuộc lĩnh vực phụ trách', 6, 0.5],
      ['1.3', 'Kết quả xét nghiệm, kiểm nghiệm, giám định đúng quy trình, đúng thời hạn', 6, 0.25],
      ['1.4', 'Chỉ đạo, hướng dẫn, kiểm tra chuyên môn đối với tuyến huyện, xã', 5, 0.5],
      ['1.5', 'Truyền thông giáo dục sức khỏe, cung cấp thông tin cho người dân', 4, 0.5],
      [
        '1.6',
        'Đào tạo, nghiên cứu khoa học; áp dụng hệ thống quản lý chất lượng (ISO 15189, ISO/IEC 17025)',
        4,
      ],
      ['1.7', 'An toàn sinh học phòng xét nghiệm, quản lý chất thải y tế', 2, 0.5],
      ['1.8', 'Thực hiện Quy tắc ứng xử, văn hóa công sở', 3, 0.5],
    ],
  },
  office: {
    title: 'Thực hiện nhiệm vụ tham mưu quản lý nhà nước',
    rows: [
      [
        '1.1',
        'Tham mưu ban hành văn bản chỉ đạo, hướng dẫn thuộc lĩnh vực phụ trách đúng tiến độ, đúng quy định',
        10,
        0.5,
      ],
      ['1.2', 'Hoàn thành nhiệm vụ trong chương trình công tác năm của Sở Y tế', 10, 0.5],
      ['1.3', 'Thẩm định hồ sơ, giải quyết thủ tục hành chính đúng hạn, không để tồn đọng', 8, 0.25],
      ['1.4', 'Kiểm tra, giám sát, hướng dẫn các đơn vị trực thuộc', 6, 0.5],
      ['1.5', 'Phối hợp với các phòng, đơn vị trong thực hiện nhiệm vụ chung', 3],
      ['1.6', 'Thực hiện Quy tắc ứng xử, văn hóa công sở', 3, 0.5],
    ],
  },
};

const COMMON_STANDARD: readonly { code: string; title: string; rows: readonly Row[] }[] = [
  {
    code: 'II',
    title: 'Cải cách hành chính, quản lý tài chính và chuyển đổi số',
    rows: [
      [
        '2.1',
        'Cải cách thủ tục hành chính, thực hiện cơ chế một cửa, giải quyết phản ánh, kiến nghị',
        5,
        0.5,
      ],
      ['2.2', 'Ứng dụng công nghệ thông tin, chuyển đổi số, thanh toán không dùng tiền mặt', 5, 0.5],
      ['2.3', 'Quản lý tài chính, thực hiện dự toán ngân sách được giao, cơ chế tự chủ', 6, 0.25],
      ['2.4', 'Quản lý, sử dụng tài sản công; thực hành tiết kiệm, chống lãng phí', 4, 0.25],
      ['2.5', 'Chấp hành kỷ luật, kỷ cương hành chính, văn hóa công sở', 3],
      ['2.6', 'Thực hiện chế độ thông tin, báo cáo đầy đủ, đúng hạn', 2, 0.5],
    ],
  },
  {
    code: 'III',
    title: 'Công tác xây dựng Đảng, đoàn thể và chăm lo người lao động',
    rows: [
      ['3.1', 'Xây dựng tổ chức cơ sở Đảng trong sạch, vững mạnh', 5, 0.5],
      ['3.2', 'Hoạt động của Công đoàn, Đoàn Thanh niên và các đoàn thể', 4, 0.5],
      ['3.3', 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', 4, 0.5],
      ['3.4', 'Phòng, chống tham nhũng, tiêu cực; không có viên chức vi phạm kỷ luật', 4, 0.5],
      ['3.5', 'Chăm lo đời sống, thực hiện đầy đủ chế độ, chính sách cho người lao động', 3],
    ],
  },
  {
    code: 'IV',
    title: 'Công tác thi đua, khen thưởng',
    rows: [
      ['4.1', 'Xây dựng kế hoạch, phát động và đăng ký thi đua đúng thời hạn', 4, 0.5],
      ['4.2', 'Ký kết và thực hiện giao ước thi đua của khối', 3, 0.5],
      ['4.3', 'Hưởng ứng các phong trào thi đua do Sở Y tế và Ủy ban nhân dân tỉnh phát động', 4, 0.25],
      ['4.4', 'Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến; sáng kiến, cải tiến', 4, 0.5],
    ],
  },
];

const BONUS: SectionInput = {
  code: 'T',
  title: 'Điểm thưởng',
  kind: 'bonus',
  cap: 5,
  criteria: criteria([
    ['T.1', 'Có sáng kiến, đề tài nghiên cứu khoa học được công nhận cấp tỉnh trở lên', 3, 0.5],
    ['T.2', 'Được Bộ Y tế, Ủy ban nhân dân tỉnh khen thưởng đột xuất trong năm', 2, 0.5],
    ['T.3', 'Chủ trì tổ chức thành công hội thi, sự kiện của khối hoặc của ngành', 2, 0.5],
  ]),
};

const DEDUCTION: SectionInput = {
  code: 'D',
  title: 'Điểm trừ',
  kind: 'deduction',
  cap: 10,
  criteria: criteria([
    ['D.1', 'Để xảy ra sai sót chuyên môn, sự cố y khoa nghiêm trọng', 5],
    ['D.2', 'Có viên chức, người lao động bị kỷ luật từ hình thức khiển trách trở lên', 3, 0.5],
    ['D.3', 'Có đơn thư khiếu nại, tố cáo được kết luận đúng hoặc đúng một phần', 3, 0.5],
    ['D.4', 'Nộp báo cáo, hồ sơ thi đua chậm so với thời hạn', 2, 0.5],
  ]),
};

/** The bands both demo plans use unless a plan passes its own (thresholds belong to the template). */
export const DEFAULT_BANDS: BandInput[] = [
  { label: 'Xuất sắc', min: 95, noZero: true },
  { label: 'Tốt', min: 85 },
  { label: 'Khá', min: 70 },
  { label: 'Trung bình', min: 0 },
];

const SHEET_NAMES: Record<SheetKind, string> = {
  hospital: 'khối bệnh viện',
  health_centre: 'khối trung tâm y tế huyện, thị xã, thành phố',
  preventive: 'khối y tế dự phòng và trung tâm chuyên ngành',
  office: 'khối các phòng chức năng Sở Y tế',
};

/**
 * The 100-point sheet for one unit type and year: I 40, II 25, III 20, IV 15, bonus capped at 5, deductions
 * at 10; ties go to section I, then fewer deductions, more votes, a higher share of women.
 */
export function sectorTemplate(
  kind: SheetKind,
  year: number,
  options: { code: string; title?: string; bands?: BandInput[] },
): TemplateInput {
  const first = SECTION_I[kind];
  return {
    code: options.code,
    title: options.title ?? `Bảng chấm điểm thi đua ${SHEET_NAMES[kind]} năm ${year}`,
    sections: [
      { code: 'I', title: first.title, kind: 'standard', criteria: criteria(first.rows) },
      ...COMMON_STANDARD.map((s) => ({
        code: s.code,
        title: s.title,
        kind: 'standard' as const,
        criteria: criteria(s.rows),
      })),
      structuredClone(BONUS),
      structuredClone(DEDUCTION),
    ],
    classification: options.bands ?? DEFAULT_BANDS,
    tieBreak: [{ by: 'section', section: 'I' }, { by: 'deductions' }, { by: 'votes' }, { by: 'womenShare' }],
  };
}
