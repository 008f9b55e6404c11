import { describe, expect, it } from 'vitest';
import { originsOf, protocolArgs, startOptions } from '../../scripts/start/options.mjs';

describe("npm start's arguments and environment", () => {
  it('serves plain HTTP on 8787 by default', () => {
    expect(startOptions([], {})).toEqual({ ok: true, https: false, port: 8787 });
  });

  it('serves HTTPS with --https or HTTPS=1 (or true, yes, on), and --http wins back HTTP', () => {
    expect(startOptions(['--https'], {})).toMatchObject({ https: true });
    for (const v of ['1', 'true', 'YES', ' on '])
      expect(startOptions([], { HTTPS: v })).toMatchObject({ https: true });
    for (const v of ['0', 'false', 'no', 'off', ''])
      expect(startOptions([], { HTTPS: v })).toMatchObject({ https: false });
    expect(startOptions(['--http'], { HTTPS: '1' })).toMatchObject({ https: false });
    expect(startOptions(['--https'], { HTTPS: '0' })).toMatchObject({ https: true });
  });

  it('takes the port from PORT and refuses what is not a port, an unknown argument or HTTPS value', () => {
    expect(startOptions(['--https'], { PORT: '8790' })).toEqual({ ok: true, https: true, port: 8790 });
    for (const p of ['0', '65536', '80a', '-1', '8.5']) {
      const r = startOptions([], { PORT: p });
      expect(r.ok, p).toBe(false);
      if (!r.ok) expect(r.error).toContain(`PORT="${p}"`);
    }
    const option = startOptions(['--htps'], {});
    expect(option.ok).toBe(false);
    if (!option.ok) expect(option.error).toContain('"--htps"');
    const env = startOptions([], { HTTPS: 'maybe' });
    expect(env.ok).toBe(false);
    if (!env.ok) expect(env.error).toContain('HTTPS="maybe"');
  });

  it("gives wrangler dev the certificate's files for HTTPS, nothing for HTTP, and prints localhost", () => {
    expect(protocolArgs({ key: '/c/localhost.key', cert: '/c/localhost.crt' })).toEqual([
      '--local-protocol',
      'https',
      '--https-key-path',
      '/c/localhost.key',
      '--https-cert-path',
      '/c/localhost.crt',
    ]);
    expect(protocolArgs(null)).toEqual([]);
    expect(originsOf({ https: true, port: 8790 })).toEqual({
      local: 'https://127.0.0.1:8790',
      shown: 'https://localhost:8790',
    });
    expect(originsOf({ https: false, port: 8787 }).shown).toBe('http://localhost:8787');
  });
});
