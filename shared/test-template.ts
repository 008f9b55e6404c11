/** Test fixture: the contract's TC-BV-2023 template, extended with a second standard criterion (test only). */
import { Template, type Template as TemplateType } from './contract/template';

/** 1.1 max 20 step 0.5, 1.2 max 80 (step 0.01), bonus T cap 5, deduction D cap 10; bands Xuất sắc (noZero) … */
export function tcBv2023(overrides: Partial<TemplateType> = {}): TemplateType {
  return Template.parse({
    code: 'TC-BV-2023',
    title: 'Bảng chấm điểm khối bệnh viện',
    sections: [
      {
        code: 'I',
        title: 'Thực hiện nhiệm vụ chuyên môn',
        kind: 'standard',
        criteria: [
          { code: '1.1', title: 'Hoàn thành chỉ tiêu khám chữa bệnh', max: 20, step: 0.5 },
          { code: '1.2', title: 'Chất lượng bệnh viện', max: 80 },
        ],
      },
      {
        code: 'T',
        title: 'Điểm thưởng',
        kind: 'bonus',
        cap: 5,
        criteria: [
          { code: 'T.1', title: 'Sáng kiến được công nhận', max: 3 },
          { code: 'T.2', title: 'Đề tài khoa học', max: 4 },
        ],
      },
      {
        code: 'D',
        title: 'Điểm trừ',
        kind: 'deduction',
        cap: 10,
        criteria: [
          { code: 'D.1', title: 'Để xảy ra sai sót chuyên môn', max: 5 },
          { code: 'D.2', title: 'Vi phạm chế độ báo cáo', max: 8 },
        ],
      },
    ],
    classification: [
      { label: 'Xuất sắc', min: 95, noZero: true },
      { label: 'Tốt', min: 85 },
      { label: 'Khá', min: 70 },
      { label: 'Trung bình', min: 0 },
    ],
    tieBreak: [{ by: 'section', section: 'I' }, { by: 'deductions' }, { by: 'votes' }],
    ...overrides,
  });
}
