/** Vietnamese texts about unit updates and plan amendments (decision 0027). */

/** A unit's fact as users name it. */
const factName = (field: string) =>
  ({ name: 'tên', kind: 'loại hình', parent: 'cơ quan cấp trên', womenShare: 'tỷ lệ nữ' })[field] ?? field;

const shown = (v: unknown) => (v === null || v === undefined ? '(chưa có)' : `"${String(v)}"`);

export const amendmentApiMessages = {
  factName,
  unitChanged: (unit: string, field: string, stored: unknown, listed: unknown) =>
    `Đơn vị "${unit}" đã có ${factName(field)} ${shown(stored)}; kế hoạch ghi ${shown(listed)}. Thông tin của đơn vị đã có chỉ được đổi bằng cập nhật đơn vị có lý do (PUT /units/${unit}), áp dụng từ một kế hoạch trở đi.`,
  unitNotInCampaign: (unit: string, campaign: string) =>
    `Kế hoạch "${campaign}" không có đơn vị "${unit}": cập nhật đơn vị phải áp dụng từ một kế hoạch có đơn vị này.`,
  unitUnchanged: (unit: string) =>
    `Thông tin gửi lên trùng với thông tin hiện có của đơn vị "${unit}" trong kế hoạch đã chọn: không có gì để cập nhật.`,
  staleVersion: (campaign: string, sent: number, current: number) =>
    `Kế hoạch "${campaign}" đang ở phiên bản ${current}, không phải ${sent}: đã có người sửa đổi trước. Hãy tải lại kế hoạch rồi sửa đổi lại.`,
  concurrentChange: (campaign: string) =>
    `Kế hoạch "${campaign}" vừa được thay đổi đồng thời: không ghi gì. Hãy tải lại kế hoạch rồi thử lại.`,
  unknownMovement: (movement: string) => `Kế hoạch không có phong trào "${movement}".`,
  unknownTemplateToReplace: (template: string) => `Kế hoạch không có mẫu bảng điểm "${template}" để thay.`,
  unitNotListed: (unit: string) =>
    `Kế hoạch chưa có đơn vị "${unit}": hãy thêm đơn vị này (addUnit) trước khi đưa vào khối/cụm.`,
  alreadyListed: (unit: string) => `Kế hoạch đã có đơn vị "${unit}".`,
  alreadyMember: (unit: string, group: string) =>
    `Đơn vị "${unit}" đã là thành viên của khối/cụm "${group}".`,
  memberHasSheet: (unit: string, group: string) =>
    `Không thể bỏ đơn vị "${unit}" khỏi khối/cụm "${group}": đơn vị đã có bảng điểm, việc đã chấm không được làm mất.`,
  memberHasRecords: (unit: string, group: string) =>
    `Không thể bỏ đơn vị "${unit}" khỏi khối/cụm "${group}": đơn vị đã có phiếu bầu hoặc hồ sơ đề nghị khen thưởng trong khối/cụm.`,
  templateHasSheets: (template: string, groups: string[]) =>
    `Không thể thay mẫu bảng điểm "${template}": khối/cụm ${groups.map((g) => `"${g}"`).join(', ')} đã có bảng điểm chấm theo mẫu này.`,
} as const;
