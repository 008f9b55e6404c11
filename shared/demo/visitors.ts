/**
 * Who a visitor of the local demo (`npm start`) can be, and what the demo leaves for them to try: one token
 * per role, the group kept open and the unit whose sheet stays empty (scripts/seed-demo.ts loads them).
 */
import type { Role } from '../contract/enums';

export interface DemoToken {
  role: Exclude<Role, 'admin'>;
  unit?: string;
  label: string;
  note: string;
}

/** The demo tokens: one per role a visitor would try. */
export const DEMO_TOKENS: DemoToken[] = [
  {
    role: 'secretariat',
    label: 'Văn phòng Sở Y tế (demo)',
    note: 'Thường trực: tạo kế hoạch, thẩm định, mở lại, nhật ký',
  },
  {
    role: 'council',
    label: 'Hội đồng Thi đua – Khen thưởng (demo)',
    note: 'Hội đồng: xem bản chốt, ghi kết quả kiểm phiếu phiên họp',
  },
  {
    role: 'unit',
    unit: 'BV-BR',
    label: 'Bệnh viện Bà Rịa — trưởng Khối bệnh viện (demo)',
    note: 'Đơn vị trưởng khối KHOI-BV: xem danh sách, thẩm định các thành viên',
  },
  {
    role: 'unit',
    unit: 'TTYT-BR',
    label: 'Trung tâm Y tế Bà Rịa (demo)',
    note: 'Đơn vị thành viên KHOI-TTYT (còn hạn): tự chấm, lưu nháp, nộp',
  },
];

/** The group left open and the unit whose sheet is left for the visitor. */
export const OPEN_GROUP = 'KHOI-TTYT';
export const VISITOR_UNIT = 'TTYT-BR';
/** Members left unsubmitted in each group, so rankings show units that did not submit. */
export const NOT_SUBMITTED: ReadonlySet<string> = new Set(['TTYT-BR', 'TTYT-CDAO', 'SYT-TTRA']);
