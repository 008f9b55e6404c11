/** The snapshot digest: canonical text and SHA-256 written by hand (the hex from `printf '%s' … | sha256sum`). */
import { describe, expect, it } from 'vitest';
import { digestSnapshot } from './snapshot-digest';

const CANONICAL = '{"a":"Khối một","b":[1,2.5,null],"c":{"x":true,"y":1e+21}}';
const SHA = '6742588c6a81ab1da3f7826819ab2ef6f000e043d0ebdce87837d9f48de579d1';

describe('digestSnapshot', () => {
  it('hashes RFC 8785 canonical JSON: keys sorted, numbers in ECMAScript form', async () => {
    const content = { c: { y: 1e21, x: true }, b: [1, 2.5, null], a: 'Khối một' };
    expect(await digestSnapshot(content)).toEqual({ canonical: CANONICAL, sha256: SHA });
  });

  it('leaves the served head (id, createdAt, sha256) out, so a served snapshot digests as its content', async () => {
    const served = { id: 'S-1', a: 'Khối một', createdAt: '2023-12-01T08:00:00+07:00', sha256: 'x' };
    const rest = { b: [1, 2.5, null], c: { x: true, y: 1e21 } };
    expect(await digestSnapshot({ ...served, ...rest })).toEqual({ canonical: CANONICAL, sha256: SHA });
  });

  it('changes with any figure, and an empty content has the digest of {}', async () => {
    const moved = await digestSnapshot({ a: 'Khối một', b: [1, 2.25, null], c: { x: true, y: 1e21 } });
    expect(moved.sha256).not.toBe(SHA);
    expect(await digestSnapshot({ id: 'S-2' })).toEqual({
      canonical: '{}',
      sha256: '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    });
  });
});
