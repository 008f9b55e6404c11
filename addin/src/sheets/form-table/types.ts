/**
 * The shapes of a form table: a sheet where a person pastes or types one record a row under fixed columns
 * (the staff list, the register import, a unit's registration), each column of a known kind, read back into
 * plain values, checked, sent, and marked where a cell is wrong.
 */
import type { ListValidation } from '../nominations/types';
import type { GridPlan } from '../types';

/** One entry of a drop-down list: the code sent, the Vietnamese label shown. */
export interface Choice {
  code: string;
  label: string;
}

/** What a column holds: free text, a date (a real Excel date), one of a list, a whole number. */
export type FieldKind = 'text' | 'date' | 'list' | 'whole';

export interface FieldSpec {
  key: string;
  header: string;
  kind: FieldKind;
  /** Width in characters. */
  width: number;
  /** The list of a `list` column. */
  choices?: readonly Choice[];
  /** Bounds of a `whole` column. */
  min?: number;
  max?: number;
}

/** A value of one cell as the form table means it: a code, an ISO date ("1990-05-02"), a number, a text. */
export type FieldValue = string | number;

/** One record: values by field key; an empty cell has no key. */
export type FormRecord = Partial<Record<string, FieldValue>>;

export type { ListValidation } from '../nominations/types';

export interface WholeValidation {
  address: string;
  min: number;
  max: number;
  title: string;
  prompt: string;
}

export interface FormTableIdentity {
  /** Which form: "staff", "register", "registration". */
  form: string;
  /** The campaign (or "register" for the department's register). */
  campaign: string;
  /** Whose it is: a unit's code, or the caller's role. */
  owner: string;
}

export interface FormTablePlan extends GridPlan {
  identity: FormTableIdentity;
  fields: readonly FieldSpec[];
  lists: ListValidation[];
  wholes: WholeValidation[];
  layout: {
    headerRow: number;
    firstRow: number;
    lastRow: number;
    /** The column where "Kiểm tra" writes each row's messages. */
    messageCol: number;
  };
}

export interface FormTableInput {
  identity: FormTableIdentity;
  /** The worksheet's name. */
  name: string;
  fields: readonly FieldSpec[];
  /** The records written (from the server). */
  records: readonly FormRecord[];
  /** Empty rows offered below them for typing or pasting. */
  free: number;
}

/** A row as read: the sheet row and its values by field key. */
export interface ReadRow {
  row: number;
  values: FormRecord;
}
