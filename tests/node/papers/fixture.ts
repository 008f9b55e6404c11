/**
 * A PaperData as a held meeting yields it: two awards by ballot (one nominee below the threshold), one
 * decided as a list, collectives and individuals, Vietnamese names (one typed decomposed, NFD, to check the
 * papers print it composed), an absent member with a written opinion.
 */
import type { PaperData } from '../../../worker/src/services/papers/data';

const ballot = (inFavour: number, percent = 80) => ({
  issued: 9,
  returned: 9,
  valid: 9,
  inFavour,
  share: Math.floor((inFavour * 10_000) / 9),
  threshold: { percent, of: 'members' as const, source: 'Điều 21 Luật Thi đua, khen thưởng 2022' },
});

export const SHA = 'ab'.repeat(32);

export const paperData = (): PaperData => ({
  campaign: {
    code: 'BRVT-YT-2025',
    title: 'Phong trào thi đua ngành Y tế tỉnh Bà Rịa-Vũng Tàu năm 2025',
    year: 2025,
    authority: 'Sở Y tế tỉnh Bà Rịa-Vũng Tàu',
    superior: 'UBND tỉnh Bà Rịa - Vũng Tàu',
    place: 'Bà Rịa',
    basis: 'Kế hoạch số 247/KH-UBND ngày 29/12/2024 của UBND tỉnh về công tác thi đua, khen thưởng năm 2025.',
    recipients: ['HĐ TĐKT tỉnh (b/cáo);', 'Các đơn vị trực thuộc Sở Y tế;', 'Lưu: VT, VP.'],
  },
  council: {
    members: [{ name: 'Nguyễn Văn Hùng', role: 'chair' }],
    signer: { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Lê Thị Thu Hằng' },
    symbol: 'SYT',
  },
  symbol: 'SYT',
  snapshot: { id: 'S-1234', sha256: SHA, createdAt: '2025-12-04T09:00:00+07:00', planVersion: 2 },
  grounds: [
    'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;',
    'Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết và hướng dẫn thi hành Luật Thi đua, khen thưởng;',
  ],
  proposals: [
    {
      award: 'CSTDCS',
      title: 'Chiến sĩ thi đua cơ sở',
      level: 'department',
      levelText: 'Giám đốc Sở Y tế',
      category: 'title',
      nominees: [
        {
          id: 'N-1',
          kind: 'individual',
          name: 'Trần Thị Ánh Nguyệt',
          position: 'Điều dưỡng trưởng',
          unit: 'Bệnh viện Bà Rịa',
          birthYear: 1982,
          sex: 'female',
          summary: 'Hoàn thành xuất sắc nhiệm vụ; sáng kiến cấp cơ sở.',
          ballot: ballot(8),
          outcome: { proposed: true },
        },
        {
          id: 'N-2',
          kind: 'individual',
          name: 'Phạm Quốc Đạt'.normalize('NFD'),
          position: 'Bác sĩ',
          unit: 'Trung tâm Y tế huyện Côn Đảo',
          birthYear: 1979,
          sex: 'male',
          ballot: ballot(6),
          outcome: { proposed: false, reason: 'Số phiếu đồng ý 66,66 % dưới ngưỡng 80 % tổng số thành viên' },
        },
      ],
    },
    {
      award: 'CO-THI-DUA',
      title: 'Cờ thi đua của Ủy ban nhân dân tỉnh',
      level: 'province',
      levelText: 'UBND tỉnh Bà Rịa-Vũng Tàu',
      category: 'title',
      nominees: [
        {
          id: 'N-3',
          kind: 'collective',
          name: 'Khoa Hồi sức tích cực',
          unit: 'Bệnh viện Bà Rịa',
          summary: 'Dẫn đầu khối thi đua.',
          ballot: ballot(9),
          outcome: { proposed: true },
        },
      ],
    },
    {
      award: 'GIAY-KHEN',
      title: 'Giấy khen của Giám đốc Sở Y tế',
      levelText: 'Giám đốc Sở Y tế',
      category: 'form',
      nominees: [
        {
          id: 'N-4',
          kind: 'collective',
          name: 'Trạm Y tế xã Long Sơn',
          unit: 'Trạm Y tế xã Long Sơn',
          outcome: { proposed: true },
        },
        {
          id: 'N-5',
          kind: 'individual',
          name: 'Võ Minh Khôi',
          unit: 'Bệnh viện Bà Rịa',
          birthYear: 1990,
          sex: 'male',
          outcome: { proposed: true },
        },
      ],
    },
  ],
  meeting: {
    id: 'M-1',
    date: '2025-12-05',
    time: '14 giờ 00',
    place: 'Hội trường Sở Y tế',
    chair: 'Nguyễn Văn Hùng',
    secretary: 'Đặng Thị Mỹ Dung',
    tellers: ['Hoàng Văn Sơn', 'Bùi Thị Lan'],
    size: 9,
    present: [
      { name: 'Nguyễn Văn Hùng', position: 'Giám đốc Sở' },
      { name: 'Lê Thị Thu Hằng', position: 'Phó Giám đốc Sở' },
    ],
    absent: [{ name: 'Đỗ Minh Tuấn', position: 'Trưởng phòng', writtenOpinion: true }],
  },
});
