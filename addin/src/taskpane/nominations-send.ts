/**
 * "Gửi đề nghị"'s calls, for the rows read: new rows filed in one POST, changed ones corrected by PATCH,
 * emptied ones withdrawn by DELETE; each row's state updated from the answers, and the refusals placed on
 * the cells of their rows.
 */
import type { Problem } from '../../../shared/problems';
import type { AwardsApi } from '../api/awards';
import { ApiError } from '../api/client';
import { nominationSheetText as T } from '../messages/nominations';
import { nominationProblemsToCells } from '../sheets/nominations/problems';
import { reasonsText, sentKey, statusLabel } from '../sheets/nominations/values';
import { fillDefaults } from '../sheets/nominations/write-back';
import type { CellMessage } from '../sheets/read-back';
import type { SheetRows } from './nominations-session';

export interface Sent {
  created: number;
  changed: number;
  withdrawn: number;
  problems: CellMessage[];
  general: string[];
}

export async function sendActions(awards: AwardsApi, campaign: string, sheet: SheetRows): Promise<Sent> {
  const { read, state } = sheet;
  const problems: CellMessage[] = [];
  const general: string[] = [];
  const failed = (error: unknown, rowOf: (path: string) => { row: number; rest: string } | null) => {
    if (!(error instanceof ApiError)) throw error;
    if (error.status === 401) throw error;
    const listed: Problem[] = error.problem.errors ?? [];
    const mapped = nominationProblemsToCells(listed, rowOf);
    problems.push(...mapped.cells);
    general.push(...mapped.general);
    if (!listed.length) general.push(error.message);
  };

  const files = read.actions.filter((a) => a.kind === 'file');
  const corrections = read.actions.filter((a) => a.kind === 'correct');
  const withdrawals = read.actions.filter((a) => a.kind === 'withdraw');
  let created = 0;
  let changed = 0;
  let withdrawn = 0;
  if (files.length) {
    try {
      const filed = await awards.postNominations(
        campaign,
        files.map((f) => f.input),
      );
      filed.items.forEach((item, i) => {
        const s = state.get(files[i]!.row)!;
        s.id = item.id;
        s.sent = sentKey(files[i]!.input);
        fillDefaults(sheet.plan, s, files[i]!.input);
        s.status = statusLabel(item.status);
        s.reasons = reasonsText(item.reasons);
      });
      created = filed.items.length;
    } catch (error) {
      failed(error, (path) => {
        const m = /^\/items\/(\d+)(?:\/(.*))?$/.exec(path);
        const f = m ? files[Number(m[1])] : undefined;
        return f ? { row: f.row, rest: m![2] ?? '' } : null;
      });
    }
  }
  for (const c of corrections) {
    try {
      await awards.patchNomination(campaign, c.id, c.patch);
      state.get(c.row)!.sent = sentKey(c.input);
      fillDefaults(sheet.plan, state.get(c.row)!, c.input);
      changed++;
    } catch (error) {
      failed(error, (path) => ({ row: c.row, rest: path.replace(/^\//, '') }));
    }
  }
  for (const w of withdrawals) {
    try {
      await awards.deleteNomination(campaign, w.id);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 404)) {
        failed(error, () => null);
        continue;
      }
    }
    Object.assign(state.get(w.row)!, { id: null, sent: null, status: T.withdrawn, reasons: '' });
    withdrawn++;
  }

  return { created, changed, withdrawn, problems, general };
}
