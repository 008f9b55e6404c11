/**
 * Role panels: each area of the pane beyond the unit's own sheet (nominations, the secretariat's pulls, the
 * council's snapshots, the compatibility self-test) lives in a module of its own and is listed here. After a connect the app renders
 * every panel that applies to the caller into `#panels`, in this order, each given the same context.
 */
import { auditPanel } from './audit-panel';
import { compatPanel } from './compat-panel';
import { councilPanel } from './council';
import { withHelp } from './help';
import { mySheetPanel } from './my-sheet-panel';
import { nominationsPanel } from './nominations-panel';
import type { Panel } from './panel-context';
import { registerPanel } from './register-panel';
import { registrationPanel } from './registration-panel';
import { secretariatPanel } from './secretariat';
import { staffPanel } from './staff-panel';

/**
 * The panels in display order, after the groups and the group panel; each role-area module adds its entry
 * here. A unit: its sheet's rank, history and withdrawal, its staff list, its registration, then nominations. The staff: a
 * unit's staff list and registration (with the pulls of every unit's and the calendar), pull → freeze → exceptions, the register of awards, the audit view, then the council's
 * snapshots → open, before the nominations.
 */
export const panels: Panel[] = [
  mySheetPanel,
  staffPanel,
  registrationPanel,
  secretariatPanel,
  registerPanel,
  auditPanel,
  councilPanel,
  nominationsPanel,
  compatPanel,
].map(withHelp);
