/**
 * The shapes of the HTTP contract the add-in uses (docs: contract.md, "Scoring sheets", "Authentication").
 * The plan document's types come from shared/plan.ts; the rest mirrors the contract's JSON.
 */
import type { Plan, Template } from '../../../shared/plan';
import type { Problem } from '../../../shared/problems';

export type SheetStatus = 'draft' | 'submitted' | 'appraised';

/** One criterion of a sheet as the server returns it. */
export interface SheetEntryView {
  criterion: string;
  self: number | null;
  appraised: number | null;
  evidence: string | null;
  reason: string | null;
}

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

/** One entry of a unit's PUT: `self: null` clears a score; criteria left out keep their values. */
export interface SheetPutEntry {
  criterion: string;
  self?: number | null;
  evidence?: string | null;
}

/** PUT …/units/{unit}/sheet. */
export interface SheetPut {
  revision: number;
  entries: SheetPutEntry[];
  submit?: boolean;
}

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
