/** The council's meetings on a snapshot (decision 0039): open, ballots, list, close, reopen, submit, decisions. */
import { Hono } from 'hono';
import {
  BallotsPut,
  ListPut,
  MeetingDecision,
  MeetingList,
  MeetingOpen,
  MeetingReopen,
  MeetingSubmit,
  MeetingView,
} from '../../../shared/contract/meetings';
import type { AppEnv } from '../env';
import { readJson } from '../http/body';
import { documentRoute } from '../http/openapi';
import { campaignOf, param } from '../http/params';
import { postDecision } from '../services/meetings/decisions';
import { closeMeeting, reopenMeeting, submitMeeting } from '../services/meetings/lifecycle';
import { openMeeting } from '../services/meetings/open';
import { getMeeting, listMeetings } from '../services/meetings/read';
import { putBallots, putList } from '../services/meetings/record';
import { reply } from './reply';

export const meetingsRoutes = new Hono<AppEnv>();

const P = '/campaigns/{campaign}/meetings';
const view = { schema: MeetingView };
documentRoute(
  {
    method: 'post',
    path: P,
    tag: 'meetings',
    body: MeetingOpen,
    responses: { 201: view },
    errors: [403, 404, 422],
  },
  {
    method: 'get',
    path: P,
    tag: 'meetings',
    responses: { 200: { schema: MeetingList } },
    errors: [403, 404],
  },
  { method: 'get', path: `${P}/{id}`, tag: 'meetings', responses: { 200: view }, errors: [403, 404] },
  {
    method: 'put',
    path: `${P}/{id}/ballots`,
    tag: 'meetings',
    body: BallotsPut,
    responses: { 200: view },
    errors: [403, 404, 409, 422],
  },
  {
    method: 'put',
    path: `${P}/{id}/list`,
    tag: 'meetings',
    body: ListPut,
    responses: { 200: view },
    errors: [403, 404, 409, 422],
  },
  {
    method: 'post',
    path: `${P}/{id}/close`,
    tag: 'meetings',
    responses: { 200: view },
    errors: [403, 404, 409],
  },
  {
    method: 'post',
    path: `${P}/{id}/reopen`,
    tag: 'meetings',
    body: MeetingReopen,
    responses: { 200: view },
    errors: [403, 404, 409, 422],
  },
  {
    method: 'post',
    path: `${P}/{id}/submit`,
    tag: 'meetings',
    body: MeetingSubmit,
    responses: { 200: view },
    errors: [403, 404, 409, 422],
  },
  {
    method: 'post',
    path: `${P}/{id}/decisions`,
    tag: 'meetings',
    body: MeetingDecision,
    responses: { 201: view },
    errors: [403, 404, 409, 422],
  },
);

const R = '/campaigns/:campaign/meetings';
const keyOf = (c: Parameters<typeof campaignOf>[0]) => ({ campaign: campaignOf(c), id: param(c, 'id') });

meetingsRoutes.post(R, async (c) =>
  reply(
    c,
    MeetingView,
    await openMeeting(c.env.DB, c.get('actor'), campaignOf(c), () => readJson(c), Date.now()),
    201,
  ),
);
meetingsRoutes.get(R, async (c) =>
  reply(c, MeetingList, await listMeetings(c.env.DB, c.get('actor'), campaignOf(c))),
);
meetingsRoutes.get(`${R}/:id`, async (c) => {
  const k = keyOf(c);
  return reply(c, MeetingView, await getMeeting(c.env.DB, c.get('actor'), k.campaign, k.id));
});
meetingsRoutes.put(`${R}/:id/ballots`, async (c) =>
  reply(c, MeetingView, await putBallots(c.env.DB, c.get('actor'), keyOf(c), () => readJson(c), Date.now())),
);
meetingsRoutes.put(`${R}/:id/list`, async (c) =>
  reply(c, MeetingView, await putList(c.env.DB, c.get('actor'), keyOf(c), () => readJson(c), Date.now())),
);
meetingsRoutes.post(`${R}/:id/close`, async (c) =>
  reply(c, MeetingView, await closeMeeting(c.env.DB, c.get('actor'), keyOf(c), Date.now())),
);
meetingsRoutes.post(`${R}/:id/reopen`, async (c) =>
  reply(
    c,
    MeetingView,
    await reopenMeeting(c.env.DB, c.get('actor'), keyOf(c), () => readJson(c), Date.now()),
  ),
);
meetingsRoutes.post(`${R}/:id/submit`, async (c) =>
  reply(
    c,
    MeetingView,
    await submitMeeting(c.env.DB, c.get('actor'), keyOf(c), () => readJson(c), Date.now()),
  ),
);
meetingsRoutes.post(`${R}/:id/decisions`, async (c) =>
  reply(
    c,
    MeetingView,
    await postDecision(c.env.DB, c.get('actor'), keyOf(c), () => readJson(c), Date.now()),
    201,
  ),
);
