import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so a code read over the phone is not misheard or mistyped. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function randomBase32(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const b of bytes) out += ALPHABET[b & 31];
  return out;
}

/** A tracking code such as `7QKM-4XD9` (40 bits; the secret, not the code, protects the report). */
export function newTrackingCode(): string {
  const raw = randomBase32(8);
  return `${raw.slice(0, 4)}-${raw.slice(4)}`;
}

/** A reporter's secret: 20 characters, 100 bits. */
export function newReporterSecret(): string {
  return randomBase32(20);
}

/** Reads a code or secret as people type it: any case, spaces and dashes, O for 0, I or L for 1. */
function canonical(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export function canonicalTrackingCode(input: string): string | null {
  const c = canonical(input);
  if (!/^[0-9A-HJKMNP-TV-Z]{8}$/.test(c)) return null;
  return `${c.slice(0, 4)}-${c.slice(4)}`;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(canonical(secret)).digest('hex');
}

export function secretMatches(secret: string, storedHash: string | null): boolean {
  if (!storedHash) return false;
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
