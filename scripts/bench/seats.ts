/** The units of a shape as the bench drives them: each member's seat (group, unit), its sheet's path, its token. */
import { membersOf, type Shape } from '../../shared/demo/bench';
import { call, must, pool } from './http';

export const sheetPath = (campaign: string, group: string, unit: string) =>
  `/api/v1/campaigns/${campaign}/groups/${group}/units/${unit}/sheet`;

/** The number in a unit's code (`P00042` → 42): the seed of its scores. */
export const unitIndex = (code: string) => Number(code.slice(1));

/** Every member of a shape with its group. */
export const seats = (s: Shape) =>
  membersOf(s).flatMap(({ group, units }) => units.map((unit) => ({ group, unit })));

/** One unit token per unit, issued through the API 16 at a time, in the order of `units`. */
export function issueTokens(base: string, admin: string, units: readonly string[]): Promise<string[]> {
  return pool(units.length, 16, async (i) => {
    const body = { role: 'unit', unit: units[i], label: `bench unit ${units[i]} #${i}` };
    const r = must(await call(base, admin, 'POST', '/api/v1/tokens', body), 'POST /tokens');
    return JSON.parse(r.body).token as string;
  });
}

/** Every unit of a shape with its token. */
export async function tokensOf(base: string, admin: string, s: Shape): Promise<Map<string, string>> {
  const units = seats(s).map((x) => x.unit);
  const tokens = await issueTokens(base, admin, units);
  return new Map(units.map((u, i) => [u, tokens[i]!]));
}
