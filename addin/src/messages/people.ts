/** The Vietnamese words of the people and register enums (shared/contract/enums.ts), as the sheets show them. */
import type {
  AwardCategory,
  AwardLevel,
  DisciplineForm,
  InitiativeKind,
  InitiativeLevel,
  Rating,
  RecipientKind,
  Sex,
} from '../../../shared/contract/enums';

export const sexWords: Record<Sex, string> = { male: 'Nam', female: 'Nữ' };

export const ratingWords: Record<Rating, string> = {
  excellent: 'Hoàn thành xuất sắc nhiệm vụ',
  good: 'Hoàn thành tốt nhiệm vụ',
  complete: 'Hoàn thành nhiệm vụ',
  incomplete: 'Không hoàn thành nhiệm vụ',
};

export const disciplineWords: Record<DisciplineForm, string> = {
  reprimand: 'Khiển trách',
  warning: 'Cảnh cáo',
  salary_cut: 'Hạ bậc lương',
  demotion: 'Giáng chức',
  removal: 'Cách chức',
  dismissal: 'Buộc thôi việc',
};

export const initiativeKindWords: Record<InitiativeKind, string> = {
  initiative: 'Sáng kiến',
  research: 'Đề tài nghiên cứu khoa học',
};

export const initiativeLevelWords: Record<InitiativeLevel, string> = {
  unit: 'Cấp cơ sở',
  province: 'Cấp tỉnh',
  ministry: 'Cấp bộ, ngành',
  national: 'Toàn quốc',
};

export const awardLevelWords: Record<AwardLevel, string> = {
  unit: 'Cơ sở (thủ trưởng đơn vị)',
  department: 'Sở Y tế',
  province: 'UBND tỉnh',
  ministry: 'Bộ, ngành',
  government: 'Thủ tướng Chính phủ',
  state: 'Chủ tịch nước',
};

export const categoryWords: Record<AwardCategory, string> = {
  title: 'Danh hiệu thi đua',
  form: 'Hình thức khen thưởng',
};

export const recipientWords: Record<RecipientKind, string> = { collective: 'Tập thể', individual: 'Cá nhân' };
