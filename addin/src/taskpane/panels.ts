/**
 * Role panels: each area of the pane beyond the unit's own sheet (nominations, the lead unit's group, the
 * secretariat's pulls, the council's snapshots) lives in a module of its own and is listed here. After a
 * connect the app renders every panel that applies to the caller into `#panels`, in this order.
 */
import type { Api } from '../api/client';
import type { CampaignDocument, Me } from '../api/types';
import type { Host } from '../host';
import { councilPanel } from './council';
import { nominationsPanel } from './nominations';
import { secretariatPanel } from './secretariat';
import type { Tone } from './view';

/** What a panel may use: the connected API, who the caller is, the host (Excel or not) and the pane's voice. */
export interface PanelContext {
  api: Api;
  me: Me;
  host: Host;
  /** Campaign titles by code, from GET /campaigns. */
  titles: ReadonlyMap<string, string>;
  /** The plan document of a campaign, fetched once per connection. */
  document(code: string): Promise<CampaignDocument>;
  /** Shows a banner at the top of the pane. */
  say(tone: Tone, text: string): void;
  /** Marks the pane busy (buttons disabled) with a message, or idle with null. */
  busy(text: string | null): void;
}

/** A panel: returns its section for this caller, or null when it does not apply. */
export type Panel = (ctx: PanelContext) => HTMLElement | null;

/** The panels in display order; each role-area module adds its entry here. */
export const panels: Panel[] = [nominationsPanel, secretariatPanel, councilPanel];
