/**
 * Zod schemas of the responses of this Worker's areas (tokens, me, plans, sheets, audit), used for the
 * OpenAPI document. Request bodies come from shared/ (the same schemas the handlers validate with).
 */
import { z } from 'zod';
import { Template } from '../../../shared/plan';
import { SheetEntry } from '../../../shared/sheet';

const instant = z.string().describe('ISO 8601, giờ Việt Nam (+07:00)');
const points = z.number().describe('điểm (số JSON, chính xác đến 0,01)');
const Role = z.enum(['admin', 'secretariat', 'council', 'unit']);
const Status = z.enum(['draft', 'submitted', 'appraised']);

export const SheetViewSchema = z.object({
  campaign: z.string(),
  group: z.string(),
  unit: z.string(),
  name: z.string(),
  revision: z.number().int(),
  status: Status,
  template: Template,
  entries: z.array(SheetEntry),
  totals: z.object({ self: points, final: points, sections: z.record(z.string(), points) }),
  classification: z.string().nullable(),
  submittedAt: instant.nullable(),
  appraisedAt: instant.nullable(),
  locksAt: instant.nullable(),
  lockedAt: instant.nullable(),
  updatedAt: instant.nullable(),
  updatedBy: z.string().nullable(),
});

/** A sheet write's reply under `Prefer: return=minimal`: the view's state fields, same names. */
export const SheetStateSchema = SheetViewSchema.pick({
  revision: true,
  status: true,
  totals: true,
  classification: true,
  submittedAt: true,
  locksAt: true,
  lockedAt: true,
});

export const HistoryView = z.object({
  versions: z.array(
    z.object({
      revision: z.number().int(),
      at: instant,
      actor: z.string(),
      role: Role,
      status: Status,
      entries: z.array(SheetEntry),
      totals: z.object({ self: points, final: points }),
      classification: z.string().nullable(),
    }),
  ),
});

export const GroupSheetsView = z.object({
  sheets: z.array(
    z.object({
      unit: z.string(),
      name: z.string(),
      status: Status,
      revision: z.number().int(),
      submittedAt: instant.nullable(),
      total: points.nullable(),
      totalSelf: points.nullable(),
      classification: z.string().nullable(),
    }),
  ),
});

export const TokenView = z.object({
  id: z.string(),
  role: Role,
  unit: z.string().nullable(),
  label: z.string(),
  createdAt: instant,
  createdBy: z.string(),
  lastUsedAt: instant.nullable(),
});

export const TokenCreated = TokenView.pick({
  id: true,
  role: true,
  unit: true,
  label: true,
  createdAt: true,
}).extend({
  token: z.string().describe('chỉ hiển thị một lần'),
});

export const TokenList = z.object({ tokens: z.array(TokenView) });

export const MeView = z.object({
  role: Role,
  unit: z.string().nullable(),
  label: z.string(),
  groups: z.array(
    z.object({
      campaign: z.string(),
      group: z.string(),
      name: z.string(),
      lead: z.string(),
      isLead: z.boolean(),
      deadline: instant.nullable(),
    }),
  ),
});

export const CampaignSummary = z.object({
  code: z.string(),
  year: z.number().int(),
  title: z.string(),
  status: z.string(),
});

export const CampaignList = z.object({ campaigns: z.array(CampaignSummary) });

export const GroupView = z.object({
  campaign: z.string(),
  group: z.string(),
  name: z.string(),
  lead: z.string(),
  deadline: z.string().nullable(),
  deadlineAt: instant.nullable(),
});

export const AuditList = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      at: instant,
      actor: z.string(),
      role: Role,
      action: z.string(),
      target: z.string(),
      revisionBefore: z.number().int().nullable(),
      revisionAfter: z.number().int().nullable(),
      detail: z.unknown(),
    }),
  ),
});
