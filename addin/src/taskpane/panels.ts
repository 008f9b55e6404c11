/**
 * Role panels: each area of the pane beyond the unit's own sheet (nominations, the secretariat's pulls, the
 * council's snapshots, the compatibility self-test) lives in a module of its own and is listed here. After a connect the app renders
 * every panel that applies to the caller into `#panels`, in this order, each given the same context.
 */
import { compatPanel } from './compat-panel';
import { councilPanel } from './council';
import { nominationsPanel } from './nominations-panel';
import type { Panel } from './panel-context';
import { secretariatPanel } from './secretariat';

/**
 * The panels in display order, after the groups and the group panel; each role-area module adds its entry
 * here. The secretariat's work reads pull → freeze → exceptions, then the council's snapshots → open.
 */
// The staff's pull → freeze → exceptions and snapshots come before the nominations; a unit has only the latter.
export const panels: Panel[] = [secretariatPanel, councilPanel, nominationsPanel, compatPanel];
