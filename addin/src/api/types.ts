/**
 * The shapes of the HTTP contract the add-in uses, inferred from the shared contract's zod schemas
 * (shared/contract/): the Worker answers with exactly these, so nothing is written twice here.
 */
import type { CampaignSummary, CampaignView } from '../../../shared/contract/campaigns';
import type { SheetStatus } from '../../../shared/contract/enums';
import type { ProblemDetails as Problem } from '../../../shared/contract/problem';
import type { SheetEntry, SheetPut, SheetPutEntry, SheetView } from '../../../shared/contract/sheets';
import type { Me, MeGroup } from '../../../shared/contract/tokens';

export type { CampaignSummary, Me, MeGroup, SheetPut, SheetPutEntry, SheetStatus, SheetView };

/** One criterion of a sheet as the server returns it. */
export type SheetEntryView = SheetEntry;

/** GET /campaigns/{campaign}: the plan document plus its status. */
export type CampaignDocument = CampaignView;

/**
 * RFC 9457 problem details as the client holds them: what the Worker sent (every field of the contract's
 * problem) when the answer was one, else only the HTTP status (a proxy's page, an empty body).
 */
export type ProblemDetails = Partial<Problem> & { status: number };
