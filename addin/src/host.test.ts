import { describe, expect, it } from 'vitest';
import { detectHost, partitionedStorage } from './host';

/** A Storage-like map. */
function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    storage: {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
    } as unknown as Storage,
  };
}

const fakeRun = async () => undefined;

describe('host', () => {
  it('prefixes every key with Office’s partition key', () => {
    const { map, storage } = memoryStorage();
    const a = partitionedStorage(storage, 'site-a/');
    const b = partitionedStorage(storage, 'site-b/');
    a.set('token', 'one');
    b.set('token', 'two');
    expect([...map.keys()].sort()).toEqual(['site-a/thidua.token', 'site-b/thidua.token']);
    expect(a.get('token')).toBe('one');
    a.remove('token');
    expect(a.get('token')).toBeNull();
    expect(b.get('token')).toBe('two');
  });

  it('survives a storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceeded');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    } as unknown as Storage;
    const s = partitionedStorage(broken, undefined);
    expect(() => s.set('token', 'x')).not.toThrow();
    expect(s.get('token')).toBeNull();
  });

  it('in Excel: waits for Office, checks requirement sets, uses the partition key', async () => {
    const { map, storage } = memoryStorage();
    const session = memoryStorage();
    const supported = new Set(['ExcelApi 1.4', 'ExcelApi 1.7', 'ExcelApi 1.8']);
    const host = await detectHost({
      Office: {
        onReady: async () => ({ host: 'Excel', platform: 'OfficeOnline' }),
        HostType: { Excel: 'Excel' },
        context: {
          partitionKey: 'p1/',
          requirements: { isSetSupported: (set: string, v: string) => supported.has(`${set} ${v}`) },
        },
      } as unknown as typeof Office,
      Excel: { run: fakeRun as never },
      localStorage: storage,
      sessionStorage: session.storage,
    });
    expect(host.kind).toBe('excel');
    expect(host.supported).toBe(true);
    expect(host.caps).toEqual({
      dataValidation: true,
      pageLayout: false,
      freezePanes: true,
      conditionalFormats: false,
    });
    host.storage.set('server', 'https://x');
    expect(map.has('p1/thidua.server')).toBe(true);
    // The token is kept for the pane session only: sessionStorage, never localStorage.
    host.session.set('token', 'secret');
    expect([...session.map.keys()]).toEqual(['p1/thidua.token']);
    expect([...map.values()]).not.toContain('secret');
  });

  it('keeps nothing for the session where sessionStorage cannot even be read', async () => {
    const g = { Excel: { run: fakeRun as never } };
    Object.defineProperty(g, 'sessionStorage', {
      get: () => {
        throw new Error('SecurityError');
      },
    });
    const host = await detectHost(g);
    host.session.set('token', 'x');
    expect(host.session.get('token')).toBeNull();
  });

  it('uses an injected Excel without Office (the preview host), and no Excel in a plain browser', async () => {
    const preview = await detectHost({ Excel: { run: fakeRun as never } });
    expect(preview.kind).toBe('preview');
    expect(preview.run).not.toBeNull();
    const browser = await detectHost({});
    expect(browser).toMatchObject({ kind: 'browser', run: null, supported: false });
  });
});
