/** Tokens: 256 random bits as base64url, kept only as their SHA-256 (hex). */
import { sha256Hex } from '../../../shared/sha256';

/** A new secret token: 32 random bytes, base64url without padding (43 characters). */
export function newToken(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

/** A short public id for a token (what GET /tokens shows and DELETE /tokens/{id} takes). */
export function newTokenId(): string {
  return `tok_${base64url(crypto.getRandomValues(new Uint8Array(9)))}`;
}

/** SHA-256 of a token, lowercase hex: what the database stores and looks up. */
export const hashToken = (token: string): Promise<string> => sha256Hex(token);

function base64url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}
