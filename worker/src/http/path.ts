/**
 * The one place path parameters are normalised: the path Hono routes on (`new Hono({ getPath })`, Hono's
 * hook that runs before routing) is its own decoded path in NFC. Every `c.req.param()` and `c.req.path` is
 * then NFC, so a campaign, group or unit code sent decomposed (NFD, as macOS and some keyboards produce)
 * reaches the composed code the plan stored. What Hono leaves percent-encoded is ASCII (reserved characters),
 * which NFC does not change.
 */
import { getPath } from 'hono/utils/url';

export const nfcPath = (request: Request): string => getPath(request).normalize('NFC');
