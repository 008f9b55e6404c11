import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { checked } from '../test/helpers';

describe('health', () => {
  it('answers without a token and the migrated D1 is reachable', async () => {
    const res = await checked('GET', '/health', await SELF.fetch('http://localhost/api/v1/health'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    const row = await env.DB.prepare("SELECT name FROM sqlite_master WHERE name = 'sheets'").first();
    expect(row).toEqual({ name: 'sheets' });
  });
});
