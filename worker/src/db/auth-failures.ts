/**
 * Failed authentications per client in a fixed window (table auth_failures, decision 0029). One row per
 * client; a failure after the window ended starts a new one.
 */

export interface FailureRow {
  failures: number;
  window_start: number;
}

/** The client's count in the window still running at `now` (no row when it has none). */
export function current(db: D1Database, client: string, now: number, windowMs: number): D1PreparedStatement {
  return db
    .prepare('SELECT failures, window_start FROM auth_failures WHERE client = ?1 AND window_start > ?2')
    .bind(client, now - windowMs);
}

/** Counts one failure, in the running window or a new one; returns the row as it now is. */
export function count(db: D1Database, client: string, now: number, windowMs: number): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO auth_failures (client, window_start, failures) VALUES (?1, ?2, 1)
       ON CONFLICT (client) DO UPDATE SET
         failures = CASE WHEN window_start <= ?3 THEN 1 ELSE failures + 1 END,
         window_start = CASE WHEN window_start <= ?3 THEN ?2 ELSE window_start END
       RETURNING failures, window_start`,
    )
    .bind(client, now, now - windowMs);
}

/** Drops the rows of windows that have ended (kept small: one row per client that failed lately). */
export function prune(db: D1Database, now: number, windowMs: number): D1PreparedStatement {
  return db.prepare('DELETE FROM auth_failures WHERE window_start <= ?1').bind(now - windowMs);
}
