/** Vietnamese texts about nominations, registrations and quota evaluation (contract: "Nominations and quotas"). */
import type { GroupKind, NomineeKind } from '../contract/enums';
import type { RatioBase } from '../contract/plan';
import { num } from './plan';
import { AWARD_WORD, capital, groupWord } from './words';

type Kind = NomineeKind;

/** What a ratio's base counts, after the base award's name ('' for `within`, as the rows have always read). */
const baseWord = (base: RatioBase) =>
  base === 'nominees' ? ' được đề nghị (mọi hồ sơ)' : base === 'holders' ? ' đã có trong sổ khen thưởng' : '';

/** A percent written the Vietnamese way (12,5), cached: `toLocaleString` is slow and a plan has few percents. */
const percentCache = new Map<number, string>();
const pct = (p: number) => {
  const cached = percentCache.get(p);
  if (cached !== undefined) return cached;
  const text = num(p);
  percentCache.set(p, text);
  return text;
};

/** "tập thể" / "cá nhân". */
const kindWord = (kind: Kind) => (kind === 'collective' ? 'tập thể' : 'cá nhân');
/** "Phong trào 2.1 – Chương trình CT-LAO". */
const movementScope = (movement: string, programme?: string | null) =>
  programme ? `Phong trào ${movement} – Chương trình ${programme}` : `Phong trào ${movement}`;

export const quotaMessages = {
  nomineeKindWord: kindWord,
  quotaMovementScope: movementScope,

  // Request bodies (422)
  nominationProgrammeRequired: (movement: string) =>
    `Phong trào ${movement} xét theo từng chương trình: phải chọn chương trình.`,
  nominationProgrammeNotInMovement: (programme: string, movement: string) =>
    `Chương trình "${programme}" không thuộc phong trào ${movement}.`,
  nominationProgrammeWithoutMovement: (programme: string) =>
    `Chương trình "${programme}" chỉ dùng kèm một phong trào có chương trình.`,
  nominationKindMismatch: (award: string, kind: Kind) =>
    `${capital(AWARD_WORD)} ${award} chỉ dành cho ${kindWord(kind)}.`,
  nominationNameRequired: () => 'Cá nhân được đề nghị phải có họ tên.',
  nominationAwardNotInMovement: (award: string, movement: string) =>
    `Phong trào ${movement} không xét ${AWARD_WORD} ${award}.`,
  nominationGroupRequired: (award: string) =>
    `${capital(AWARD_WORD)} ${award} được xét theo khối/cụm: phải chọn khối/cụm.`,
  nominationNotMember: (unit: string, group: string) =>
    `Đơn vị "${unit}" không phải là thành viên của khối/cụm "${group}".`,
  nominationPatchEmpty: () => 'Không có trường nào để sửa.',
  registrationAwardKind: (award: string, kind: Kind) =>
    `Danh hiệu ${award} dành cho ${kindWord(kind === 'collective' ? 'individual' : 'collective')}, không đăng ký cho ${kindWord(kind)}.`,
  registrationDuplicatePerson: (name: string) =>
    `Cá nhân "${name}" được liệt kê hai lần (trùng mã cán bộ, hoặc trùng họ tên khi thiếu mã cán bộ).`,

  // Ineligible
  quotaMovementNoKind: (movement: string, kind: Kind) => `Phong trào ${movement} không xét ${kindWord(kind)}`,
  quotaRankTooLow: (
    maxRank: number,
    award: string,
    groupKind: GroupKind | undefined,
    rank: number | null,
    hasGroup: boolean,
  ) => {
    const allowed = maxRank === 1 ? 'xếp hạng 1' : `xếp hạng từ 1 đến ${maxRank}`;
    const now = !hasGroup
      ? 'chưa chọn khối/cụm'
      : rank === null
        ? 'chưa được xếp hạng'
        : `đang xếp hạng ${rank}`;
    return `Chỉ đơn vị ${allowed} trong ${groupWord(groupKind)} được đề nghị ${award} (${now})`;
  },
  quotaClassTooLow: (minClass: string, award: string, current: string | null, hasGroup: boolean) => {
    const now = !hasGroup
      ? 'chưa chọn khối/cụm'
      : current === null
        ? 'chưa được xếp loại'
        : `đang xếp loại ${current}`;
    return `Chỉ đơn vị xếp loại ${minClass} trở lên được đề nghị ${award} (${now})`;
  },
  quotaClassUnknown: (minClass: string, group: string) =>
    `Xếp loại "${minClass}" không có trong bảng tiêu chí của khối/cụm ${group}`,
  quotaNotVoted: (award: string, hasGroup: boolean) =>
    hasGroup
      ? `Chưa đạt ngưỡng bình xét của khối/cụm để được đề nghị ${award}`
      : `Chưa đạt ngưỡng bình xét (chưa chọn khối/cụm) để được đề nghị ${award}`,
  quotaNotRegistered: (award: string) => `Chưa đăng ký danh hiệu ${award}`,
  quotaAlreadyInMovement: (award: string, movement: string) =>
    `Đã được đề nghị ${award} trong phong trào ${movement} (hồ sơ trước)`,
  quotaAlreadyNominated: (award: string) =>
    `Đã được đề nghị ${award} (hồ sơ trước): mỗi cá nhân, tập thể chỉ được đề nghị một lần cho mỗi danh hiệu`,

  // Over quota
  quotaMovementFull: (movement: string, programme: string | null, kind: Kind, limit: number, used: number) =>
    limit === 0
      ? `${movementScope(movement, programme)}: không có chỉ tiêu cho ${kindWord(kind)} (chỉ tiêu 0)`
      : `${movementScope(movement, programme)}: đã đủ ${used} ${kindWord(kind)} (chỉ tiêu ${limit})`,
  quotaShareFull: (
    award: string,
    group: string,
    percent: number,
    members: number,
    computed: number,
    min: number,
    used: number,
  ) => {
    const base = `${award} – ${group}: tối đa ${pct(percent)}% của ${members} thành viên = ${computed}`;
    return min > computed ? `${base}, nâng lên tối thiểu ${min}, đã đủ ${used}` : `${base}, đã đủ ${used}`;
  },
  quotaRatioFull: (
    award: string,
    unit: string,
    percent: number,
    count: number,
    of: string,
    limit: number,
    used: number,
    base: RatioBase = 'within',
  ) =>
    `${award} – ${unit}: tối đa ${pct(percent)}% của ${count} ${of}${baseWord(base)} = ${limit}, đã đủ ${used}`,

  // Within quota
  quotaMovementWithin: (
    movement: string,
    programme: string | null,
    kind: Kind,
    used: number,
    limit: number | null,
  ) =>
    limit === null
      ? `${movementScope(movement, programme)}: không giới hạn số lượng (${used} ${kindWord(kind)})`
      : `Trong chỉ tiêu phong trào ${movement}${programme ? ` – chương trình ${programme}` : ''}: ${used}/${limit} ${kindWord(kind)}`,
  quotaShareWithin: (award: string, group: string, used: number, limit: number) =>
    `Trong chỉ tiêu ${award} – ${group}: ${used}/${limit}`,
  quotaRatioWithin: (
    award: string,
    unit: string,
    used: number,
    limit: number,
    percent: number,
    count: number,
    of: string,
    base: RatioBase = 'within',
  ) =>
    `Trong chỉ tiêu ${award} – ${unit}: ${used}/${limit} (${pct(percent)}% của ${count} ${of}${baseWord(base)})`,
  quotaNoLimit: () => 'Không có chỉ tiêu số lượng nào áp dụng',

  // Usage rows
  quotaMovementLabel: (movement: string, name: string, programme: string | null, kind: Kind) =>
    `${movementScope(movement, programme)} “${name}” – ${kindWord(kind)}`,
  quotaShareLabel: (award: string, group: string, percent: number, min: number | undefined) =>
    `${award} – ${group}: tối đa ${pct(percent)}% số thành viên${min ? `, tối thiểu ${min}` : ''}`,
  quotaRatioLabel: (award: string, unit: string, percent: number, of: string, base: RatioBase = 'within') =>
    `${award} – ${unit}: tối đa ${pct(percent)}% số ${of}${base === 'within' ? ' trong chỉ tiêu' : baseWord(base)}`,
} as const;
