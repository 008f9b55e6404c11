/**
 * Many rows in few statements (decision 0036): the rows travel as one JSON array per statement, bound as a
 * single parameter and unpacked by `json_each`, so a statement binds a handful of parameters whatever its
 * row count, its SQL text stays short, and a batch of 50,000 rows is a few statements (D1 counts each one
 * as a query: 50 per invocation on the Free plan, 1000 on the Paid). A chunk stays under CHUNK_CHARS of
 * JSON, far below D1's 2 MB per value.
 */

/** The JSON text of one chunk, in UTF-16 units (each at most 3 bytes of UTF-8: under 2 MB). */
export const CHUNK_CHARS = 600_000;

/** Splits items into JSON arrays of at most CHUNK_CHARS characters; `offset` is each chunk's first index. */
export function jsonChunks(items: readonly unknown[]): { json: string; offset: number }[] {
  const out: { json: string; offset: number }[] = [];
  let parts: string[] = [];
  let chars = 2;
  let offset = 0;
  items.forEach((item, i) => {
    const text = JSON.stringify(item);
    if (parts.length && chars + text.length + 1 > CHUNK_CHARS) {
      out.push({ json: `[${parts.join(',')}]`, offset });
      parts = [];
      chars = 2;
      offset = i;
    }
    parts.push(text);
    chars += text.length + 1;
  });
  if (parts.length) out.push({ json: `[${parts.join(',')}]`, offset });
  return out;
}
