import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Tokens are 32 random bytes; only their SHA-256 is stored (high entropy: no slow hash needed). */
export function newToken(): string {
  return `lcp_${randomBytes(32).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The token from `Authorization: Bearer <token>` (the scheme in any case, RFC 9110 11.1), or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer +([A-Za-z0-9_\-.~+/=]{10,200})$/i.exec(header ?? '');
  return match?.[1];
}
