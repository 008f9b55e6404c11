/**
 * RFC 7240 `Prefer`: whether the client asked for `return=minimal`. Preferences are comma-separated, each
 * `token[=value]` with optional `;` parameters; names are case-insensitive, a value may be quoted. A
 * preference the server does not apply is ignored (the RFC's rule), so anything else means the full reply.
 */
export function prefersMinimal(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((pref) => {
    const [name, value = ''] = (pref.split(';')[0] ?? '').split('=');
    return (
      name?.trim().toLowerCase() === 'return' &&
      value
        .trim()
        .replace(/^"(.*)"$/, '$1')
        .toLowerCase() === 'minimal'
    );
  });
}
