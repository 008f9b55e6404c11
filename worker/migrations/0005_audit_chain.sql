-- Migration number: 0005 	 the audit log as SHA-256 hash chains (docs/decisions/0028-audit-chain.md)
-- Every audit row belongs to one chain: its campaign's (`chain` = the campaign's code), or the global chain
-- (`chain` = '', no campaign code is empty): tokens, units, anything outside a campaign. `seq` numbers a
-- chain's rows 1, 2, 3, … in the order they were written; the writing batch assigns it in SQL (MAX + 1) and
-- UNIQUE (chain, seq) refuses a fork. `hash` = SHA-256(previous row's hash ‖ the row's canonical text)
-- (shared/audit-chain.ts): D1 has no SHA-256, so the Worker fills it in right after the write ("seals"),
-- only where it is still NULL, in seq order.
ALTER TABLE audit_log ADD COLUMN chain TEXT;
ALTER TABLE audit_log ADD COLUMN seq INTEGER CHECK (seq IS NULL OR (typeof(seq) = 'integer' AND seq > 0));
ALTER TABLE audit_log ADD COLUMN hash TEXT;

-- Rows written before this migration: chained in the order of their ids, sealed by the Worker later.
UPDATE audit_log
   SET chain = b.chain, seq = b.n
  FROM (SELECT id, COALESCE(campaign, '') AS chain,
               ROW_NUMBER() OVER (PARTITION BY COALESCE(campaign, '') ORDER BY id) AS n
          FROM audit_log) AS b
 WHERE b.id = audit_log.id;

CREATE UNIQUE INDEX audit_chain_seq ON audit_log (chain, seq);
CREATE INDEX audit_unsealed ON audit_log (chain, seq) WHERE hash IS NULL;

-- Snapshots record their campaign chain's head when they were frozen: the anchors verification checks.
ALTER TABLE snapshots ADD COLUMN audit_seq INTEGER;
ALTER TABLE snapshots ADD COLUMN audit_hash TEXT;

-- Append-only for the application: a row is inserted with its chain and seq, its hash is set once, and it is
-- never changed or deleted. (An operator can drop these triggers; the chain is what tells, not them.)
CREATE TRIGGER audit_log_chained BEFORE INSERT ON audit_log
WHEN NEW.chain IS NULL OR NEW.seq IS NULL OR NEW.chain IS NOT COALESCE(NEW.campaign, '')
BEGIN
  SELECT RAISE(ABORT, 'audit_log: a row needs its chain and seq');
END;

CREATE TRIGGER audit_log_frozen
BEFORE UPDATE OF id, at, actor, role, token_id, action, target, campaign, revision_before, revision_after,
  detail, chain, seq ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_sealed_once BEFORE UPDATE OF hash ON audit_log
WHEN OLD.hash IS NOT NULL OR NEW.hash IS NULL
BEGIN
  SELECT RAISE(ABORT, 'audit_log: a hash is set once');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
