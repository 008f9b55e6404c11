/** requireTool: a missing tool fails the run under CI and skips with a reason elsewhere. */
import { describe, expect, it } from 'vitest';
import { onCI, requireTool } from './tools';

const missing = async () => false;
const present = async () => true;

describe('requireTool', () => {
  it('throws under CI=true when the tool is missing', async () => {
    await expect(requireTool('chromium', { env: { CI: 'true' }, probe: missing })).rejects.toThrow(
      /CI: chromium is not installed/,
    );
    await expect(requireTool('soffice', { env: { CI: '1' }, probe: missing })).rejects.toThrow(/soffice/);
  });

  it('skips with a printed reason outside CI', async () => {
    const printed: string[] = [];
    const ok = await requireTool('soffice', { env: {}, probe: missing, warn: (m) => printed.push(m) });
    expect(ok).toBe(false);
    expect(printed).toEqual([expect.stringMatching(/^skipped: soffice is not installed \(apt-get install/)]);
  });

  it('resolves true when the tool is there, under CI or not, printing nothing', async () => {
    const printed: string[] = [];
    const warn = (m: string) => printed.push(m);
    expect(await requireTool('chromium', { env: { CI: 'true' }, probe: present, warn })).toBe(true);
    expect(await requireTool('chromium', { env: {}, probe: present, warn })).toBe(true);
    expect(printed).toEqual([]);
  });

  it('reads CI as set unless empty, false or 0', () => {
    expect([undefined, '', 'false', 'FALSE', '0'].map((CI) => onCI({ CI }))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(['true', '1', 'yes'].map((CI) => onCI({ CI }))).toEqual([true, true, true]);
  });
});
