/**
 * Checks a snapshot as received against its SHA-256 with the digest the Worker froze it with
 * (shared/snapshot-digest.ts), so the council knows the figures it opens are the ones frozen.
 */
import { sha256Hex as digestHex } from '../../../shared/sha256';
import { digestSnapshot } from '../../../shared/snapshot-digest';
import type { Snapshot } from './secretariat';

/** Web Crypto is there only on a secure origin (https, localhost); elsewhere the pane cannot hash. */
const canHash = () => Boolean((globalThis as { crypto?: Crypto }).crypto?.subtle);

/** Lowercase hex SHA-256 of a text's UTF-8 bytes; null where the page has no Web Crypto (not a secure origin). */
export async function sha256Hex(text: string): Promise<string | null> {
  return canHash() ? digestHex(text) : null;
}

/** True when the content hashes to its `sha256`, false when not, null when the page cannot hash. */
export async function verifySnapshot(snapshot: Snapshot): Promise<boolean | null> {
  if (!canHash()) return null;
  return (await digestSnapshot(snapshot)).sha256 === snapshot.sha256;
}
