import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import type { Snapshot } from './secretariat';
import { sha256Hex, verifySnapshot } from './snapshot-hash';

const content = {
  campaign: 'C',
  rankings: [{ group: 'G1', name: 'Khối một', generatedAt: '2023-12-01T08:00:00+07:00', rows: [] }],
  consolidated: [],
  votes: [],
  nominations: [],
  covenants: [],
  quotas: [{ rule: 'r', label: 'Chỉ tiêu một', scope: 'movement' as const, limit: 10, used: 2.5, over: 0 }],
};
const sha = createHash('sha256').update(canonicalize(content)!, 'utf8').digest('hex');

describe('snapshot check', () => {
  // That it agrees with the Worker's digest is checked against the real Worker: tests/worker/snapshot-digest.test.ts.
  it('hashes the UTF-8 bytes: the FIPS 180-2 "abc" vector, and Vietnamese text as Node\'s crypto does', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex('Thi đua')).toBe(createHash('sha256').update('Thi đua', 'utf8').digest('hex'));
  });

  it('accepts the content as frozen, whatever its key order, and refuses a changed figure', async () => {
    const snap = { id: 'S-1', createdAt: '2023-12-01T08:00:00+07:00', sha256: sha, ...content } as Snapshot;
    const reordered = {
      quotas: content.quotas,
      sha256: sha,
      consolidated: [],
      covenants: [],
      nominations: [],
      votes: [],
      rankings: content.rankings,
      campaign: 'C',
      id: 'S-1',
      createdAt: 'x',
    } as Snapshot;
    expect(await verifySnapshot(snap)).toBe(true);
    expect(await verifySnapshot(reordered)).toBe(true);
    const changed = { ...snap, quotas: [{ ...content.quotas[0]!, used: 3 }] };
    expect(await verifySnapshot(changed)).toBe(false);
  });
});
