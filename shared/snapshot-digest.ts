/**
 * The snapshot digest (contract: `…/snapshots`): SHA-256 of the content serialised canonically (RFC 8785),
 * the content being the snapshot without `id`, `createdAt` and `sha256`. The Worker freezes a snapshot with
 * it and the pane checks a received one with it, so the two cannot drift apart.
 */
import canonicalize from 'canonicalize';
import { sha256Hex } from './sha256';

/** What a served snapshot carries around its content: never part of the digest. */
const HEAD = new Set(['id', 'createdAt', 'sha256']);

export interface Digested {
  /** The content as RFC 8785 canonical JSON: what the Worker stores and what is hashed. */
  canonical: string;
  /** Lowercase hex SHA-256 of `canonical`'s UTF-8 bytes. */
  sha256: string;
}

/**
 * The canonical text and digest of a snapshot's content: `value` is either the content (as the Worker
 * computes it) or a whole served snapshot (as the pane receives it); the head fields are left out either way.
 */
export async function digestSnapshot(value: object): Promise<Digested> {
  const content = Object.fromEntries(Object.entries(value).filter(([k]) => !HEAD.has(k)));
  const canonical = canonicalize(content) ?? '';
  return { canonical, sha256: await sha256Hex(canonical) };
}
