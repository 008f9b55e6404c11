/**
 * What every panel of the pane is given, the same way (the unit's sheet, the lead unit's group, nominations,
 * the secretariat's and the council's panels): the connection, who the caller is, the host, the campaigns,
 * the pane's banner and busy state, the one way to show a failure, and the way to open a sheet to appraise.
 */
import type { Group, Unit } from '../../../shared/contract/plan';
import type { Api } from '../api/client';
import type { CampaignDocument, Me } from '../api/types';
import type { Host } from '../host';
import type { Failure } from './outcome';
import type { Tone } from './view';

export interface PanelContext {
  api: Api;
  me: Me;
  host: Host;
  /** The staff's one campaign selector at the top of their pane, shared by their sections; null for a unit. */
  campaign: HTMLSelectElement | null;
  /** Campaign titles by code, from GET /campaigns. */
  titles: ReadonlyMap<string, string>;
  /** The plan document of a campaign, fetched once per connection. */
  document(code: string): Promise<CampaignDocument>;
  /** Shows a banner at the top of the pane (the connection's state only: results go beside their action). */
  say(tone: Tone, text: string): void;
  /** Marks the pane busy (buttons disabled, confirmations excepted) with a line kept in view, or idle. */
  busy(text: string | null): void;
  /** Shows a failure in the banner (./outcome-text.ts); an expired token disconnects the pane. */
  failed(failure: Failure): void;
  /** Opens a member's sheet in appraisal mode in the pane's sheet section. */
  appraise(campaign: string, group: Group, unit: Unit): Promise<void>;
  /** Opens a group's panel (the members' sheets and the vote) below the group list. */
  openGroupPanel(campaign: string, group: string): Promise<void>;
}

/** A panel: returns its section for this caller, or null when it does not apply. */
export type Panel = (ctx: PanelContext) => HTMLElement | null;
