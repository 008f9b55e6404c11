/**
 * The pane's "Danh sách cán bộ" section: a unit's own list of a campaign's year, or — for the secretariat —
 * any unit's (./unit-form-panel.ts over ./staff-form.ts).
 */
import { staffPaneText as S } from '../messages/staff';
import { staffForm } from './staff-form';
import { unitFormPanel } from './unit-form-panel';

export const staffPanel = unitFormPanel({
  id: 'staff',
  texts: S,
  form: (deps, t) => staffForm(deps, { campaign: t.campaign, year: t.doc.campaign.year, unit: t.unit }),
});
