/** Vietnamese texts of the audit chain's verification (shared/audit-chain.ts): the Worker's answer and the script's. */
import type { ChainBreak } from '../audit-chain';

const where = (b: ChainBreak) => `mục số ${b.seq}${b.id === null ? '' : ` (id ${b.id})`}`;

export const auditMessages = {
  auditChainName: (campaign: string | null) =>
    campaign === null
      ? 'chuỗi nhật ký chung (mã truy cập, đơn vị)'
      : `chuỗi nhật ký của kế hoạch thi đua ${campaign}`,
  auditBreak: (b: ChainBreak): string => {
    switch (b.kind) {
      case 'missing':
        return `Nhật ký bị mất ${where(b)}: số thứ tự ${b.seq} không còn, chuỗi nhảy sang mục sau.`;
      case 'inserted':
        return `Nhật ký có ${where(b)} được chèn vào: mục này không nằm đúng thứ tự đã ghi.`;
      case 'edited':
        return `Nhật ký bị sửa tại ${where(b)}: nội dung không còn khớp mã băm SHA-256 đã niêm phong.`;
      case 'anchor':
        return `Nhật ký không còn khớp đầu chuỗi mà bản chốt ${b.source ?? ''} đã ghi tại mục số ${b.seq}: phần trước đó đã bị viết lại hoặc cắt bớt.`;
    }
  },
  auditIntact: (entries: number) => `Nhật ký nguyên vẹn: ${entries} mục, mọi mắt xích SHA-256 khớp.`,
} as const;
