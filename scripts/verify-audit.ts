/**
 * Verifies every audit chain of a D1 database outside the Worker (decision 0028), with the Worker's own code
 * (shared/audit-chain.ts): from the local D1 or the remote one (through `wrangler d1 execute --json`), a
 * SQLite file, a `wrangler d1 export` SQL dump, or the JSON such an execute printed. Read-only: rows not
 * sealed yet are hashed on the fly. Run it with `node scripts/run-verify-audit.mjs` (which bundles this file).
 */
import {
  type ChainAnchor,
  type ChainRow,
  type ChainVerification,
  GLOBAL_CHAIN,
  verifyChain,
} from '../shared/audit-chain';
import { msg } from '../shared/messages';
import { verifyAuditText as text } from './messages/verify-audit';

export const AUDIT_SQL = `SELECT id, chain, seq, at, actor, role, token_id, action, target, campaign, revision_before,
  revision_after, detail, hash FROM audit_log ORDER BY chain, seq`;
export const ANCHOR_SQL =
  'SELECT id AS source, campaign, audit_seq AS seq, audit_hash AS hash FROM snapshots WHERE audit_seq IS NOT NULL';

/** What a database holds for verification. */
export interface AuditExport {
  rows: ChainRow[];
  anchors: (ChainAnchor & { campaign: string })[];
}

/** Something that runs a query and returns its rows (better-sqlite3's `prepare(sql).all()`). */
export type Query = (sql: string) => unknown[];

export const fromQuery = (query: Query): AuditExport => ({
  rows: query(AUDIT_SQL) as ChainRow[],
  anchors: query(ANCHOR_SQL) as AuditExport['anchors'],
});

/** The JSON `wrangler d1 execute --json --command "AUDIT_SQL; ANCHOR_SQL"` prints: one result per statement. */
export function fromWranglerJson(json: string): AuditExport {
  const parsed = JSON.parse(json) as { results: unknown[] }[];
  return {
    rows: (parsed[0]?.results ?? []) as ChainRow[],
    anchors: (parsed[1]?.results ?? []) as AuditExport['anchors'],
  };
}

export interface ChainReport extends ChainVerification {
  chain: string;
  /** What to call it: the campaign's chain, or the global one. */
  name: string;
  message: string;
}

/** Verifies every chain the export holds, the global chain first, then campaigns by code. */
export async function verifyExport(data: AuditExport): Promise<ChainReport[]> {
  const chains = new Map<string, ChainRow[]>();
  for (const r of data.rows) {
    const list = chains.get(r.chain) ?? [];
    list.push(r);
    chains.set(r.chain, list);
  }
  const reports: ChainReport[] = [];
  for (const chain of [...chains.keys()].sort()) {
    const rows = chains.get(chain)!.sort((a, b) => a.seq - b.seq);
    const v = await verifyChain(
      rows,
      data.anchors.filter((a) => a.campaign === chain),
    );
    const name = msg.auditChainName(chain === GLOBAL_CHAIN ? null : chain);
    reports.push({
      ...v,
      chain,
      name,
      message: v.firstBroken
        ? text.chainBroken(name, msg.auditBreak(v.firstBroken))
        : text.chainOk(name, v.entries, v.head.seq),
    });
  }
  return reports;
}

/** What the running script needs from outside (injected by scripts/run-verify-audit.mjs, and by its test). */
export interface Io {
  openSqlite: (file: string) => { query: Query; exec: (sql: string) => void };
  readText: (file: string) => string;
  /**
   * Runs `wrangler d1 execute DB --json --command <sql>` (`--local` or `--remote`, then any further options
   * such as `--persist-to DIR` or `--env production`) and returns its output.
   */
  wrangler: (where: '--local' | '--remote', sql: string, options: string[]) => string;
  print: (line: string) => void;
}

/** The command line: returns the exit code (0 when every chain verifies, 1 on a break, 2 on bad arguments). */
export async function main(argv: string[], io: Io): Promise<number> {
  const [flag = '--local', file] = argv;
  let data: AuditExport;
  if ((flag === '--local' || flag === '--remote') && (file === undefined || file.startsWith('--')))
    data = fromWranglerJson(io.wrangler(flag, `${AUDIT_SQL}; ${ANCHOR_SQL}`, argv.slice(1)));
  else if (flag === '--sqlite' && file) data = fromQuery(io.openSqlite(file).query);
  else if (flag === '--dump' && file) {
    const db = io.openSqlite(':memory:');
    db.exec(io.readText(file));
    data = fromQuery(db.query);
  } else if (flag === '--json' && file) data = fromWranglerJson(io.readText(file));
  else {
    io.print(text.usage);
    return 2;
  }
  const reports = await verifyExport(data);
  if (reports.length === 0) io.print(text.noChains);
  for (const r of reports) io.print(r.message);
  const broken = reports.filter((r) => !r.ok).length;
  io.print(text.summary(reports.length - broken, broken));
  return broken === 0 ? 0 : 1;
}
