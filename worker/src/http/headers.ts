/**
 * Response headers. Excel on the web frames the task pane, so nothing the Worker serves sends
 * X-Frame-Options; a CSP `frame-ancestors` names Office's hosts instead (the same list addin/dist/_headers
 * gives the static pages). CORS exists only when CORS_ORIGINS lists extra origins.
 */
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from '../env';

/** Who may frame our pages: ourselves and Office's hosts. */
export const FRAME_ANCESTORS = [
  "'self'",
  'https://*.office.com',
  'https://*.office365.com',
  'https://*.officeapps.live.com',
  'https://*.microsoft.com',
  'https://*.sharepoint.com',
  'https://*.cloud.microsoft',
];

export const securityHeaders = (): MiddlewareHandler =>
  secureHeaders({
    xFrameOptions: false,
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: FRAME_ANCESTORS },
    referrerPolicy: 'no-referrer',
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: 'same-site',
  });

/** CORS for the origins in CORS_ORIGINS; a no-op when it is empty. */
export const corsFromEnv = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const origins = (c.env?.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  if (!origins.length) return next();
  return cors({
    origin: origins,
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowHeaders: ['Authorization', 'Content-Type', 'Prefer'],
    exposeHeaders: ['Content-Disposition', 'Preference-Applied'],
    maxAge: 600,
  })(c, next);
};
