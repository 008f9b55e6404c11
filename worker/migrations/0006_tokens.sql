-- Migration number: 0006 	 tokens expire, labels unique among live tokens, failed sign-ins counted per client
-- (decision 0029). Times are integer milliseconds since the epoch (UTC).

-- Every token now expires. The Worker writes `expires_at` on every insert (TOKEN_DAYS by default, or the
-- request's own earlier `expiresAt`); tokens issued before this migration get the default of the time, 400
-- days after their issue. A NULL never authenticates (the lookup compares it with the clock).
ALTER TABLE tokens ADD COLUMN expires_at INTEGER;
UPDATE tokens SET expires_at = created_at + 400 * 86400000 WHERE expires_at IS NULL;

-- The label as the holder is recognised: the Worker folds it (NFC, case, runs of white space, invisible
-- characters; access/token-label.ts) and a unique index keeps one live token per folded label, so two live
-- tokens never share a name in the audit log. Rows from before get SQLite's ASCII folding; where those
-- collide, the later live tokens keep a NULL key (the index ignores NULLs) and the Worker's own check,
-- which folds every live label afresh, still refuses a new token with their label.
ALTER TABLE tokens ADD COLUMN label_key TEXT;
UPDATE tokens SET label_key = lower(trim(label));
UPDATE tokens SET label_key = NULL
 WHERE revoked_at IS NULL
   AND EXISTS (SELECT 1 FROM tokens AS t
                WHERE t.revoked_at IS NULL AND t.label_key = tokens.label_key
                  AND (t.created_at < tokens.created_at OR (t.created_at = tokens.created_at AND t.id < tokens.id)));
CREATE UNIQUE INDEX tokens_live_label ON tokens (label_key) WHERE revoked_at IS NULL;

-- Failed authentications per client (CF-Connecting-IP, an IPv6 address by its /64) in a fixed window: after
-- AUTH_FAILURE_LIMIT failures the client gets 429 until `window_start` + AUTH_FAILURE_WINDOW seconds.
CREATE TABLE auth_failures (
  client       TEXT PRIMARY KEY,
  window_start INTEGER NOT NULL,
  failures     INTEGER NOT NULL CHECK (failures > 0)
) WITHOUT ROWID;
