/**
 * `Content-Disposition: attachment` for a file whose name is Vietnamese (RFC 6266): `filename*` in UTF-8,
 * percent-encoded as RFC 8187 says, and a plain ASCII `filename` for clients that do not read it (the
 * diacritics dropped, đ as d, anything else outside letters, digits, space, `.`, `-`, `_` as `_`).
 */

/** "Tờ trình - BRVT.docx" → "To trinh - BRVT.docx". */
export function asciiName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\u0111/g, 'd')
    .replace(/\u0110/g, 'D')
    .replace(/[^\w .-]/g, '_');
}

/** RFC 8187 value-chars: encodeURIComponent leaves `'()*!` bare, which attr-char does not allow. */
const encode = (s: string) =>
  encodeURIComponent(s.normalize('NFC')).replace(
    /['()*!]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );

export function attachment(name: string): string {
  return `attachment; filename="${asciiName(name)}"; filename*=UTF-8''${encode(name)}`;
}
