/**
 * Demo self-scores, so the running product and the tests have submitted sheets to rank: deterministic per unit
 * (a PRNG seeded from the unit code), realistic (each unit has a level around which its criteria scatter), on
 * every criterion's step and within its maximum, with a few bonus and deduction points.
 */
import type { PlanInput } from '../contract/plan';
import { toHundredths, toPoints } from '../points';
import { brvt2023 } from './brvt-2023';
import { dongnai2020 } from './dongnai-2020';

/** Both seed plans, BR-VT 2023 first (the one `npm start` loads). */
export const demoPlans: PlanInput[] = [brvt2023, dongnai2020];

/** One entry of a sheet PUT: `{"criterion","self","evidence"}` (contract: "Scoring sheets"). */
export interface DemoScore {
  criterion: string;
  self: number;
  evidence: string;
}

/** FNV-1a, 32 bits: a stable seed from a code. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Mulberry32: small, fast, good enough for demo data; returns floats in [0, 1). */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DOCUMENTS = [
  ['Báo cáo', 'BC'],
  ['Kế hoạch', 'KH'],
  ['Quyết định', 'QĐ'],
  ['Biên bản kiểm tra', 'BB'],
  ['Công văn', 'CV'],
] as const;

/**
 * Self-scores and evidence for every criterion of the group's template, as a unit of that group would submit
 * them. Throws when the group is not in the plan or the unit not among its members.
 *
 * @example demoScores(brvt2023, 'KHOI-BV', 'BV-BR') // [{ criterion: '1.1', self: 7.5, evidence: 'Báo cáo số …' }, …]
 */
export function demoScores(plan: PlanInput, group: string, unit: string): DemoScore[] {
  const g = plan.groups?.find((x) => x.code === group);
  if (!g) throw new Error(`Demo: no group ${group} in ${plan.campaign.code}`);
  if (!g.members.includes(unit)) throw new Error(`Demo: ${unit} is not a member of ${group}`);
  const template = plan.templates?.find((t) => t.code === g.template);
  if (!template) throw new Error(`Demo: no template ${g.template} in ${plan.campaign.code}`);

  const random = prng(hash(unit));
  const year = plan.campaign.year;
  const issuer = unit.replaceAll('-', '');
  const document = () => {
    const [kind, abbr] = DOCUMENTS[Math.floor(random() * DOCUMENTS.length)]!;
    const month = 1 + Math.floor(random() * 10);
    const day = 1 + Math.floor(random() * 28);
    const no = 10 + Math.floor(random() * 490);
    const dd = String(day).padStart(2, '0');
    const mm = String(month).padStart(2, '0');
    return `${kind} số ${no}/${abbr}-${issuer} ngày ${dd}/${mm}/${year}`;
  };
  // The unit's level: the share of the maximum its criteria scatter around (0.80–0.99).
  const level = 0.8 + 0.19 * random();

  return template.sections.flatMap((section) =>
    section.criteria.map((c) => {
      const max = toHundredths(c.max) ?? 0;
      // Units score whole steps; without a step, whole points (or hundredths when the maximum is fractional).
      const unitSize = c.step !== undefined ? (toHundredths(c.step) ?? 1) : max % 100 === 0 ? 100 : 1;
      const steps = Math.floor(max / unitSize);
      let taken: number;
      let evidence: string;
      if (section.kind === 'standard') {
        const share = Math.min(1, Math.max(0.5, level + (random() - 0.6) * 0.14));
        taken = Math.min(steps, Math.round(steps * share));
        evidence = document();
      } else if (section.kind === 'bonus') {
        taken = random() < 0.3 ? 1 + Math.floor(random() * Math.max(1, Math.floor(steps / 2))) : 0;
        evidence =
          taken > 0 ? `Quyết định số ${100 + Math.floor(random() * 900)}/QĐ-SYT năm ${year}` : 'Không có';
      } else {
        taken = random() < 0.15 ? 1 : 0;
        evidence = taken > 0 ? document() : 'Không phát sinh';
      }
      return { criterion: c.code, self: toPoints(Math.min(steps, taken) * unitSize), evidence };
    }),
  );
}
