/**
 * Repository of snapshots. The frozen content (canonical JSON text) is split into chunks of at most
 * CHUNK_CHARS characters (≤ 3 bytes each in UTF-8, so well under 1 MB per row and D1's 2 MB per value),
 * written in one batch with the header row and the audit row.
 */
import type { ChainAnchor } from '../../../shared/audit-chain';

export const CHUNK_CHARS = 250_000;

export interface SnapshotRow {
  id: string;
  campaign: string;
  created_at: number;
  created_by: string;
  sha256: string;
  chunks: number;
  bytes: number;
  /** The campaign's audit chain head when it was frozen (null for snapshots older than the chain). */
  audit_seq?: number | null;
  audit_hash?: string | null;
}

/**
 * The content in chunks of at most CHUNK_CHARS UTF-16 units, never splitting a surrogate pair (a character
 * outside the BMP, an emoji say): a lone half would not survive the UTF-8 round trip through D1.
 */
export function splitChunks(content: string): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < content.length; ) {
    let end = Math.min(i + CHUNK_CHARS, content.length);
    const last = content.charCodeAt(end - 1);
    if (end < content.length && last >= 0xd800 && last <= 0xdbff) end--;
    chunks.push(content.slice(i, end));
    i = end;
  }
  return chunks;
}

export function insertStatements(db: D1Database, row: SnapshotRow, content: string): D1PreparedStatement[] {
  const chunks = splitChunks(content);
  return [
    db
      .prepare(
        `INSERT INTO snapshots (id, campaign, created_at, created_by, sha256, chunks, bytes, audit_seq, audit_hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)`,
      )
      .bind(
        row.id,
        row.campaign,
        row.created_at,
        row.created_by,
        row.sha256,
        chunks.length,
        row.bytes,
        row.audit_seq ?? null,
        row.audit_hash ?? null,
      ),
    ...chunks.map((data, idx) =>
      db
        .prepare('INSERT INTO snapshot_chunks (snapshot, idx, data) VALUES (?1, ?2, ?3)')
        .bind(row.id, idx, data),
    ),
  ];
}

export async function list(db: D1Database, campaign: string): Promise<SnapshotRow[]> {
  const { results } = await db
    .prepare('SELECT * FROM snapshots WHERE campaign = ?1 ORDER BY created_at, id')
    .bind(campaign)
    .all<SnapshotRow>();
  return results;
}

/** A snapshot's header and its content reassembled, or null. */
export async function find(
  db: D1Database,
  campaign: string,
  id: string,
): Promise<{ row: SnapshotRow; content: string } | null> {
  const [head, chunks] = await db.batch([
    db.prepare('SELECT * FROM snapshots WHERE campaign = ?1 AND id = ?2').bind(campaign, id),
    db.prepare('SELECT data FROM snapshot_chunks WHERE snapshot = ?1 ORDER BY idx').bind(id),
  ]);
  const row = head!.results[0] as SnapshotRow | undefined;
  if (!row) return null;
  return { row, content: (chunks!.results as { data: string }[]).map((c) => c.data).join('') };
}

/** Every covenant recorded for a campaign's groups. */
export async function covenants(db: D1Database, campaign: string) {
  const { results } = await db
    .prepare('SELECT group_code, data FROM covenants WHERE campaign = ?1 ORDER BY group_code')
    .bind(campaign)
    .all<{ group_code: string; data: string }>();
  return results;
}

/** The audit chain heads a campaign's snapshots recorded: what its chain must still agree with. */
export async function anchors(db: D1Database, campaign: string): Promise<ChainAnchor[]> {
  const { results } = await db
    .prepare(
      `SELECT id AS source, audit_seq AS seq, audit_hash AS hash FROM snapshots
        WHERE campaign = ?1 AND audit_seq IS NOT NULL ORDER BY audit_seq`,
    )
    .bind(campaign)
    .all<ChainAnchor>();
  return results;
}
