/**
 * The pane's snapshot check (addin/src/api/snapshot-hash.ts) against the Worker's own answer: a snapshot the
 * real Worker froze verifies in the pane as received, and no longer does once any figure in it changes.
 */
import { describe, expect, it } from 'vitest';
import { verifySnapshot } from '../../addin/src/api/snapshot-hash';
import { seedAwards, submitSheet } from '../../worker/test/awards-fixtures';
import { call } from '../../worker/test/helpers';

describe('the pane verifies the snapshots the Worker makes', () => {
  it('accepts a snapshot as the Worker serves it, and refuses it with one figure changed', async () => {
    const { code, u } = await seedAwards();
    await submitSheet(code, 'G1', u(1));
    await submitSheet(code, 'G1', u(2), { '1.1': 20 });
    await call('POST', `/campaigns/${code}/nominations`, {
      body: {
        items: [
          {
            award: 'LDTT',
            movement: 'M1',
            nominee: { kind: 'individual', unit: u(1), name: 'Trần Thị Ánh' },
          },
        ],
      },
    });
    const made = await call('POST', `/campaigns/${code}/snapshots`);
    expect(made.status).toBe(201);
    const got = await call('GET', `/campaigns/${code}/snapshots/${made.body.id}`);
    expect(got.status).toBe(200);
    const snapshot = got.body;

    expect(await verifySnapshot(snapshot)).toBe(true);
    // Keys in another order are the same content (the digest is over RFC 8785 canonical JSON).
    const reversed = Object.fromEntries(Object.entries(snapshot).reverse());
    expect(await verifySnapshot(reversed as typeof snapshot)).toBe(true);

    const row = snapshot.consolidated[0].rows[0];
    const changed = structuredClone(snapshot);
    changed.consolidated[0].rows[0] = { ...row, total: row.total + 0.25 };
    expect(await verifySnapshot(changed)).toBe(false);
    const renamed = structuredClone(snapshot);
    renamed.nominations[0].nominee.name = 'Trần Thị Anh';
    expect(await verifySnapshot(renamed)).toBe(false);
  });
});
