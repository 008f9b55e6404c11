/**
 * The council's meeting in its panel: the campaign's meetings listed as soon as the panel opens; "Mở phiên
 * họp" writes the "Phiên họp" sheet (one row per proposal decided by secret ballot, the figure cells open
 * while the meeting is); "Gửi kết quả kiểm phiếu" reads the typed figures, checks them with the rules the
 * Worker applies (shared/meetings.ts, on each cell), sends them and writes the outcome and its reason back
 * beside each row.
 */
import type { MeetingView } from '../../../shared/contract/meetings';
import { formatInstantVn } from '../../../shared/time';
import { meetingsApi } from '../api/meetings';
import { readMeeting, type StoredMeeting, writeBackMeeting, writeMeeting } from '../excel/meeting';
import { meetingPanelText as K } from '../messages/meeting';
import { paneText } from '../messages/pane';
import { secretariatText as S } from '../messages/secretariat';
import { answerCells, buildMeetingPlan, type MeetingSheetPlan } from '../sheets/meeting/layout';
import { readMeetingRows } from '../sheets/meeting/read-back';
import type { CellMessage } from '../sheets/read-back';
import { fill, h } from './dom';
import type { PanelContext } from './panel-context';
import { FROZEN, reporter } from './secretariat';

const heldAtText = (m: Pick<MeetingView, 'heldAt'>) =>
  m.heldAt.includes('T') ? formatInstantVn(m.heldAt) : m.heldAt;

/** The answers of the plan's rows from a meeting as the server has it. */
function answersOf(plan: MeetingSheetPlan, m: MeetingView) {
  const byId = new Map(m.proposals.map((p) => [p.id, p]));
  return plan.ids.map((id) => {
    const p = byId.get(id);
    return p ? answerCells(p) : ['', '', '', ''];
  });
}

export function meetingPart(ctx: PanelContext, campaign: HTMLSelectElement): HTMLElement {
  const api = meetingsApi(ctx.api);
  const select = h('select', { id: 'council-meeting' });
  const result = h('div', { id: 'council-meeting-result', 'aria-live': 'polite' });
  const { show, act } = reporter(ctx, result);
  let sheet: { plan: MeetingSheetPlan; stored: StoredMeeting } | null = null;

  const list = () =>
    act(paneText.states.loading, async () => {
      const { meetings } = await api.list(campaign.value);
      const newest = [...meetings].reverse();
      fill(
        select,
        ...newest.map((m) =>
          h(
            'option',
            { value: m.id },
            K.option(
              heldAtText(m),
              K.status[m.status] ?? m.status,
              Object.values(m.counts).reduce((a, b) => a + b, 0),
            ),
          ),
        ),
      );
      if (!newest.length) show('info', K.none);
    });

  const open = () =>
    act(K.opening, async () => {
      const run = ctx.host.run;
      if (!run) return show('warn', S.noExcel);
      if (!select.value) return show('warn', K.none);
      const m = await api.one(campaign.value, select.value);
      const plan = buildMeetingPlan(m, heldAtText(m));
      sheet = { plan, stored: await writeMeeting(run, plan, ctx.host.caps) };
      show('ok', plan.ids.length ? K.opened(plan.ids.length) : K.none);
    });

  const send = () =>
    act(K.sending, async () => {
      const run = ctx.host.run;
      if (!run) return show('warn', S.noExcel);
      if (!sheet) return show('warn', K.notOpened);
      const { plan, stored } = sheet;
      const read = readMeetingRows(plan, await readMeeting(run, plan, stored.worksheetId));
      const mark = (answers: ReturnType<typeof answersOf>, problems: readonly CellMessage[]) =>
        writeBackMeeting(run, plan, stored.worksheetId, { answers, problems });
      if (read.problems.length) {
        const m = await api.one(plan.identity.campaign, plan.identity.meeting);
        await mark(answersOf(plan, m), read.problems);
        return show(
          'warn',
          K.problems(read.problems.length),
          ...read.problems.map((p) => `${p.address}: ${p.message}`),
        );
      }
      if (!read.results.length) return show('warn', K.nothing);
      const m = await api.ballots(plan.identity.campaign, plan.identity.meeting, { results: read.results });
      await mark(answersOf(plan, m), []);
      const sent = new Set(read.results.map((r) => r.nomination));
      const proposed = m.proposals.filter((p) => sent.has(p.id) && p.state === 'proposed').length;
      show('ok', K.sent(sent.size, proposed));
    });

  campaign.addEventListener('change', () => {
    sheet = null;
    void list();
  });
  campaign.addEventListener(FROZEN, () => void list());
  if (campaign.value) void list();
  return h(
    'div',
    { id: 'council-meeting-part' },
    h('h3', {}, K.heading),
    h('div', { class: 'field' }, h('label', { for: 'council-meeting' }, K.pick), select),
    h('button', { id: 'council-meeting-open', type: 'button', onclick: () => void open() }, K.open),
    h(
      'button',
      { id: 'council-meeting-send', type: 'button', class: 'primary', onclick: () => void send() },
      K.send,
    ),
    result,
  );
}
