/**
 * The add-in's manifest, rendered for this deployment: URLs from PUBLIC_ORIGIN when set, else from the
 * request's own origin. An origin Excel would refuse (plain HTTP other than this machine's localhost or
 * 127.0.0.1, or not a web address at all) is answered with a 400 problem naming PUBLIC_ORIGIN instead of a
 * manifest that cannot load. The task pane itself is served as static assets (addin/dist).
 */
import { Hono } from 'hono';
import { manifestOriginProblem, renderManifest } from '../../../shared/manifest';
import type { Env } from '../env';
import { ApiError } from '../errors';
import { problemResponse } from '../http/problem';
import { wmsg } from '../messages';

export const addin = new Hono<{ Bindings: Env }>();

addin.get('/manifest.xml', (c) => {
  const configured = c.env.PUBLIC_ORIGIN?.trim() ?? '';
  const origin = configured || new URL(c.req.url).origin;
  const problem = manifestOriginProblem(origin);
  if (problem) {
    const from = configured ? 'PUBLIC_ORIGIN' : 'request';
    return problemResponse(
      c,
      new ApiError(400, wmsg.manifestTitle, wmsg.manifestOrigin(problem, from, origin), { origin, from }),
    );
  }
  return c.body(renderManifest(origin), 200, {
    'Content-Type': 'application/xml; charset=utf-8',
    'Cache-Control': 'no-cache',
    'Content-Disposition': 'inline; filename="manifest.xml"',
  });
});
