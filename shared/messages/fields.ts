/** Vietnamese of the contract's repeated field shapes (../contract/fields.ts) and of the text policy. */
import type { TextFault } from '../text';

/** "U+202E", as Unicode charts write a code point. */
const cp = (n: number) => `U+${n.toString(16).toUpperCase().padStart(4, '0')}`;

export const fieldMessages = {
  webUrl: 'Đường dẫn phải là địa chỉ web bắt đầu bằng https:// hoặc http://.',

  /** Why a text is refused (docs/decisions/0025-text-policy-and-limits.md). */
  textFault: (f: TextFault): string => {
    switch (f.kind) {
      case 'surrogate':
        return `chứa ký tự Unicode không hợp lệ (nửa cặp thay thế ${cp(f.codePoint)} đứng một mình).`;
      case 'bidi':
        return `không được chứa ký tự điều khiển hướng chữ (${cp(f.codePoint)}): nó làm văn bản hiển thị khác với nội dung thật.`;
      case 'lineBreak':
        return `chỉ được viết trên một dòng (có ký tự xuống dòng ${cp(f.codePoint)}).`;
      case 'control':
        return `không được chứa ký tự điều khiển (${cp(f.codePoint)}).`;
      case 'format':
        return `không được chứa ký tự định dạng vô hình (${cp(f.codePoint)}).`;
    }
  },
  noVisibleText: 'phải có chữ nhìn thấy được (không chỉ gồm khoảng trắng hay ký tự vô hình).',
  /** A text-policy refusal, naming the field by its place in the request ("/units/0/name"). */
  inField: (path: string, why: string): string => (path ? `Trường "${path}" ${why}` : `Giá trị ${why}`),
} as const;
