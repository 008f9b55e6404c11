/**
 * Checks a snapshot as received against its SHA-256: the Worker hashes the content serialised canonically
 * (RFC 8785) without `id`, `createdAt` and `sha256`; the same here, so the council knows the figures it opens
 * are the ones frozen.
 */
import canonicalize from 'canonicalize';
import { sha256Hex as digestHex } from '../../../shared/sha256';
import type { Snapshot } from './secretariat';

/** Lowercase hex SHA-256 of a text's UTF-8 bytes; null where the page has no Web Crypto (not a secure origin). */
export async function sha256Hex(text: string): Promise<string | null> {
  return (globalThis as { crypto?: Crypto }).crypto?.subtle ? digestHex(text) : null;
}

/** True when the content hashes to its `sha256`, false when not, null when the page cannot hash. */
export async function verifySnapshot(snapshot: Snapshot): Promise<boolean | null> {
  const { id: _id, createdAt: _at, sha256, ...content } = snapshot;
  const hex = await sha256Hex(canonicalize(content) ?? '');
  return hex === null ? null : hex === sha256;
}
