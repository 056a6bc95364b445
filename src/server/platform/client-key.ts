import { createHmac, randomBytes } from 'node:crypto';

const DAY_MS = 24 * 60 * 60 * 1000;
let secret = randomBytes(32);
let secretDay = Math.floor(Date.now() / DAY_MS);

/**
 * A short-lived keyed hash of the client's address, used only to count
 * requests for rate limits. The key lives in memory and changes daily, so no
 * address, nor anything that leads back to one, is ever stored.
 */
export function clientKey(ip: string): string {
  const day = Math.floor(Date.now() / DAY_MS);
  if (day !== secretDay) {
    secret = randomBytes(32);
    secretDay = day;
  }
  return createHmac('sha256', secret).update(ip).digest('base64url').slice(0, 22);
}
