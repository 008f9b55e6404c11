/** The shapes of the nominations sheet: its plan, its drop-down lists, and each row as read back. */
import type { NominationInput, NominationPatch } from '../../../../shared/contract/nominations';
import type { Plan } from '../../../../shared/contract/plan';
import type { NominationView } from '../../api/awards';
import type { CellMessage } from '../read-back';
import type { GridPlan } from '../types';
import type { Fill } from './columns';

export interface Choice {
  code: string;
  label: string;
}

export type ListName = 'award' | 'movement' | 'programme' | 'group' | 'kind' | 'unit';
export type Choices = Record<ListName, Choice[]>;

export interface ListValidation {
  address: string;
  /** A range of this sheet holding the list ("=$S$6:$S$9"). */
  source: string;
  title: string;
  prompt: string;
  alert: string;
}

export interface NominationsIdentity {
  campaign: string;
  /** Who the sheet is for: the unit's code, or the staff role. */
  owner: string;
  sheet: string;
}

export interface NominationsPlan extends GridPlan {
  identity: NominationsIdentity;
  lists: ListValidation[];
  choices: Choices;
  /** Each award's nominee kind: an empty "Tập thể/Cá nhân" cell takes it when it is not "any". */
  awardKinds: Record<string, 'collective' | 'individual' | 'any'>;
  /** The unit an empty "Đơn vị" cell means (the connected unit), or null for the secretariat. */
  defaultUnit: string | null;
  layout: { headerRow: number; firstRow: number; lastRow: number };
  /** Fills of the rows as written (statuses of the server's items). */
  fills: Fill[];
}

export interface NominationsPlanInput {
  plan: Plan;
  /** The connected unit (its own groups and itself offered first), or null for the secretariat. */
  unit: string | null;
  owner: string;
  /** The server's nominations, as GET returns them. */
  items: readonly NominationView[];
  /** Rows typed but never sent, kept across a rebuild (input columns B–M as read). */
  pending?: readonly (readonly unknown[])[];
}

/** What one row asks for. */
export type RowAction =
  | { kind: 'file'; row: number; input: NominationInput }
  | { kind: 'correct'; row: number; id: string; input: NominationInput; patch: NominationPatch }
  | { kind: 'withdraw'; row: number; id: string }
  | { kind: 'same'; row: number; id: string; input: NominationInput };

/** Input cells a row may leave empty: the award's kind, the connected unit. */
export type DefaultField = 'kind' | 'unit';

export interface RowState {
  row: number;
  id: string | null;
  sent: string | null;
  status: string;
  reasons: string;
  /** Of the defaultable cells, those the row left empty when read. */
  blank?: DefaultField[];
  /** What to write into those cells: the labels of what the server stored. */
  filled?: Partial<Record<DefaultField, string>>;
}

export interface NominationsRead {
  actions: RowAction[];
  /** Every row of the table with what its hidden and answer columns held. */
  rows: RowState[];
  problems: CellMessage[];
}
