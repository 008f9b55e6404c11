/**
 * Scoring sheets (contract: "Scoring sheets"): GET/PUT a unit's sheet, its appraisal, reopen and history,
 * and a group's sheet list. Order of checks: the path (404), the caller's right (403), then the body.
 */
import { type Context, Hono } from 'hono';
import {
  AppraisalPut,
  GroupSheets,
  Reopen,
  SheetHistory,
  SheetPut,
  SheetView,
  SheetWritten,
} from '../../../shared/contract/sheets';
import { groupOr404 } from '../access/scope';
import type { AppEnv } from '../env';
import { ApiError, forbidden } from '../errors';
import { readJson } from '../http/body';
import { documentRoute } from '../http/openapi';
import { campaignOf, param } from '../http/params';
import { prefersMinimal } from '../http/prefer';
import { wmsg } from '../messages';
import {
  requireAppraiser,
  requireReader,
  requireReopener,
  requireSelfWriter,
  sheetContext,
} from '../services/sheets/context';
import { groupSheets, history } from '../services/sheets/read';
import { reopenSheet } from '../services/sheets/reopen';
import { sheetView } from '../services/sheets/state';
import { putAppraisal, putSheet, type Reply } from '../services/sheets/write';
import { reply } from './reply';

export const sheets = new Hono<AppEnv>();

const SHEET = '/campaigns/:campaign/groups/:group/units/:unit/sheet';
const DOC = '/campaigns/{campaign}/groups/{group}/units/{unit}/sheet';

/** `Prefer: return=minimal` (RFC 7240) on the two sheet writes: the whole sheet or its state. */
const PREFER = [{ name: 'Prefer', example: 'return=minimal' }];
const written = { schema: SheetWritten, headers: ['Preference-Applied'] };

const keyOf = (c: Context<AppEnv>) => ({
  campaign: campaignOf(c),
  group: param(c, 'group'),
  unit: param(c, 'unit'),
});

documentRoute(
  { method: 'get', path: DOC, tag: 'sheets', responses: { 200: { schema: SheetView } }, errors: [403, 404] },
  {
    method: 'put',
    path: DOC,
    tag: 'sheets',
    headers: PREFER,
    body: SheetPut,
    responses: { 200: written },
    errors: [403, 404, 409, 423],
  },
  {
    method: 'put',
    path: `${DOC}/appraisal`,
    tag: 'sheets',
    headers: PREFER,
    body: AppraisalPut,
    responses: { 200: written },
    errors: [403, 404, 409],
  },
  {
    method: 'post',
    path: `${DOC}/reopen`,
    tag: 'sheets',
    body: Reopen,
    responses: { 200: { schema: SheetView } },
    errors: [403, 404],
  },
  {
    method: 'get',
    path: `${DOC}/history`,
    tag: 'sheets',
    responses: { 200: { schema: SheetHistory } },
    errors: [403, 404],
  },
  {
    method: 'get',
    path: '/campaigns/{campaign}/groups/{group}/sheets',
    tag: 'sheets',
    responses: { 200: { schema: GroupSheets } },
    errors: [403, 404],
  },
);

sheets.get(SHEET, async (c) => {
  const ctx = await sheetContext(c.env.DB, keyOf(c));
  requireReader(c.get('actor'), ctx);
  return reply(c, SheetView, sheetView(ctx, ctx.row, Date.now()));
});

/**
 * The two writes that trust a cached token (access/auth.ts): a token revoked since is refused by the write's
 * SQL guard and answered as an unknown token (401 with its WWW-Authenticate).
 */
async function tokenGuarded<T>(c: Context<AppEnv>, write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401)
      c.header('WWW-Authenticate', 'Bearer error="invalid_token"');
    throw error;
  }
}

/** The reply a write was asked for (`Prefer`, RFC 7240). */
const replyOf = (c: Context<AppEnv>): Reply => (prefersMinimal(c.req.header('Prefer')) ? 'minimal' : 'full');

/** Answers a write: a minimal reply says so (`Preference-Applied`); either varies on `Prefer`. */
function answer(c: Context<AppEnv>, wanted: Reply, body: SheetWritten) {
  c.header('Vary', 'Prefer', { append: true });
  if (wanted === 'minimal') c.header('Preference-Applied', 'return=minimal');
  return reply(c, SheetWritten, body);
}

sheets.put(SHEET, async (c) => {
  const ctx = await sheetContext(c.env.DB, keyOf(c));
  requireSelfWriter(c.get('actor'), ctx);
  const raw = await readJson(c);
  const wanted = replyOf(c);
  return answer(
    c,
    wanted,
    await tokenGuarded(c, putSheet(c.env.DB, c.get('actor'), ctx, raw, Date.now(), wanted)),
  );
});

sheets.put(`${SHEET}/appraisal`, async (c) => {
  const ctx = await sheetContext(c.env.DB, keyOf(c));
  requireAppraiser(c.get('actor'), ctx);
  const raw = await readJson(c);
  const wanted = replyOf(c);
  return answer(
    c,
    wanted,
    await tokenGuarded(c, putAppraisal(c.env.DB, c.get('actor'), ctx, raw, Date.now(), wanted)),
  );
});

sheets.post(`${SHEET}/reopen`, async (c) => {
  const ctx = await sheetContext(c.env.DB, keyOf(c));
  requireReopener(c.get('actor'));
  const raw = await readJson(c);
  return reply(c, SheetView, await reopenSheet(c.env.DB, c.get('actor'), ctx, raw, Date.now()));
});

sheets.get(`${SHEET}/history`, async (c) => {
  const ctx = await sheetContext(c.env.DB, keyOf(c));
  requireReader(c.get('actor'), ctx);
  return reply(c, SheetHistory, await history(c.env.DB, ctx));
});

sheets.get('/campaigns/:campaign/groups/:group/sheets', async (c) => {
  const campaign = campaignOf(c);
  const group = await groupOr404(c.env.DB, campaign, param(c, 'group'));
  const actor = c.get('actor');
  if (actor.role === 'unit' && actor.unit !== group.lead) throw forbidden(wmsg.onlyLeadLists(group.code));
  return reply(c, GroupSheets, await groupSheets(c.env.DB, campaign, group.code));
});
