/** A small plan for the add-in's unit tests: steps 0.5 and 0.25, a capped bonus and a capped deduction. */
import { vi } from 'vitest';
import type { Campaign, Group, Unit } from '../../shared/contract/plan';
import type { Template } from '../../shared/contract/template';
import type { Api } from '../src/api/client';

export const campaign: Campaign = {
  code: 'BRVT-YT-2023',
  year: 2023,
  title: 'Phát động phong trào thi đua ngành Y tế năm 2023',
  authority: 'Sở Y tế tỉnh Bà Rịa-Vũng Tàu',
  place: 'Bà Rịa',
};

export const unit: Unit = { code: 'BV-BR', name: 'Bệnh viện Bà Rịa', parent: 'Sở Y tế Bà Rịa-Vũng Tàu' };

export const group: Group = {
  code: 'KHOI-BV',
  kind: 'khoi',
  name: 'Khối bệnh viện tuyến tỉnh',
  template: 'TC-BV',
  lead: 'BV-BR',
  members: ['BV-BR', 'BV-VT'],
  deadline: '2023-11-30T17:00:00+07:00',
};

export const template: Template = {
  code: 'TC-BV',
  title: 'Bảng chấm điểm khối bệnh viện',
  sections: [
    {
      code: 'I',
      title: 'Thực hiện nhiệm vụ chuyên môn',
      kind: 'standard',
      criteria: [
        { code: '1.1', title: 'Hoàn thành chỉ tiêu khám chữa bệnh', max: 20, step: 0.5 },
        { code: '1.2', title: 'Chất lượng bệnh viện', max: 20, step: 0.5 },
        { code: '1.3', title: '- Chuyển đổi số', max: 10, step: 0.25 },
      ],
    },
    {
      code: 'II',
      title: 'Công tác khác',
      kind: 'standard',
      criteria: [
        { code: '2.1', title: 'Cải cách hành chính', max: 25 },
        { code: '2.2', title: 'Thi đua khen thưởng', max: 25, step: 0.5 },
      ],
    },
    {
      code: 'T',
      title: 'Điểm thưởng',
      kind: 'bonus',
      cap: 5,
      criteria: [
        { code: 'T.1', title: 'Sáng kiến được công nhận', max: 3 },
        { code: 'T.2', title: 'Khen thưởng đột xuất', max: 4, step: 0.5 },
      ],
    },
    {
      code: 'D',
      title: 'Điểm trừ',
      kind: 'deduction',
      cap: 10,
      criteria: [
        { code: 'D.1', title: 'Để xảy ra sai sót chuyên môn', max: 8 },
        { code: 'D.2', title: 'Chậm báo cáo', max: 5, step: 0.25 },
      ],
    },
  ],
  classification: [
    { label: 'Xuất sắc', min: 95, noZero: true },
    { label: 'Tốt', min: 85 },
    { label: 'Khá', min: 70 },
    { label: 'Trung bình', min: 0 },
  ],
  tieBreak: [],
};

/** An API whose every call is a vi.fn(), with the ones a test needs given. */
export function fakeApi(overrides: Partial<Api> = {}): Api {
  return {
    me: vi.fn(),
    campaigns: vi.fn(),
    campaign: vi.fn(),
    sheet: vi.fn(),
    putSheet: vi.fn(),
    request: vi.fn(),
    ...overrides,
  };
}
