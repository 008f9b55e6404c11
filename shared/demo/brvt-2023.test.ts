import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validatePlan } from '../plan';
import { brvt2023 } from './brvt-2023';

/** The seed, copied verbatim into docs/seeds/ so the checks run on every clone. */
const seedPath = fileURLToPath(new URL('../../docs/seeds/000_0f4b24f0bff084f7.txt', import.meta.url));
const seed = readFileSync(seedPath, 'utf8').normalize('NFC');

const movements = brvt2023.movements ?? [];
const movement = (code: string) => {
  const m = movements.find((x) => x.code === code);
  if (!m) throw new Error(`movement ${code} missing`);
  return m;
};

describe('BR-VT 2023 demo plan', () => {
  it('is a valid plan document', () => {
    const result = validatePlan(brvt2023);
    if (!result.ok) console.error(result.problems);
    expect(result.ok).toBe(true);
  });

  it('has the twelve movements 2.1–2.12 of section II.2 and item II.1 as movement "1"', () => {
    const sub = Array.from({ length: 12 }, (_, i) => `2.${i + 1}`);
    expect(movements.map((m) => m.code)).toEqual(['1', ...sub]);
  });

  it('carries the quotas of the seed', () => {
    const fiveTen = ['2.2', '2.3', '2.4', '2.5', '2.7', '2.8', '2.9', '2.10'];
    for (const code of fiveTen) expect(movement(code).quota, code).toEqual({ collective: 5, individual: 10 });
    expect(movement('2.1').quota).toEqual({ collective: 5, individual: 10 });
    expect(movement('2.1').programmes?.length).toBeGreaterThanOrEqual(4);
    expect(movement('2.6').quota).toEqual({ collective: null, individual: 10 });
    expect(movement('2.11').quota).toEqual({ collective: 10, individual: 20 });
    expect(movement('2.12').quota).toBeUndefined();
    expect(movement('1').quota).toBeUndefined();
    for (const m of movements.filter((x) => x.code !== '2.1')) expect(m.programmes ?? [], m.code).toEqual([]);
  });

  it('points each named department at a unit of that name', () => {
    const names = new Map((brvt2023.units ?? []).map((u) => [u.code, u.name.toLocaleLowerCase('vi')]));
    const pointed = movements.filter((m) => m.responsibleUnit);
    expect(pointed.map((m) => m.code)).toEqual([
      '2.2',
      '2.3',
      '2.4',
      '2.5',
      '2.6',
      '2.7',
      '2.8',
      '2.9',
      '2.10',
      '2.11',
    ]);
    for (const m of pointed) {
      const unitName = names.get(m.responsibleUnit!);
      expect(unitName, m.code).toContain(m.responsible!.toLocaleLowerCase('vi'));
    }
  });

  describe('text copied verbatim from the seed', () => {
    const fields = ['name', 'chair', 'responsible', 'content', 'awardWindow', 'quotaText'] as const;
    for (const m of movements) {
      it(`movement ${m.code}`, () => {
        for (const f of fields) {
          const value = m[f];
          if (value !== undefined) expect(seed, `${m.code}.${f}`).toContain(value);
        }
      });
    }
    it('campaign title, basis and recipients', () => {
      const c = brvt2023.campaign;
      expect(seed).toContain(c.title);
      expect(seed).toContain(c.basis);
      for (const r of c.recipients ?? []) expect(seed).toContain(`- ${r}`);
    });
  });
});
