/**
 * The register import as a form (./form-session.ts): an empty sheet to paste earlier years into, checked by
 * the shared import check, sent to `POST /register/import` (all rows or none), and kept as typed after a
 * send — the register itself is read back as a table (../tables/register.ts).
 */
import type { RegisterRow } from '../../../shared/contract/register';
import { peopleApi } from '../api/people';
import { registerSheetText as T } from '../messages/register';
import { buildFormTable } from '../sheets/form-table/layout';
import { REGISTER_FIELDS } from '../sheets/register/columns';
import { checkRegisterSheet, type RegisterCheck, registerProblemsToCells } from '../sheets/register/rows';
import type { FormDeps, FormSpec } from './form-session';

/** Rows offered for pasting a year's register at once. */
export const REGISTER_ROWS = 500;

export function registerForm(
  deps: Pick<FormDeps, 'api'>,
  owner: string,
): FormSpec<RegisterRow[], RegisterCheck> {
  const api = peopleApi(deps.api);
  const identity = { form: 'register', campaign: 'register', owner };
  const plan = () =>
    buildFormTable({
      identity,
      name: T.tab,
      fields: REGISTER_FIELDS,
      records: [],
      free: REGISTER_ROWS,
    });
  return {
    identity,
    emptyPlan: plan,
    load: async () => ({ plan: plan(), count: 0, at: null }),
    check: checkRegisterSheet,
    send: async (rows) => (await api.importRegister(rows)).recipients,
    place: (p, check, problems) => registerProblemsToCells(p, check.rows, problems),
    reloadAfterSend: false,
  };
}
