/**
 * Scoring sheets (contract: "Scoring sheets"): GET/PUT a unit's sheet, its appraisal, reopen and history,
 * and a group's sheet list. Order of checks: the path (404), the caller's right (403), then the body.
 */
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { AppraisalPut, SheetPut } from '../../../shared/sheet';
import { groupOr404 } from '../access/scope';
import type { AppEnv } from '../env';
import { ApiError, forbidden } from '../errors';
import { readJson } from '../http/body';
import { documentRoute } from '../http/openapi';
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
import { ReopenBody, reopenSheet } from '../services/sheets/reopen';
import { sheetView } from '../services/sheets/state';
import { putAppraisal, putSheet, type Reply } from '../services/sheets/write';
import { GroupSheetsView, HistoryView, SheetStateSchema, SheetViewSchema } from './schemas';

export const sheets = new Hono<AppEnv>();

const SHEET = '/campaigns/:campaign/groups/:group/units/:unit/sheet';
const DOC = '/campaigns/{campaign}/groups/{group}/units/{unit}/sheet';

/** `Prefer: return=minimal` (RFC 7240) on the two sheet writes: how to ask, and what comes back. */
const PREFER = [
  {
    name: 'Prefer',
    description:
      '`return=minimal` (RFC 7240): trả lời 200 chỉ với trạng thái mới `{revision, status, totals, classification, submittedAt, locksAt, lockedAt}` (cùng tên trường như bảng điểm đầy đủ) và `Preference-Applied: return=minimal`; không có: cả bảng điểm (kèm mẫu và các dòng).',
    example: 'return=minimal',
  },
];
const written = (description: string) => ({
  description: `${description}. Với \`Prefer: return=minimal\`: chỉ trạng thái mới.`,
  schema: z.union([SheetViewSchema, SheetStateSchema]),
  headers: { 'Preference-Applied': '`return=minimal` khi trả lời rút gọn' },
});

const keyOf = (p: Record<string, string>) => ({
  campaign: p.campaign!.normalize('NFC'),
  group: p.group!.normalize('NFC'),
  unit: p.unit!.normalize('NFC'),
});

documentRoute(
  {
    method: 'get',
    path: DOC,
    tag: 'sheets',
    summary: 'Đọc bảng điểm của một đơn vị',
    roles: 'đơn vị đó, trưởng khối, Thường trực, Hội đồng, quản trị',
    responses: { 200: { description: 'Bảng điểm', schema: SheetViewSchema } },
    errors: [403, 404],
  },
  {
    method: 'put',
    path: DOC,
    tag: 'sheets',
    summary: 'Lưu nháp, nộp hoặc rút bảng tự chấm điểm',
    roles: 'chính đơn vị đó',
    headers: PREFER,
    body: SheetPut,
    responses: { 200: written('Trạng thái mới, revision + 1') },
    errors: [403, 404, 409, 423],
  },
  {
    method: 'put',
    path: `${DOC}/appraisal`,
    tag: 'sheets',
    summary: 'Thẩm định bảng điểm',
    roles: 'trưởng khối (không tự thẩm định mình), Thường trực',
    headers: PREFER,
    body: AppraisalPut,
    responses: { 200: written('Bảng điểm đã thẩm định') },
    errors: [403, 404, 409],
  },
  {
    method: 'post',
    path: `${DOC}/reopen`,
    tag: 'sheets',
    summary: 'Mở lại một bảng điểm cho đơn vị đến một thời điểm mới',
    roles: 'Thường trực',
    body: ReopenBody,
    responses: { 200: { description: 'Bảng điểm sau khi mở lại', schema: SheetViewSchema } },
    errors: [403, 404],
  },
  {
    method: 'get',
    path: `${DOC}/history`,
    tag: 'sheets',
    summary: 'Các phiên bản trước của bảng điểm',
    roles: 'đơn vị đó, trưởng khối, Thường trực, Hội đồng',
    responses: { 200: { description: 'Các phiên bản, mới nhất trước', schema: HistoryView } },
    errors: [403, 404],
  },
  {
    method: 'get',
    path: '/campaigns/{campaign}/groups/{group}/sheets',
    tag: 'sheets',
    summary: 'Danh sách bảng điểm của khối/cụm',
    roles: 'trưởng khối, Thường trực, Hội đồng',
    responses: { 200: { description: 'Mỗi thành viên một dòng', schema: GroupSheetsView } },
    errors: [403, 404],
  },
);

sheets.get(SHEET, async (c) => {
  const ctx = await sheetContext(c.env.DB, keyOf(c.req.param()));
  requireReader(c.get('actor'), ctx);
  return c.json(sheetView(ctx, ctx.row, Date.now()));
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
function answer(c: Context<AppEnv>, reply: Reply, body: object) {
  c.header('Vary', 'Prefer', { append: true });
  if (reply === 'minimal') c.header('Preference-Applied', 'return=minimal');
  return c.json(body);
}

sheets.put(SHEET, async (c) => {
  const ctx = await sheetContext(c.env.DB, keyOf(c.req.param()));
  requireSelfWriter(c.get('actor'), ctx);
  const raw = await readJson(c);
  const reply = replyOf(c);
  return answer(
    c,
    reply,
    await tokenGuarded(c, putSheet(c.env.DB, c.get('actor'), ctx, raw, Date.now(), reply)),
  );
});

sheets.put(`${SHEET}/appraisal`, async (c) => {
  const ctx = await sheetContext(c.env.DB, keyOf(c.req.param()));
  requireAppraiser(c.get('actor'), ctx);
  const raw = await readJson(c);
  const reply = replyOf(c);
  return answer(
    c,
    reply,
    await tokenGuarded(c, putAppraisal(c.env.DB, c.get('actor'), ctx, raw, Date.now(), reply)),
  );
});

sheets.post(`${SHEET}/reopen`, async (c) => {
  const ctx = await sheetContext(c.env.DB, keyOf(c.req.param()));
  requireReopener(c.get('actor'));
  const raw = await readJson(c);
  return c.json(await reopenSheet(c.env.DB, c.get('actor'), ctx, raw, Date.now()));
});

sheets.get(`${SHEET}/history`, async (c) => {
  const ctx = await sheetContext(c.env.DB, keyOf(c.req.param()));
  requireReader(c.get('actor'), ctx);
  return c.json(await history(c.env.DB, ctx));
});

sheets.get('/campaigns/:campaign/groups/:group/sheets', async (c) => {
  const campaign = c.req.param('campaign').normalize('NFC');
  const group = await groupOr404(c.env.DB, campaign, c.req.param('group').normalize('NFC'));
  const actor = c.get('actor');
  if (actor.role === 'unit' && actor.unit !== group.lead) throw forbidden(wmsg.onlyLeadLists(group.code));
  return c.json(await groupSheets(c.env.DB, campaign, group.code));
});
