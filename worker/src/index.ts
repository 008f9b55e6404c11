/**
 * The Worker's entry: it only wires. The path is routed in NFC (http/path.ts), middleware (secure headers,
 * CORS when configured, bearer auth), one sub-app per area of the contract under /api/v1, and one error
 * path: every failure is problem+json. Request bodies are read one way, lazily, by `readJson` / `bodyOf`
 * (http/body.ts; docs/decisions/0023-request-bodies.md) so that 404 and 403 come first.
 * Static assets (the add-in's pane) are served before the Worker runs; see wrangler.toml.
 */
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { Health } from '../../shared/contract/meta';
import { auth } from './access/auth';
import type { AppEnv } from './env';
import { ApiError, apiError, isStorageFailure, STORAGE_RETRY_AFTER_S, unavailable } from './errors';
import { corsFromEnv, securityHeaders } from './http/headers';
import { documentRoute } from './http/openapi';
import { nfcPath } from './http/path';
import { problemResponse } from './http/problem';
import { sealAfterWrites } from './http/seal-audit';
import { wmsg } from './messages';
import { addin } from './routes/addin';
import { amendments } from './routes/amendments';
import { audit } from './routes/audit';
import { backup } from './routes/backup';
import { calendar } from './routes/calendar';
import { consolidated } from './routes/consolidated';
import { documents } from './routes/documents';
import { me } from './routes/me';
import { meetingsRoutes } from './routes/meetings';
import { nominations } from './routes/nominations';
import { openapi } from './routes/openapi';
import { plans } from './routes/plans';
import { rankings } from './routes/rankings';
import { register } from './routes/register';
import { sheets } from './routes/sheets';
import { snapshots } from './routes/snapshots';
import { staff } from './routes/staff';
import { tokens } from './routes/tokens';
import { votesRoutes } from './routes/votes';

const api = new Hono<AppEnv>();

documentRoute({
  method: 'get',
  path: '/health',
  tag: 'meta',
  auth: false,
  responses: { 200: { schema: Health } },
});
api.get('/health', (c) => c.json({ status: 'ok' } satisfies Health));

api.use('*', auth);
api.use('*', sealAfterWrites);
api.route('/', openapi);
api.route('/', tokens);
api.route('/', me);
api.route('/', plans);
api.route('/', amendments);
api.route('/', sheets);
api.route('/', audit);
api.route('/', rankings);
api.route('/', votesRoutes);
api.route('/', nominations);
api.route('/', consolidated);
api.route('/', snapshots);
api.route('/', meetingsRoutes);
api.route('/', documents);
api.route('/', calendar);
api.route('/', backup);
api.route('/', staff);
api.route('/', register);
// Backend II mounts its areas here: rankings, consolidated sheets, snapshots, votes, nominations, quotas,
// registrations, calendar.

const app = new Hono<AppEnv>({ getPath: nfcPath });
app.use('*', securityHeaders());
app.use('/api/*', corsFromEnv());
app.route('/api/v1', api);
app.route('/', addin);

app.notFound((c) => problemResponse(c, apiError(404, wmsg.noRoute(c.req.method, c.req.path))));

app.onError((error, c) => {
  if (error instanceof ApiError) return problemResponse(c, error);
  if (error instanceof HTTPException && error.status < 500)
    return problemResponse(c, apiError(error.status, error.message || wmsg.title[error.status] || ''));
  console.error(error);
  if (isStorageFailure(error)) {
    c.header('Retry-After', String(STORAGE_RETRY_AFTER_S));
    return problemResponse(c, unavailable());
  }
  return problemResponse(c, apiError(500, wmsg.internal));
});

export default app;
