/**
 * Demo plan: Sở Y tế Bà Rịa-Vũng Tàu, "Kế hoạch phát động phong trào thi đua … năm 2023"
 * (../shared/seeds/000_0f4b24f0bff084f7.txt). The campaign heading, basis, recipients and every movement's
 * chair, responsible department, content, award window and quota text are copied from the seed verbatim;
 * units, groups, sheets, awards, rules and milestones are invented for the demo (decision 0002); the rules on
 * people and the register (issue 14) are shared with the Đồng Nai plan (people-rules.ts).
 */
import type { PlanInput } from '../contract/plan';
import { sectorAwards } from './awards';
import { DEMO_COUNCIL } from './council';
import { peopleRules } from './people-rules';
import { sectorTemplate } from './templates';

type MovementInput = NonNullable<PlanInput['movements']>[number];

const PARENT = 'Sở Y tế Bà Rịa-Vũng Tàu';

/** What the Sở's thematic movements (2.1–2.12) are rewarded with: the Director's certificate, or a proposal
 * for the provincial one. An assumption: the seed does not say. */
const THEMATIC_AWARDS = ['GIAY-KHEN', 'BANG-KHEN'];

/** A movement launched by the Sở (section II.2): chair "Sở Y tế", the usual awards. */
const soMovement = (m: Omit<MovementInput, 'chair' | 'awards'>): MovementInput => ({
  chair: 'Sở Y tế',
  awards: THEMATIC_AWARDS,
  ...m,
});

const FIVE_AND_TEN = '05 tập thể và 10 cá nhân';

export const brvt2023: PlanInput = {
  campaign: {
    code: 'BRVT-YT-2023',
    year: 2023,
    title:
      'Phát động phong trào thi đua trong công chức, viên chức và người lao động ngành Y tế tỉnh Bà Rịa-Vũng Tàu năm 2023',
    authority: 'Sở Y tế tỉnh Bà Rịa-Vũng Tàu',
    place: 'Bà Rịa',
    basis:
      'Thực hiện Kế hoạch số 247/KH-UBND ngày 29/12/2022 của UBND tỉnh về công tác thi đua, khen thưởng năm 2023.',
    recipients: [
      'HĐ TĐKT tỉnh (b/cáo);',
      'Đảng ủy Sở Y tế (b/cáo);',
      'Các Sở, ngành thuộc Khối thi đua VII (để biết);',
      'Công đoàn ngành Y tế (P/hợp thực hiện);',
      'Đoàn Thanh niên ngành Y tế (P/hợp thực hiện);',
      'Các cơ quan, đơn vị trực thuộc Sở Y tế (T/hiện);',
      'Các phòng CMNV thuộc Sở Y tế (T/hiện);',
      'Lưu: VT, VP.',
    ],
  },

  units: [
    // Provincial hospitals.
    { code: 'BV-BR', name: 'Bệnh viện Bà Rịa', kind: 'hospital', parent: PARENT, womenShare: 0.68 },
    { code: 'BV-LL', name: 'Bệnh viện Lê Lợi', kind: 'hospital', parent: PARENT, womenShare: 0.66 },
    { code: 'BV-VT', name: 'Bệnh viện Vũng Tàu', kind: 'hospital', parent: PARENT, womenShare: 0.64 },
    { code: 'BV-TT', name: 'Bệnh viện Tâm thần tỉnh', kind: 'hospital', parent: PARENT, womenShare: 0.55 },
    { code: 'BV-YHCT', name: 'Bệnh viện Y học cổ truyền', kind: 'hospital', parent: PARENT, womenShare: 0.7 },
    {
      code: 'BV-PHC',
      name: 'Bệnh viện Phổi Phạm Hữu Chí',
      kind: 'hospital',
      parent: PARENT,
      womenShare: 0.6,
    },
    { code: 'BV-MAT', name: 'Bệnh viện Mắt', kind: 'hospital', parent: PARENT, womenShare: 0.72 },
    // District-level health centres.
    {
      code: 'TTYT-VT',
      name: 'Trung tâm Y tế thành phố Vũng Tàu',
      kind: 'health_centre',
      parent: PARENT,
      womenShare: 0.71,
    },
    {
      code: 'TTYT-BR',
      name: 'Trung tâm Y tế thành phố Bà Rịa',
      kind: 'health_centre',
      parent: PARENT,
      womenShare: 0.69,
    },
    {
      code: 'TTYT-PM',
      name: 'Trung tâm Y tế thị xã Phú Mỹ',
      kind: 'health_centre',
      parent: PARENT,
      womenShare: 0.67,
    },
    {
      code: 'TTYT-LD',
      name: 'Trung tâm Y tế huyện Long Điền',
      kind: 'health_centre',
      parent: PARENT,
      womenShare: 0.7,
    },
    {
      code: 'TTYT-DD',
      name: 'Trung tâm Y tế huyện Đất Đỏ',
      kind: 'health_centre',
      parent: PARENT,
      womenShare: 0.73,
    },
    {
      code: 'TTYT-XM',
      name: 'Trung tâm Y tế huyện Xuyên Mộc',
      kind: 'health_centre',
      parent: PARENT,
      womenShare: 0.66,
    },
    {
      code: 'TTYT-CD',
      name: 'Trung tâm Y tế huyện Châu Đức',
      kind: 'health_centre',
      parent: PARENT,
      womenShare: 0.68,
    },
    {
      code: 'TTYT-CDAO',
      name: 'Trung tâm Y tế Quân dân y Côn Đảo',
      kind: 'health_centre',
      parent: PARENT,
      womenShare: 0.52,
    },
    // Preventive medicine and specialised centres.
    {
      code: 'CDC-BRVT',
      name: 'Trung tâm Kiểm soát bệnh tật tỉnh',
      kind: 'preventive',
      parent: PARENT,
      womenShare: 0.62,
    },
    { code: 'TT-PY', name: 'Trung tâm Pháp y', kind: 'preventive', parent: PARENT, womenShare: 0.5 },
    {
      code: 'TT-GDYK',
      name: 'Trung tâm Giám định y khoa',
      kind: 'preventive',
      parent: PARENT,
      womenShare: 0.58,
    },
    {
      code: 'TT-KN',
      name: 'Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm',
      kind: 'preventive',
      parent: PARENT,
      womenShare: 0.74,
    },
    { code: 'TT-115', name: 'Trung tâm Cấp cứu 115', kind: 'preventive', parent: PARENT, womenShare: 0.51 },
    {
      code: 'CC-DS',
      name: 'Chi cục Dân số - Kế hoạch hóa gia đình',
      kind: 'preventive',
      parent: PARENT,
      womenShare: 0.78,
    },
    {
      code: 'CC-ATVSTP',
      name: 'Chi cục An toàn vệ sinh thực phẩm',
      kind: 'preventive',
      parent: PARENT,
      womenShare: 0.6,
    },
    // The Sở's own departments; Văn phòng Sở is the council's secretariat (seed, III.4).
    { code: 'SYT-VP', name: 'Văn phòng Sở', kind: 'office', parent: PARENT, womenShare: 0.62 },
    { code: 'SYT-PNV', name: 'Phòng Nghiệp vụ', kind: 'office', parent: PARENT, womenShare: 0.57 },
    { code: 'SYT-KHTC', name: 'Phòng Kế hoạch – Tài chính', kind: 'office', parent: PARENT, womenShare: 0.6 },
    { code: 'SYT-TCCB', name: 'Phòng Tổ chức cán bộ', kind: 'office', parent: PARENT, womenShare: 0.55 },
    { code: 'SYT-TTRA', name: 'Thanh tra Sở', kind: 'office', parent: PARENT, womenShare: 0.5 },
    // The sector's mass organisations: responsible for movements 2.3 and 2.9 (seed, III.1), not scored.
    { code: 'CDN-YT', name: 'Công đoàn ngành Y tế', kind: 'other', parent: PARENT, womenShare: 0.6 },
    { code: 'DTN-YT', name: 'Đoàn Thanh niên ngành Y tế', kind: 'other', parent: PARENT, womenShare: 0.58 },
  ],

  awards: sectorAwards('Bà Rịa-Vũng Tàu'),

  templates: [
    sectorTemplate('hospital', 2023, { code: 'TC-BV-2023' }),
    sectorTemplate('health_centre', 2023, { code: 'TC-TTYT-2023' }),
    sectorTemplate('preventive', 2023, { code: 'TC-DP-2023' }),
    sectorTemplate('office', 2023, { code: 'TC-VP-2023' }),
  ],

  groups: [
    {
      code: 'KHOI-BV',
      kind: 'khoi',
      name: 'Khối bệnh viện tuyến tỉnh',
      template: 'TC-BV-2023',
      lead: 'BV-BR',
      deputies: ['BV-LL'],
      members: ['BV-BR', 'BV-LL', 'BV-VT', 'BV-TT', 'BV-YHCT', 'BV-PHC', 'BV-MAT'],
      deadline: '2023-11-30T17:00:00+07:00',
      vote: { percent: 80, of: 'members' },
      covenant: { documentNo: '01/GƯTĐ-KBV', signedAt: '2023-03-10' },
    },
    {
      code: 'KHOI-TTYT',
      kind: 'khoi',
      name: 'Khối trung tâm y tế huyện, thị xã, thành phố',
      template: 'TC-TTYT-2023',
      lead: 'TTYT-VT',
      deputies: ['TTYT-XM'],
      members: ['TTYT-VT', 'TTYT-BR', 'TTYT-PM', 'TTYT-LD', 'TTYT-DD', 'TTYT-XM', 'TTYT-CD', 'TTYT-CDAO'],
      // Côn Đảo's sheet travels by sea mail: the bloc agreed on five more days.
      deadline: '2023-12-05T17:00:00+07:00',
      vote: { percent: 80, of: 'members' },
      covenant: { documentNo: '01/GƯTĐ-KTTYT', signedAt: '2023-03-14' },
    },
    {
      code: 'KHOI-DP',
      kind: 'khoi',
      name: 'Khối y tế dự phòng và trung tâm chuyên ngành',
      template: 'TC-DP-2023',
      lead: 'CDC-BRVT',
      members: ['CDC-BRVT', 'TT-PY', 'TT-GDYK', 'TT-KN', 'TT-115', 'CC-DS', 'CC-ATVSTP'],
      deadline: '2023-11-30T17:00:00+07:00',
      vote: { percent: 80, of: 'members' },
      covenant: { documentNo: '01/GƯTĐ-KDP', signedAt: '2023-03-16' },
    },
    {
      code: 'KHOI-VP',
      kind: 'khoi',
      name: 'Khối các phòng chức năng Sở Y tế',
      template: 'TC-VP-2023',
      lead: 'SYT-VP',
      members: ['SYT-VP', 'SYT-PNV', 'SYT-KHTC', 'SYT-TCCB', 'SYT-TTRA'],
      deadline: '2023-11-30T17:00:00+07:00',
      vote: { percent: 80, of: 'members' },
      covenant: { documentNo: '01/GƯTĐ-KVP', signedAt: '2023-03-08' },
    },
  ],

  movements: [
    {
      // Section II.1: the province's movements. Quota allocated by the province per content, so none here.
      code: '1',
      name: 'Thi đua thực hiện các phong trào do UBND tỉnh và các sở, ngành phát động',
      chair: 'UBND tỉnh',
      responsible: 'Ban Thi đua – Khen thưởng tỉnh và các Sở, ban ngành, đoàn thể',
      content:
        'Tổ chức các phong trào thi đua thực hiện thắng lợi toàn diện các mặt kinh tế-xã hội, quốc phòng-an ninh và xây dựng hệ thống chính trị; thi đua lập thành tích trong các công trình trọng điểm, chương trình mục tiêu quốc gia, chào mừng kỷ niệm các ngày lễ lớn.',
      awardWindow: 'Theo kế hoạch phát động của UBND tỉnh, các sở, ngành',
      quotaText: 'Theo số lượng phân bổ của từng nội dung thi đua',
    },
    soMovement({
      code: '2.1',
      name: 'Thi đua thực hiện các chương trình mục tiêu Y tế - Dân số',
      responsible: 'Các cơ quan, đơn vị chức năng phụ trách các chương trình mục tiêu Y tế - Dân số',
      content:
        'Thi đua, phấn đấu hoàn thành xuất sắc nhiệm vụ các chương trình mục tiêu Y tế - Dân số năm 2023.',
      awardWindow: 'Khi tổng kết các chương trình mục tiêu Y tế - Dân số cuối năm 2023',
      quotaText: '05 tập thể và 10 cá nhân cho mỗi chương trình mục tiêu quốc gia',
      quota: { collective: 5, individual: 10 },
      programmes: [
        { code: 'CT-TCMR', name: 'Tiêm chủng mở rộng' },
        { code: 'CT-LAO', name: 'Phòng, chống bệnh lao' },
        { code: 'CT-HIV', name: 'Phòng, chống HIV/AIDS' },
        { code: 'CT-SXH', name: 'Phòng, chống sốt xuất huyết và sốt rét' },
        { code: 'CT-DS', name: 'Dân số - Kế hoạch hóa gia đình' },
        { code: 'CT-ATTP', name: 'Bảo đảm an toàn thực phẩm' },
      ],
    }),
    soMovement({
      code: '2.2',
      // "năm 2022" in the 2023 plan is the seed's own title (seeds/000, § 2.2): kept verbatim (issue 13).
      name: 'Hoàn thành chỉ tiêu, kế hoạch của ngành năm 2022',
      responsible: 'Phòng Kế hoạch – Tài chính',
      responsibleUnit: 'SYT-KHTC',
      content:
        'Các cơ quan, đơn vị xây dựng kế hoạch, tổ chức triển khai thực hiện để phấn đấu đạt chỉ tiêu, kế hoạch trong năm 2023.',
      awardWindow: 'Cuối năm 2023',
      quotaText: FIVE_AND_TEN,
      quota: { collective: 5, individual: 10 },
    }),
    soMovement({
      code: '2.3',
      name: 'Học tập và làm theo tấm gương đạo đức, phong cách Hồ Chí Minh',
      responsible: 'Công đoàn ngành Y tế',
      responsibleUnit: 'CDN-YT',
      content:
        'Đẩy mạnh thực hiện việc “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” theo chuyên đề năm 2023.',
      awardWindow: 'Trong năm 2023',
      quotaText: FIVE_AND_TEN,
      quota: { collective: 5, individual: 10 },
    }),
    soMovement({
      code: '2.4',
      name: 'Thầy thuốc như mẹ hiền',
      responsible: 'Phòng Nghiệp vụ',
      responsibleUnit: 'SYT-PNV',
      content:
        'Trên tinh thần học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, toàn thể CCVC-NLĐ ngành Y tế quyết tâm thực hiện tốt lời dạy của Bác: “Luơng y phải như từ mẫu” thể hiện bằng những hành động thiết thực hiệu quả trong từng lĩnh vực công tác. Thực hiện trau dồi đạo đức nghề nghiệp: thực hiện tốt 12 điều Y đức, 10 điều Dược đức, thực hiện tốt quy tắc ứng xử, góp phần giảm phiền hà, nâng cao y đức người thầy thuốc và niềm tin của người bệnh.',
      awardWindow: 'Trong năm 2023',
      quotaText: FIVE_AND_TEN,
      quota: { collective: 5, individual: 10 },
    }),
    soMovement({
      code: '2.5',
      name: 'Đổi mới phong cách, thái độ phục vụ của cán bộ y tế hướng tới sự hài lòng của người bệnh',
      responsible: 'Văn phòng Sở',
      responsibleUnit: 'SYT-VP',
      content:
        'Toàn ngành Y tế quyết tâm thực hiện tốt Kế hoạch triển khai thực hiện “Đổi mới phong cách, thái độ phục vụ của cán bộ y tế hướng tới sự hài lòng của người bệnh” ban hành kèm theo Quyết định số 2151/QĐ-BYT ngày 04/6/2015 của Bộ Y tế.',
      awardWindow: 'Trong năm 2023',
      quotaText: FIVE_AND_TEN,
      quota: { collective: 5, individual: 10 },
    }),
    soMovement({
      code: '2.6',
      name: 'Điều dưỡng, Hộ sinh, Trưởng Trạm y tế giỏi',
      responsible: 'Phòng Nghiệp vụ',
      responsibleUnit: 'SYT-PNV',
      content:
        'Điều dưỡng, Hộ sinh nâng cao ý thức về vai trò, nhiệm vụ của mình, thi đua học tập, không ngừng nâng cao trình độ chuyên môn, rèn luyện đạo đức nghề nghiệp, kỹ năng giao tiếp, hướng tới mục tiêu chăm sóc người bệnh một cách toàn diện, đáp ứng sự hài lòng của người bệnh". Trạm trưởng có tinh thần học tập, trao đổi kinh nghiệm nâng cao năng lực trong công tác quản lý, chuyên môn y tế tại Trạm Y tế các xã, góp phần thực hiện tốt công tác chăm sóc sức khỏe cho nhân dân tại tuyến cơ sở.',
      awardWindow: 'Trong năm 2023',
      quotaText: '10 cá nhân',
      quota: { collective: null, individual: 10 },
    }),
    soMovement({
      code: '2.7',
      name: 'Cải cách hành chính',
      responsible: 'Văn phòng Sở',
      responsibleUnit: 'SYT-VP',
      content:
        'Tổ chức thực hiện nghiêm túc hiệu quả công tác CCHC; có tinh thần trách nhiệm cao và hoàn thành xuất sắc nhiệm vụ được giao; có sáng kiến, cải tiến CCHC mang lại hiệu quả kinh tế; hiện đại hóa hành chính, hiện đại hóa công sở; sản phẩm thuận lợi trong ứng dụng, tổ chức thực hiện; được đánh giá là thân thiện và văn hóa công sở trong quan hệ công tác với tổ chức, doanh nghiệp và nhân dân',
      awardWindow: 'Cuối năm 2023',
      quotaText: FIVE_AND_TEN,
      quota: { collective: 5, individual: 10 },
    }),
    soMovement({
      code: '2.8',
      name: 'Công tác dự phòng',
      responsible: 'Trung tâm Kiểm soát bệnh tật',
      responsibleUnit: 'CDC-BRVT',
      content:
        'Chủ động triển khai công tác phòng chống dịch, duy trì công tác giám sát dịch tễ thường xuyên, xử lý dịch sớm giúp hạn chế số mắc và số tử vong. Triển khai thực hiện tốt các chương trình mục tiêu quốc gia về y tế.',
      awardWindow: 'Cuối năm 2023',
      quotaText: FIVE_AND_TEN,
      quota: { collective: 5, individual: 10 },
    }),
    soMovement({
      code: '2.9',
      name: 'Khám chữa bệnh từ thiện',
      responsible: 'Đoàn Thanh niên Ngành Y tế',
      responsibleUnit: 'DTN-YT',
      content:
        'Tích cực tham gia các hoạt động khám, chữa bệnh nhân đạo và chăm sóc sức khỏe cộng đồng năm với chủ đề “Chung sức hành động, vì sức khỏe cộng đồng”',
      awardWindow: 'Cuối năm 2023',
      quotaText: FIVE_AND_TEN,
      quota: { collective: 5, individual: 10 },
    }),
    soMovement({
      code: '2.10',
      name: 'Thi đua lập thành tích chào mừng “Ngày Thầy thuốc Việt Nam”',
      responsible: 'Văn phòng Sở',
      responsibleUnit: 'SYT-VP',
      content:
        'Phát huy tính năng động, sáng tạo, hăng hái thi đua góp phần nâng cao nhận thức, trách nhiệm của cán bộ lãnh đạo và nhân viên y tế với nhiệm vụ được phân công; tăng cường đoàn kết thống nhất trong tập thể với phương châm “Lấy người bệnh làm trung tâm phục vụ”; tạo sự ủng hộ, đồng thuận và chia sẻ của cộng đồng đối với ngành Y tế, đáp ứng ngày một tốt hơn nhu cầu chăm sóc, bảo vệ sức khỏe nhân dân.',
      awardWindow: 'Đầu năm 2023',
      quotaText: FIVE_AND_TEN,
      quota: { collective: 5, individual: 10 },
    }),
    soMovement({
      code: '2.11',
      name: 'Khen thưởng đột xuất',
      responsible: 'Văn phòng Sở',
      responsibleUnit: 'SYT-VP',
      content:
        'khen thưởng đột xuất các tập thể, cá nhân có những thành tích xuất sắc trong thực hiện nhiệm vụ được giao và các nhiệm vụ phát sinh trong năm 2023.',
      awardWindow: 'Trong năm 2023',
      quotaText: '10 tập thể và 20 cá nhân',
      quota: { collective: 10, individual: 20 },
    }),
    soMovement({
      // The seed gives 2.12 no chair line, department, window or quota: only this content. No quota = no limit.
      code: '2.12',
      name: 'Đổi mới và nâng cao chất lượng hoạt động của các khối thi đua',
      content:
        'Các khối thi đua điều chỉnh, bổ sung quy chế hoạt động của khối phù hợp với tình hình thực tế theo quy định của Ngành và UBND tỉnh. Đề xuất khen thưởng các khối thi đua có thành tích xuất sắc là gương điển hình của khối.',
    }),
  ],

  rules: [
    {
      kind: 'share',
      award: 'CO-THI-DUA',
      scope: 'group',
      percent: 20,
      min: 1,
      source: 'Quy chế hoạt động các khối thi đua ngành Y tế (giả định của dữ liệu mẫu)',
    },
    {
      kind: 'eligibility',
      award: 'CO-THI-DUA',
      maxRank: 1,
      voted: true,
      source: 'Đơn vị dẫn đầu khối, được các thành viên suy tôn bằng bỏ phiếu kín (giả định của dữ liệu mẫu)',
    },
    {
      kind: 'eligibility',
      award: 'BANG-KHEN',
      minClass: 'Tốt',
      source: 'Xếp loại thi đua của khối từ Tốt trở lên (giả định của dữ liệu mẫu)',
    },
    {
      kind: 'eligibility',
      award: 'TAP-THE-LDXS',
      registered: true,
      source: 'Không đăng ký thi đua đầu năm thì không xét danh hiệu (giả định của dữ liệu mẫu)',
    },
    // Issue 14: the people's facts and the register (shared/demo/people-rules.ts).
    ...peopleRules(
      2023,
      Array.from({ length: 12 }, (_, i) => `2.${i + 1}`),
    ),
  ],
  council: DEMO_COUNCIL,

  milestones: [
    {
      code: 'M-TTVN',
      title: 'Xét khen thưởng thi đua chào mừng Ngày Thầy thuốc Việt Nam 27/2 (phong trào 2.10)',
      due: '2023-02-15',
      quarter: 1,
    },
    {
      code: 'Q1-DK',
      title: 'Đăng ký thi đua năm 2023 của các cơ quan, đơn vị',
      due: '2023-03-15T17:00:00+07:00',
      quarter: 1,
      closes: 'registration',
      details: ['Danh hiệu tập thể và danh sách cá nhân đăng ký', 'Gửi Văn phòng Sở (Thường trực Hội đồng)'],
    },
    { code: 'Q1-GU', title: 'Ký kết giao ước thi đua trong các khối', due: '2023-03-31', quarter: 1 },
    {
      code: 'Q2-SK',
      title: 'Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2023',
      due: '2023-06-30',
      quarter: 2,
    },
    {
      code: 'Q4-CHAM',
      title: 'Nộp bảng tự chấm điểm thi đua của các khối',
      due: '2023-11-30T17:00:00+07:00',
      quarter: 4,
      details: ['Khối trung tâm y tế huyện, thị xã, thành phố nộp đến 05/12/2023'],
    },
    {
      code: 'Q4-THAM-DINH',
      title: 'Thẩm định, chấm chéo và bình xét suy tôn đơn vị dẫn đầu các khối',
      due: '2023-12-08',
      quarter: 4,
    },
    {
      code: 'Q4-DN',
      title: 'Hạn nộp hồ sơ đề nghị khen thưởng năm 2023',
      due: '2023-12-15T17:00:00+07:00',
      quarter: 4,
      closes: 'nominations',
    },
    { code: 'Q4-HD', title: 'Họp Hội đồng Thi đua – Khen thưởng ngành Y tế', due: '2023-12-22', quarter: 4 },
  ],
};
