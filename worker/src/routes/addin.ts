/**
 * The add-in's manifest, rendered for this deployment: URLs from PUBLIC_ORIGIN when set, else from the
 * request's own origin. The task pane itself is served as static assets (addin/dist).
 */
import { Hono } from 'hono';
import { renderManifest } from '../../../shared/manifest';
import type { Env } from '../env';

export const addin = new Hono<{ Bindings: Env }>();

addin.get('/manifest.xml', (c) => {
  const origin = c.env.PUBLIC_ORIGIN?.trim() || new URL(c.req.url).origin;
  return c.body(renderManifest(origin), 200, {
    'Content-Type': 'application/xml; charset=utf-8',
    'Cache-Control': 'no-cache',
    'Content-Disposition': 'inline; filename="manifest.xml"',
  });
});
