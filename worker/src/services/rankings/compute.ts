/**
 * Rankings from the rows of db/rankings.ts: each group's members ranked by the shared core (`rankGroup`),
 * with the latest vote round (`evaluateRound`). Pure: no D1 here, so the same code serves rankings,
 * consolidated sheets, quota standings and snapshots.
 */
import type { VoteRule } from '../../../../shared/contract/plan';
import type { GroupRanking, RankingRow } from '../../../../shared/contract/rankings';
import type { Template } from '../../../../shared/contract/template';
import { toPoints } from '../../../../shared/points';
import type { Standing } from '../../../../shared/quotas';
import { rankGroup } from '../../../../shared/ranking';
import type { SheetTotals } from '../../../../shared/scoring';
import { evaluateRound, latestRound, type RoundResult } from '../../../../shared/votes';
import type { GroupRow } from '../../db/campaigns';
import type { MemberSheetRow, RankingData, VoteRow } from '../../db/rankings';

/** A ranked group with what the other views need besides the public rows. */
export interface RankedGroup {
  group: GroupRow;
  template: Template;
  ranking: GroupRanking;
  /** The member rows (with sheet entries), by unit. */
  members: Map<string, MemberSheetRow>;
  rounds: VoteRow[];
}

/** The group's vote rule as the plan gave it; undefined when the plan sets none. */
export function voteRuleOf(g: GroupRow): VoteRule | undefined {
  return g.vote_percent === null
    ? undefined
    : { percent: g.vote_percent, of: g.vote_of === 'present' ? 'present' : 'members' };
}

/** The result of a stored round under the group's rule. */
export function roundResult(g: GroupRow, v: VoteRow): RoundResult {
  return evaluateRound(voteRuleOf(g), {
    members: v.members,
    present: v.present,
    candidates: JSON.parse(v.candidates) as { unit: string; votes: number }[],
  });
}

const submitted = (r: MemberSheetRow) => r.status === 'submitted' || r.status === 'appraised';

function totalsOf(r: MemberSheetRow): SheetTotals | null {
  if (!submitted(r) || r.total_final === null) return null;
  return {
    self: r.total_self ?? 0,
    final: r.total_final,
    sections: JSON.parse(r.sections ?? '{}') as Record<string, number>,
    standard: r.standard ?? 0,
    bonus: r.bonus ?? 0,
    deduction: r.deduction ?? 0,
  };
}

/** Ranks every group present in `data`, in plan order. */
export function rankAll(data: RankingData, generatedAt: string): RankedGroup[] {
  const templates = new Map(data.templates.map((t) => [t.code, JSON.parse(t.document) as Template]));
  const membersOf = new Map<string, MemberSheetRow[]>();
  for (const m of data.members) {
    const list = membersOf.get(m.group_code) ?? [];
    list.push(m);
    membersOf.set(m.group_code, list);
  }
  const votesOf = new Map<string, VoteRow[]>();
  for (const v of data.votes) votesOf.set(v.group_code, [...(votesOf.get(v.group_code) ?? []), v]);

  return data.groups.map((g) => {
    const template = templates.get(g.template)!;
    const members = membersOf.get(g.code) ?? [];
    const rounds = votesOf.get(g.code) ?? [];
    const latest = latestRound(rounds);
    const result = latest ? roundResult(g, latest) : undefined;
    const byUnit = new Map(result?.candidates.map((c) => [c.unit, c]));
    const ranked = rankGroup(
      template,
      members.map((m) => ({
        unit: m.unit,
        name: m.name,
        submitted: submitted(m),
        totals: totalsOf(m),
        votes: result ? (byUnit.get(m.unit)?.votes ?? 0) : null,
        womenShare: m.women_share,
        row: m,
      })),
    );
    const rows: RankingRow[] = ranked.map((r) => {
      const sections: Record<string, number> = {};
      for (const [code, h] of Object.entries(r.totals?.sections ?? {})) sections[code] = toPoints(h);
      const c = byUnit.get(r.unit);
      return {
        rank: r.rank,
        unit: r.unit,
        name: r.name,
        status: r.row.status ?? 'draft',
        total: r.totals ? toPoints(r.totals.final) : null,
        totalSelf: r.totals ? toPoints(r.totals.self) : null,
        sections,
        classification: r.totals ? r.row.classification : null,
        votes: result ? (c?.votes ?? 0) : null,
        voteShare: result ? (c?.share ?? 0) : null,
        leading: c?.reached ?? false,
      };
    });
    return {
      group: g,
      template,
      ranking: { group: g.code, name: g.name, generatedAt, rows },
      members: new Map(members.map((m) => [m.unit, m])),
      rounds,
    };
  });
}

/** Each unit's place in each group, as the quota pass needs it. */
export function standingsOf(groups: readonly RankedGroup[]): Standing[] {
  return groups.flatMap((g) =>
    g.ranking.rows.map((r) => ({
      group: g.group.code,
      unit: r.unit,
      rank: r.rank,
      classification: r.classification,
      voted: r.leading,
    })),
  );
}
