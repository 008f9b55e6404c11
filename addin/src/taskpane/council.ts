/**
 * The council's panel (council, also the secretariat and admin): the snapshots of a campaign, newest first,
 * listed as soon as the panel opens; "Mở bản chốt" writes the council's workbook in one pull (decision 0033):
 * the summary, one consolidated sheet per group, the ballots, nominations and quotas — protected read-only,
 * set up to print — each with the snapshot's date and SHA-256 in the header, after checking that SHA-256
 * against the content received.
 */

import { formatInstantVn } from '../../../shared/time';
import { type SnapshotListItem, secretariatApi } from '../api/secretariat';
import { verifySnapshot } from '../api/snapshot-hash';
import { writeTables } from '../excel/tables';
import { councilBookText as B } from '../messages/council-tables';
import { paneText } from '../messages/pane';
import { councilText as K, secretariatText as S } from '../messages/secretariat';
import { snapshotTables } from '../tables/snapshot-tables';
import { meetingPart } from './council-meeting';
import { fill, h } from './dom';
import type { Panel } from './panel-context';
import { campaignSelect, FROZEN, reporter } from './secretariat';

const ROLES = new Set(['council', 'secretariat', 'admin']);

export const councilPanel: Panel = (ctx) => {
  if (!ROLES.has(ctx.me.role)) return null;
  const api = secretariatApi(ctx.api);
  const section = h('section', { id: 'council', class: 'role-panel' }, h('h2', {}, K.heading));
  if (!ctx.titles.size) {
    section.append(h('p', { class: 'muted' }, S.noCampaigns));
    return section;
  }
  const campaign = campaignSelect('council-campaign', ctx);
  const snapshot = h('select', { id: 'council-snapshot' });
  const result = h('div', { id: 'council-result', 'aria-live': 'polite' });
  const { show, act } = reporter(ctx, result);

  const list = () =>
    act(paneText.states.loading, async () => {
      const { snapshots } = await api.snapshots(campaign.value);
      const newest: SnapshotListItem[] = [...snapshots].reverse();
      fill(
        snapshot,
        ...newest.map((s) =>
          h('option', { value: s.id }, K.option(formatInstantVn(s.createdAt), s.createdBy, s.sha256)),
        ),
      );
      if (newest.length) show('info', K.listed(newest.length));
      else show('warn', K.none);
    });

  const open = () =>
    act(K.opening, async () => {
      const run = ctx.host.run;
      if (!run) return show('warn', S.noExcel);
      if (!snapshot.value) return show('warn', K.none);
      const code = campaign.value;
      const snap = await api.snapshot(code, snapshot.value);
      const verified = await verifySnapshot(snap);
      const title = ctx.titles.get(code) ?? code;
      // The plan's bands, best first, so a label has the fill it has on the rankings sheet.
      const doc = await ctx.document(code).catch(() => null);
      const classifications = doc?.templates.flatMap((t) => t.classification.map((c) => c.label));
      const plans = snapshotTables({
        campaign: code,
        title,
        snapshot: snap,
        ...(classifications ? { classifications } : {}),
      });
      await writeTables(run, plans, ctx.host.caps);
      show(
        verified === false ? 'warn' : 'ok',
        B.opened(snap.consolidated.length, plans.length, formatInstantVn(snap.createdAt)),
        S.sha(snap.sha256),
        ...(verified === null ? [] : [verified ? K.verified : K.mismatch]),
      );
    });

  // The snapshots are listed as soon as the panel opens, and again for another campaign.
  campaign.addEventListener('change', () => void list());
  campaign.addEventListener(FROZEN, () => void list());
  if (!ctx.campaign)
    section.append(
      h('div', { class: 'field' }, h('label', { for: 'council-campaign' }, K.campaign), campaign),
    );
  section.append(
    h('button', { id: 'council-list', type: 'button', onclick: () => void list() }, K.list),
    h('div', { class: 'field' }, h('label', { for: 'council-snapshot' }, K.pick), snapshot),
    h('button', { id: 'council-open', type: 'button', class: 'primary', onclick: () => void open() }, K.open),
    result,
    meetingPart(ctx, campaign),
  );
  // The list is there when the council arrives, not after a button press.
  if (campaign.value) void list();
  return section;
};
