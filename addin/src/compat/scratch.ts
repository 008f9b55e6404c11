/**
 * What the self-test writes: a small scoring sheet built by the real layout (buildSheetPlan) from a synthetic
 * plan, and rankings tables (small, and one sized to approach the request limit), all under scratch names
 * and identities carrying a random suffix, so they can collide neither with the user's worksheets nor with
 * the add-in's stored sheets, and can be found again to be removed.
 */
import type { Campaign, Group, Unit } from '../../../shared/contract/plan';
import type { Template } from '../../../shared/contract/template';
import { excelSheetName } from '../../../shared/sheet-name';
import type { GroupRanking } from '../api/secretariat';
import { settingKey } from '../excel/identity-store';
import { tableKey } from '../excel/table-identity';
import { compatText as T } from '../messages/compat';
import { buildSheetPlan } from '../sheets/layout';
import type { SheetPlan } from '../sheets/types';
import { planBytes } from '../tables/payload';
import { rankingsTable } from '../tables/rankings';
import type { TablePlan } from '../tables/types';

const S = T.sample;

/** The scratch names and identities of one run. */
export interface Scratch {
  suffix: string;
  campaign: string;
  sheetName: string;
  tableName: string;
  /** Settings keys the run may have stored (removed at the end). */
  settingKeys: string[];
}

export function scratchOf(suffix: string): Scratch {
  const campaign = `COMPAT-${suffix}`;
  const sheetName = excelSheetName(`${T.scratchSheet} ${suffix}`);
  const tableName = excelSheetName(`${T.scratchTable} ${suffix}`);
  return {
    suffix,
    campaign,
    sheetName,
    tableName,
    settingKeys: [
      settingKey({ campaign, group: 'G', unit: 'U', mode: 'unit' }),
      tableKey({ kind: 'rankings', campaign }),
    ],
  };
}

/** Six criteria (steps 0.5 and 0.25), a capped bonus: every kind of cell the real sheet has. */
export const compatTemplate: Template = {
  code: 'COMPAT',
  title: S.template,
  sections: [
    {
      code: 'I',
      title: S.section,
      kind: 'standard',
      criteria: [1, 2, 3, 4, 5].map((n) => ({
        code: `1.${n}`,
        title: S.criterion(n),
        max: 20,
        step: n % 2 ? 0.5 : 0.25,
      })),
    },
    { code: 'T', title: S.bonus, kind: 'bonus', cap: 5, criteria: [{ code: 'T.1', title: S.bonus, max: 5 }] },
  ],
  classification: [
    { label: S.classes[0], min: 85 },
    { label: S.classes[1], min: 70 },
    { label: S.classes[2], min: 0 },
  ],
  tieBreak: [],
};

/** The scoring sheet of the run, on the scratch worksheet. */
export function compatSheetPlan(scratch: Scratch, now: Date): SheetPlan {
  const campaign: Campaign = {
    code: scratch.campaign,
    year: now.getFullYear(),
    title: S.campaign,
    authority: S.authority,
    place: S.place,
  };
  const unit: Unit = { code: 'U', name: S.unit, parent: S.parent };
  const group: Group = {
    code: 'G',
    kind: 'khoi',
    name: S.group,
    template: compatTemplate.code,
    lead: 'U',
    members: ['U'],
    deadline: new Date(now.getTime() + 86_400_000).toISOString(),
  };
  const plan = buildSheetPlan({
    campaign,
    group,
    unit,
    template: compatTemplate,
    sheet: { revision: 0, status: 'draft', entries: [] },
    mode: 'unit',
    refreshedAt: now.toISOString(),
  });
  return { ...plan, name: scratch.sheetName, identity: { ...plan.identity, sheet: scratch.sheetName } };
}

function groupsOf(groups: number, perGroup: number, nameChars: number): GroupRanking[] {
  return Array.from({ length: groups }, (_, g) => ({
    group: `K${g + 1}`,
    name: S.groupName(g + 1),
    generatedAt: '2023-11-30T17:00:00+07:00',
    rows: Array.from({ length: perGroup }, (_, i) => {
      const head = S.longName(i + 1);
      const name = (head + S.filler.repeat(Math.ceil(nameChars / S.filler.length))).slice(0, nameChars);
      const total = Math.round((99 - (i * 30) / perGroup) * 100) / 100;
      return {
        rank: i + 1,
        unit: `DV-${g + 1}-${i + 1}`,
        name,
        status: 'appraised' as const,
        total,
        totalSelf: total,
        sections: { I: 60 - (i % 7), T: i % 5 },
        classification: S.classes[Math.min(2, Math.floor((i * 3) / perGroup))]!,
        votes: 9 - (i % 9),
        voteShare: (9 - (i % 9)) / 10,
        leading: i === 0,
      };
    }),
  }));
}

/** A rankings table on the scratch table worksheet; `charts` and `conditional` keep or drop those parts. */
export function compatRankings(
  scratch: Scratch,
  groups: readonly GroupRanking[],
  keep: { charts: boolean; conditional: boolean },
): TablePlan {
  const plan = rankingsTable({ campaign: scratch.campaign, title: S.campaign, groups });
  return {
    ...plan,
    name: scratch.tableName,
    charts: keep.charts ? plan.charts : [],
    conditional: keep.conditional ? plan.conditional : [],
  };
}

/** Three groups of six units: rows to colour and groups small enough to chart. */
export const smallRankings = (scratch: Scratch, keep: { charts: boolean; conditional: boolean }) =>
  compatRankings(scratch, groupsOf(3, 6, 40), keep);

/**
 * Rankings whose data block is estimated at about `bytes` (the table writer's own estimate, tables/payload.ts):
 * one group of units with 1,500-character names, so the payload is large and the row count modest.
 */
export function largeRankings(scratch: Scratch, bytes: number): TablePlan {
  const nameChars = 1500;
  const probe = planBytes(
    compatRankings(scratch, groupsOf(1, 10, nameChars), { charts: false, conditional: false }),
  );
  const rows = Math.max(10, Math.floor((bytes / probe) * 10));
  return compatRankings(scratch, groupsOf(1, rows, nameChars), { charts: false, conditional: true });
}
