/**
 * Demo plan: Sở Y tế Đồng Nai, "Kế hoạch công tác thi đua, khen thưởng Ngành Y tế tỉnh Đồng Nai năm 2020"
 * (../shared/seeds/003_7994a21b64d930d4.txt). Heading, basis, recipients, every bullet of the quarter-by-quarter
 * calendar (section II) and the names of the thematic movements (section III.4) are copied verbatim; the
 * sector's clusters, their units, sheets, quotas and dates are invented for the demo (decision 0002).
 */
import type { PlanInput } from '../contract/plan';
import { sectorAwards } from './awards';
import { peopleRules } from './people-rules';
import { sectorTemplate } from './templates';

type TemplateInput = NonNullable<PlanInput['templates']>[number];
type UnitInput = NonNullable<PlanInput['units']>[number];

const SECTOR = 'Sở Y tế Đồng Nai';
const PROVINCE = 'UBND tỉnh Đồng Nai';

/** Units are global across campaigns: every Đồng Nai code starts with "DN-" so none collides with BR-VT's. */
const unit = (
  code: string,
  name: string,
  kind: UnitInput['kind'],
  womenShare: number,
  parent = SECTOR,
): UnitInput => ({
  code: `DN-${code}`,
  name,
  kind,
  parent,
  womenShare,
});

/** Đồng Nai's bands are its own (thresholds belong to the template): lower than BR-VT's. */
const BANDS = [
  { label: 'Xuất sắc', min: 90, noZero: true },
  { label: 'Tốt', min: 80 },
  { label: 'Khá', min: 65 },
  { label: 'Trung bình', min: 0 },
];

/** Provincial bloc 12 scores the province's culture and social departments on the province's own sheet. */
const bloc12Template: TemplateInput = {
  code: 'TC-K12-2020',
  title: 'Bảng chấm điểm thi đua Khối Thi đua 12 (Khối Văn hóa - Xã hội) năm 2020',
  sections: [
    {
      code: 'I',
      title: 'Thực hiện nhiệm vụ chính trị được giao',
      kind: 'standard',
      criteria: [
        {
          code: '1.1',
          title: 'Hoàn thành các chỉ tiêu kinh tế - xã hội năm 2020 thuộc ngành, lĩnh vực',
          max: 20,
          step: 0.5,
        },
        {
          code: '1.2',
          title: 'Tham mưu Ủy ban nhân dân tỉnh ban hành văn bản đúng tiến độ, chất lượng',
          max: 10,
          step: 0.5,
        },
        { code: '1.3', title: 'Triển khai các chương trình, đề án trọng điểm của tỉnh', max: 10, step: 0.5 },
        { code: '1.4', title: 'Phòng, chống dịch COVID-19 và các nhiệm vụ đột xuất', max: 10, step: 0.25 },
      ],
    },
    {
      code: 'II',
      title: 'Cải cách hành chính và xây dựng cơ quan',
      kind: 'standard',
      criteria: [
        { code: '2.1', title: 'Chỉ số cải cách hành chính của cơ quan', max: 8, step: 0.25 },
        {
          code: '2.2',
          title: 'Giải quyết thủ tục hành chính đúng hạn, dịch vụ công trực tuyến',
          max: 6,
          step: 0.5,
        },
        { code: '2.3', title: 'Thực hành tiết kiệm, chống lãng phí; phòng, chống tham nhũng', max: 6 },
      ],
    },
    {
      code: 'III',
      title: 'Công tác xây dựng Đảng và đoàn thể',
      kind: 'standard',
      criteria: [
        { code: '3.1', title: 'Tổ chức Đảng hoàn thành tốt nhiệm vụ trở lên', max: 8, step: 0.5 },
        { code: '3.2', title: 'Công đoàn, Đoàn Thanh niên vững mạnh', max: 7, step: 0.5 },
      ],
    },
    {
      code: 'IV',
      title: 'Hoạt động của Khối thi đua',
      kind: 'standard',
      criteria: [
        { code: '4.1', title: 'Tham gia đầy đủ các hoạt động, hội nghị của Khối', max: 5, step: 0.5 },
        { code: '4.2', title: 'Thực hiện giao ước thi đua của Khối', max: 5, step: 0.5 },
        { code: '4.3', title: 'Gửi báo cáo, hồ sơ thi đua về Trưởng khối đúng hạn', max: 5, step: 0.5 },
      ],
    },
    {
      code: 'T',
      title: 'Điểm thưởng',
      kind: 'bonus',
      cap: 5,
      criteria: [
        {
          code: 'T.1',
          title: 'Mô hình mới, cách làm hay được Ủy ban nhân dân tỉnh công nhận',
          max: 5,
          step: 0.5,
        },
      ],
    },
    {
      code: 'D',
      title: 'Điểm trừ',
      kind: 'deduction',
      cap: 10,
      criteria: [
        {
          code: 'D.1',
          title: 'Không hoàn thành nhiệm vụ được Ủy ban nhân dân tỉnh giao đúng hạn',
          max: 5,
          step: 0.5,
        },
        { code: 'D.2', title: 'Có cán bộ, công chức bị kỷ luật', max: 5, step: 0.5 },
      ],
    },
  ],
  classification: BANDS,
  tieBreak: [{ by: 'section', section: 'I' }, { by: 'deductions' }, { by: 'votes' }, { by: 'womenShare' }],
};

/** The seed's section III.4 sentence: the three thematic movements' common content. */
const THEMATIC_CONTENT =
  'Tiếp tục triển khai có hiệu quả các phong trào thi đua chuyên đề: “Toàn tỉnh chung sức xây dựng nông thôn mới”, “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”, “Doanh nghiệp Đồng Nai hội nhập và phát triển”.';

/** Seed III.7: the sector's standing emulation office (Văn phòng Sở) runs and follows the movements. */
const STANDING_OFFICE = 'Thường trực thi đua ngành';

const clusterDeadline = '2020-12-10T17:00:00+07:00';
const clusterVote = { percent: 80, of: 'members' as const };

export const dongnai2020: PlanInput = {
  campaign: {
    code: 'DN-YT-2020',
    year: 2020,
    title: 'Công tác thi đua, khen thưởng Ngành Y tế tỉnh Đồng Nai năm 2020',
    authority: 'Sở Y tế tỉnh Đồng Nai',
    place: 'Đồng Nai',
    basis:
      'Căn cứ Kế hoạch số 365/KH-UBND ngày 14 tháng 01 năm 2020 của Ủy ban nhân dân tỉnh về Kế hoạch công tác thi đua, khen thưởng trên địa bàn tỉnh Đồng Nai năm 2020',
    recipients: [
      'Như trên;',
      'Ban TĐKT tỉnh;',
      'Ban Giám đốc Sở Y tế;',
      'Công đoàn ngành Y tế;',
      'Chánh, Phó văn phòng;',
      'Website Sở Y tế;',
      'Lưu: VT, VP.',
    ],
  },

  units: [
    // Provincial general hospitals.
    unit('BVDK', 'Bệnh viện Đa khoa Đồng Nai', 'hospital', 0.66),
    unit('BVTN', 'Bệnh viện Đa khoa Thống Nhất', 'hospital', 0.64),
    unit('BVLK', 'Bệnh viện Đa khoa khu vực Long Khánh', 'hospital', 0.65),
    unit('BVDQ', 'Bệnh viện Đa khoa khu vực Định Quán', 'hospital', 0.62),
    unit('BVLT', 'Bệnh viện Đa khoa khu vực Long Thành', 'hospital', 0.63),
    // Specialised hospitals.
    unit('BVNHI', 'Bệnh viện Nhi đồng Đồng Nai', 'hospital', 0.76),
    unit('BVPHOI', 'Bệnh viện Phổi Đồng Nai', 'hospital', 0.6),
    unit('BVDL', 'Bệnh viện Da liễu Đồng Nai', 'hospital', 0.69),
    unit('BVYDCT', 'Bệnh viện Y dược cổ truyền Đồng Nai', 'hospital', 0.71),
    // District health centres, west and east of the province.
    unit('TTYT-BH', 'Trung tâm Y tế thành phố Biên Hòa', 'health_centre', 0.72),
    unit('TTYT-NT', 'Trung tâm Y tế huyện Nhơn Trạch', 'health_centre', 0.68),
    unit('TTYT-LT', 'Trung tâm Y tế huyện Long Thành', 'health_centre', 0.67),
    unit('TTYT-TB', 'Trung tâm Y tế huyện Trảng Bom', 'health_centre', 0.7),
    unit('TTYT-VC', 'Trung tâm Y tế huyện Vĩnh Cửu', 'health_centre', 0.66),
    unit('TTYT-LK', 'Trung tâm Y tế thành phố Long Khánh', 'health_centre', 0.69),
    unit('TTYT-TN', 'Trung tâm Y tế huyện Thống Nhất', 'health_centre', 0.65),
    unit('TTYT-DQ', 'Trung tâm Y tế huyện Định Quán', 'health_centre', 0.64),
    unit('TTYT-TP', 'Trung tâm Y tế huyện Tân Phú', 'health_centre', 0.67),
    unit('TTYT-XL', 'Trung tâm Y tế huyện Xuân Lộc', 'health_centre', 0.68),
    unit('TTYT-CM', 'Trung tâm Y tế huyện Cẩm Mỹ', 'health_centre', 0.63),
    // Preventive medicine and specialised centres.
    unit('CDC', 'Trung tâm Kiểm soát bệnh tật tỉnh Đồng Nai', 'preventive', 0.61),
    unit('TTPY', 'Trung tâm Pháp y', 'preventive', 0.5),
    unit('TTGDYK', 'Trung tâm Giám định y khoa', 'preventive', 0.57),
    unit('TTKN', 'Trung tâm Kiểm nghiệm', 'preventive', 0.73),
    unit('TT115', 'Trung tâm Cấp cứu 115', 'preventive', 0.52),
    unit('CCDS', 'Chi cục Dân số - Kế hoạch hóa gia đình', 'preventive', 0.77),
    unit('CCATVSTP', 'Chi cục An toàn vệ sinh thực phẩm', 'preventive', 0.59),
    // The Sở's departments; Văn phòng Sở is the standing emulation office ("Thường trực thi đua ngành").
    unit('SYT-VP', 'Văn phòng Sở', 'office', 0.6),
    unit('SYT-TCCB', 'Phòng Tổ chức cán bộ', 'office', 0.55),
    unit('SYT-KHTC', 'Phòng Kế hoạch - Tài chính', 'office', 0.62),
    unit('SYT-NVY', 'Phòng Nghiệp vụ Y', 'office', 0.53),
    unit('SYT-NVD', 'Phòng Nghiệp vụ Dược', 'office', 0.7),
    unit('SYT-TTRA', 'Thanh tra Sở', 'office', 0.5),
    // Provincial bloc 12 (culture and society): the Sở itself and its peers.
    unit('SYT', 'Sở Y tế tỉnh Đồng Nai', 'office', 0.6, PROVINCE),
    unit('SGDDT', 'Sở Giáo dục và Đào tạo', 'other', 0.64, PROVINCE),
    unit('SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 'other', 0.48, PROVINCE),
    unit('SLDTBXH', 'Sở Lao động - Thương binh và Xã hội', 'other', 0.56, PROVINCE),
    unit('STTTT', 'Sở Thông tin và Truyền thông', 'other', 0.45, PROVINCE),
    unit('BHXH', 'Bảo hiểm xã hội tỉnh Đồng Nai', 'other', 0.62, PROVINCE),
    unit('DPTTH', 'Đài Phát thanh - Truyền hình Đồng Nai', 'other', 0.47, PROVINCE),
  ],

  awards: [
    ...sectorAwards('Đồng Nai'),
    // Seed, Q2 and Q3: the Ministry's distinctions the Sở guides units through.
    {
      code: 'HAI-THUONG-LAN-ONG',
      name: 'Danh hiệu “Hải Thượng Lãn Ông”',
      nominee: 'individual',
      identity: { title: 'HAI-THUONG-LAN-ONG', level: 'ministry' },
      category: 'title',
    },
    {
      code: 'KNC-VSKND',
      name: 'Kỷ niệm chương “Vì sức khỏe nhân dân”',
      nominee: 'individual',
      level: 'Bộ trưởng Bộ Y tế',
      identity: { title: 'KNC-VSKND', level: 'ministry' },
      category: 'form',
    },
  ],

  templates: [
    sectorTemplate('hospital', 2020, { code: 'TC-DN-BV-2020', bands: BANDS }),
    sectorTemplate('health_centre', 2020, { code: 'TC-DN-TTYT-2020', bands: BANDS }),
    sectorTemplate('preventive', 2020, { code: 'TC-DN-DP-2020', bands: BANDS }),
    sectorTemplate('office', 2020, { code: 'TC-DN-VP-2020', bands: BANDS }),
    bloc12Template,
  ],

  groups: [
    {
      code: 'CUM-BVDK',
      kind: 'cum',
      name: 'Cụm bệnh viện đa khoa tuyến tỉnh',
      template: 'TC-DN-BV-2020',
      lead: 'DN-BVDK',
      members: ['DN-BVDK', 'DN-BVTN', 'DN-BVLK', 'DN-BVDQ', 'DN-BVLT'],
      deadline: clusterDeadline,
      vote: clusterVote,
      covenant: { documentNo: '01/GƯTĐ-CBVĐK', signedAt: '2020-03-20' },
    },
    {
      code: 'CUM-BVCK',
      kind: 'cum',
      name: 'Cụm bệnh viện chuyên khoa',
      template: 'TC-DN-BV-2020',
      lead: 'DN-BVNHI',
      members: ['DN-BVNHI', 'DN-BVPHOI', 'DN-BVDL', 'DN-BVYDCT'],
      deadline: clusterDeadline,
      vote: clusterVote,
      covenant: { documentNo: '01/GƯTĐ-CBVCK', signedAt: '2020-03-20' },
    },
    {
      code: 'CUM-TTYT-1',
      kind: 'cum',
      name: 'Cụm trung tâm y tế huyện, thành phố số 1',
      template: 'TC-DN-TTYT-2020',
      lead: 'DN-TTYT-BH',
      members: ['DN-TTYT-BH', 'DN-TTYT-NT', 'DN-TTYT-LT', 'DN-TTYT-TB', 'DN-TTYT-VC'],
      deadline: clusterDeadline,
      vote: clusterVote,
      covenant: { documentNo: '01/GƯTĐ-CTTYT1', signedAt: '2020-03-24' },
    },
    {
      code: 'CUM-TTYT-2',
      kind: 'cum',
      name: 'Cụm trung tâm y tế huyện, thành phố số 2',
      template: 'TC-DN-TTYT-2020',
      lead: 'DN-TTYT-LK',
      members: ['DN-TTYT-LK', 'DN-TTYT-TN', 'DN-TTYT-DQ', 'DN-TTYT-TP', 'DN-TTYT-XL', 'DN-TTYT-CM'],
      deadline: clusterDeadline,
      vote: clusterVote,
      covenant: { documentNo: '01/GƯTĐ-CTTYT2', signedAt: '2020-03-24' },
    },
    {
      code: 'CUM-DP',
      kind: 'cum',
      name: 'Cụm y tế dự phòng và trung tâm chuyên ngành',
      template: 'TC-DN-DP-2020',
      lead: 'DN-CDC',
      members: ['DN-CDC', 'DN-TTPY', 'DN-TTGDYK', 'DN-TTKN', 'DN-TT115', 'DN-CCDS', 'DN-CCATVSTP'],
      deadline: clusterDeadline,
      vote: clusterVote,
      covenant: { documentNo: '01/GƯTĐ-CDP', signedAt: '2020-03-26' },
    },
    {
      code: 'CUM-VP',
      kind: 'cum',
      name: 'Cụm văn phòng và các phòng chức năng Sở Y tế',
      template: 'TC-DN-VP-2020',
      lead: 'DN-SYT-VP',
      members: ['DN-SYT-VP', 'DN-SYT-TCCB', 'DN-SYT-KHTC', 'DN-SYT-NVY', 'DN-SYT-NVD', 'DN-SYT-TTRA'],
      deadline: clusterDeadline,
      vote: clusterVote,
      covenant: { documentNo: '01/GƯTĐ-CVP', signedAt: '2020-03-18' },
    },
    {
      code: 'KHOI-12',
      kind: 'khoi',
      name: 'Khối Thi đua 12 (Khối Văn hóa - Xã hội)',
      template: 'TC-K12-2020',
      lead: 'DN-SVHTTDL',
      members: ['DN-SVHTTDL', 'DN-SYT', 'DN-SGDDT', 'DN-SLDTBXH', 'DN-STTTT', 'DN-BHXH', 'DN-DPTTH'],
      // The province's blocs close a week before the sector's clusters.
      deadline: '2020-12-04T17:00:00+07:00',
      vote: { percent: 80, of: 'members' },
      covenant: { documentNo: '01/GƯTĐ-KTĐ12', signedAt: '2020-03-05' },
    },
  ],

  movements: [
    {
      code: 'NTM',
      name: 'Toàn tỉnh chung sức xây dựng nông thôn mới',
      responsible: STANDING_OFFICE,
      responsibleUnit: 'DN-SYT-VP',
      content: THEMATIC_CONTENT,
      awardWindow: 'Khi sơ kết, tổng kết phong trào năm 2020',
      quota: { collective: 3, individual: 5 },
      awards: ['GIAY-KHEN', 'BANG-KHEN'],
    },
    {
      code: 'VNN',
      name: 'Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau',
      responsible: STANDING_OFFICE,
      responsibleUnit: 'DN-SYT-VP',
      content: THEMATIC_CONTENT,
      awardWindow: 'Khi sơ kết, tổng kết phong trào năm 2020',
      quota: { collective: 3, individual: 5 },
      awards: ['GIAY-KHEN', 'BANG-KHEN'],
    },
    {
      // Rewards enterprises (collectives) only: a health sector has no entrepreneurs of its own to propose.
      code: 'DNHN',
      name: 'Doanh nghiệp Đồng Nai hội nhập và phát triển',
      responsible: STANDING_OFFICE,
      responsibleUnit: 'DN-SYT-VP',
      content: THEMATIC_CONTENT,
      awardWindow: 'Khi sơ kết, tổng kết phong trào năm 2020',
      quota: { collective: 2, individual: null },
      awards: ['GIAY-KHEN', 'BANG-KHEN'],
    },
    {
      // Seed Q2: "Triển khai các khen thưởng chuyên đề." BR-VT's usual 05 collectives and 10 individuals.
      code: 'KTCD',
      name: 'Khen thưởng chuyên đề năm 2020',
      responsible: STANDING_OFFICE,
      responsibleUnit: 'DN-SYT-VP',
      content: 'Triển khai các khen thưởng chuyên đề.',
      awardWindow: 'Quý II năm 2020',
      quota: { collective: 5, individual: 10 },
      awards: ['GIAY-KHEN', 'BANG-KHEN'],
    },
  ],

  rules: [
    {
      kind: 'share',
      award: 'CO-THI-DUA',
      scope: 'group',
      percent: 20,
      min: 1,
      source: 'Quy chế hoạt động các Cụm thi đua ngành Y tế (giả định của dữ liệu mẫu)',
    },
    {
      kind: 'eligibility',
      award: 'CO-THI-DUA',
      voted: true,
      source: 'Kế hoạch năm 2020, Quý I: các tập thể dẫn đầu cụm, do các cụm bình xét suy tôn',
    },
    {
      kind: 'eligibility',
      award: 'TAP-THE-LDXS',
      registered: true,
      source: 'Kế hoạch năm 2020, Quý I: Đăng ký thi đua khen thưởng ngành Y tế năm 2020',
    },
    {
      kind: 'eligibility',
      award: 'BANG-KHEN',
      minClass: 'Tốt',
      source: 'Xếp loại thi đua của cụm từ Tốt trở lên (giả định của dữ liệu mẫu)',
    },
    // Issue 14: the people's facts and the register (shared/demo/people-rules.ts).
    ...peopleRules(2020, ['NTM', 'VNN', 'DNHN', 'KTCD']),
  ],

  // Every bullet of section II, one milestone each, titles verbatim; the dates are the demo's.
  milestones: [
    {
      code: 'Q1-TK2019',
      quarter: 1,
      due: '2020-01-17',
      title:
        'Tổng kết hoạt động cụm thi đua ngành Y tế năm 2019 xét khen thưởng các tập thể dẫn đầu cụm, do các cụm bình xét suy tôn',
    },
    {
      code: 'Q1-HS2019',
      quarter: 1,
      due: '2020-02-14',
      title: 'Trình hồ sơ khen thưởng ngành Y tế năm 2019',
    },
    {
      code: 'Q1-TTVN',
      quarter: 1,
      due: '2020-02-27',
      title:
        'Tổ chức Lễ kỷ niệm 65 năm ngày Thầy thuốc Việt Nam và tổng kết công tác ngành Y tế năm 2019, phương hướng nhiệm vụ năm 2020',
    },
    {
      code: 'Q1-QUY',
      quarter: 1,
      due: '2020-03-13',
      title:
        'Xây dựng kế hoạch thực hiện kinh phí sử dụng quỹ thi đua khen thưởng năm 2020 gửi về Ban Thi đua khen thưởng tỉnh',
    },
    {
      code: 'Q1-DK',
      quarter: 1,
      due: '2020-03-31',
      title: 'Đăng ký thi đua khen thưởng ngành Y tế năm 2020',
      closes: 'registration',
      details: ['Danh hiệu tập thể và danh sách cá nhân đăng ký gửi Thường trực thi đua ngành'],
    },
    {
      code: 'Q2-TDAQ',
      quarter: 2,
      due: '2020-06-11',
      title:
        'Phát động, hưởng ứng các hoạt động nhân kỷ niệm 72 năm ngày Bác Hồ ra lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2020)',
    },
    {
      code: 'Q2-TT',
      quarter: 2,
      due: '2020-06-30',
      title: 'Công tác tuyên truyền, nhân rộng điển hình tiên tiến',
    },
    { code: 'Q2-KTCD', quarter: 2, due: '2020-05-29', title: 'Triển khai các khen thưởng chuyên đề' },
    {
      code: 'Q2-BC6T',
      quarter: 2,
      due: '2020-06-19',
      title:
        'Báo cáo công tác thi đua khen thưởng 6 tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm 2020',
    },
    {
      code: 'Q2-HTLO',
      quarter: 2,
      due: '2020-06-26',
      title: 'Triển khai văn bản hướng dẫn xét tặng danh hiệu “Hải Thượng Lãn Ông”',
    },
    {
      code: 'Q3-KNC',
      quarter: 3,
      due: '2020-07-31',
      title: 'Triển khai văn bản hướng dẫn xét tặng Kỷ niệm chương “Vì sức khỏe nhân dân” năm 2020',
    },
    {
      code: 'Q3-SK',
      quarter: 3,
      due: '2020-07-17',
      title: 'Hướng dẫn đôn đốc các đơn vị sơ kết công tác thi đua, khen thưởng 06 tháng đầu năm 2020',
    },
    {
      code: 'Q3-KT',
      quarter: 3,
      due: '2020-09-25',
      title: 'Tổ chức thanh tra, kiểm tra công tác thi đua khen thưởng ở một số đơn vị trực thuộc',
    },
    {
      code: 'Q3-HDTK',
      quarter: 3,
      due: '2020-09-30',
      title:
        'Triển khai văn bản hướng dẫn tổng kết phong trào thi đua yêu nước năm 2020 cho các đơn vị trực thuộc',
    },
    {
      code: 'Q4-TH',
      quarter: 4,
      due: '2020-10-23',
      title: 'Tập huấn công tác thi đua khen thưởng do Ban Thi đua khen thưởng tỉnh tổ chức',
    },
    {
      code: 'Q4-BC',
      quarter: 4,
      due: '2020-11-30',
      title: 'Báo cáo tổng kết phong trào thi đua yêu nước và công tác thi đua, khen thưởng năm 2020',
    },
    {
      code: 'Q4-RANK',
      quarter: 4,
      due: '2020-12-15',
      title:
        'Tiến hành công tác chấm điểm và xếp hạng của các Cụm trong ngành Y tế và Khối Thi đua 12 (Khối Văn hóa - Xã hội)',
      details: [
        'Các cụm nộp bảng tự chấm điểm đến 17 giờ ngày 10/12/2020; Khối Thi đua 12 đến ngày 04/12/2020',
        'Trưởng cụm thẩm định, các cụm bình xét suy tôn tập thể dẫn đầu',
      ],
    },
    {
      // Nominations close as the council meets: an assumption, the seed does not say.
      code: 'Q4-HD',
      quarter: 4,
      due: '2020-12-22T08:00:00+07:00',
      title: 'Họp Hội đồng Thi đua khen thưởng ngành Y tế',
      closes: 'nominations',
    },
    {
      code: 'Q4-KH2021',
      quarter: 4,
      due: '2020-12-30',
      title: 'Xây dựng kế hoạch về công tác thi đua, khen thưởng và phát động phong trào thi đua năm 2021',
    },
  ],
};
