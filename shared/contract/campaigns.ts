/** Campaigns (contract: "The plan document"): the list, one campaign's document, a group's deadline. */
import * as z from 'zod';
import { CampaignStatus } from './enums';
import { code, DateOrDateTime, instant, int, reason } from './fields';
import { Plan } from './plan';

/** `PATCH /campaigns/{campaign}/groups/{group}`: moves or removes (null) the group's deadline. */
export const GroupPatch = z.object({
  deadline: DateOrDateTime.nullable(),
  /** Why the deadline moves (the task pane always sends one); kept in the audit log. */
  reason: reason.optional(),
});

export const CampaignSummary = z.object({
  code: z.string(),
  year: int,
  title: z.string(),
  status: CampaignStatus,
});

/** `GET /campaigns`. */
export const CampaignList = z.object({ campaigns: z.array(CampaignSummary) });

/** `POST /plans` (201) and `GET /campaigns/{campaign}`: the stored document plus its status. */
export const CampaignView = Plan.extend({ status: CampaignStatus });

/** `PATCH /campaigns/{campaign}/groups/{group}`: the group with its new deadline. */
export const GroupView = z.object({
  campaign: z.string(),
  group: code,
  name: z.string(),
  lead: z.string(),
  /** As sent (a date or a date-time), or null. */
  deadline: z.string().nullable(),
  /** The instant it means. */
  deadlineAt: instant.nullable(),
});

export type GroupPatch = z.output<typeof GroupPatch>;
export type CampaignSummary = z.output<typeof CampaignSummary>;
export type CampaignList = z.output<typeof CampaignList>;
export type CampaignView = z.output<typeof CampaignView>;
export type GroupView = z.output<typeof GroupView>;
