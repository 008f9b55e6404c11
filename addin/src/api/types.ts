/**
 * The shapes of the HTTP contract the add-in uses (docs: contract.md, "Scoring sheets", "Authentication").
 * The plan document's and request bodies' types come from shared/; the responses mirror the contract's JSON.
 */
import type { Plan, Template } from '../../../shared/plan';
import type { Problem } from '../../../shared/problems';
import type { SheetEntry, SheetPut, SheetPutEntry } from '../../../shared/sheet';

export type SheetStatus = 'draft' | 'submitted' | 'appraised';

/** One criterion of a sheet as the server returns it (shared/sheet.ts `SheetEntry`). */
export type SheetEntryView = SheetEntry;

/** GET …/units/{unit}/sheet. */
export interface SheetView {
  campaign: string;
  group: string;
  unit: string;
  revision: number;
  status: SheetStatus;
  template: Template;
  entries: SheetEntryView[];
  totals: { self: number; final: number; sections: Record<string, number> };
  classification: string | null;
  submittedAt: string | null;
  locksAt: string | null;
  lockedAt: string | null;
}

/** PUT bodies: the shared request schemas' types (shared/sheet.ts). */
export type { SheetPut, SheetPutEntry };

/** A group the caller's unit belongs to (GET /me). */
export interface MeGroup {
  campaign: string;
  group: string;
  name: string;
  lead: string;
  isLead: boolean;
  deadline: string | null;
}

/** GET /me. */
export interface Me {
  role: 'admin' | 'secretariat' | 'council' | 'unit';
  unit: string | null;
  label: string;
  groups: MeGroup[];
}

/** One row of GET /campaigns. */
export interface CampaignSummary {
  code: string;
  year: number;
  title: string;
  status: string;
}

/** GET /campaigns/{campaign}: the plan document plus its status. */
export type CampaignDocument = Plan & { status?: string };

/** RFC 9457 problem details as the Worker sends them. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  errors?: Problem[];
  currentRevision?: number;
}
