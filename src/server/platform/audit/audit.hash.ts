import { createHash } from 'node:crypto';

/** The chain starts from this value, so the first row's link is checkable too. */
export const GENESIS_HASH = '0'.repeat(64);

export type HashedFields = {
  seq: number;
  id: number;
  at: Date;
  actorId: string | null;
  actorLabel: string;
  action: string;
  recordType: string | null;
  recordId: string | null;
  detail: unknown;
  prevHash: string;
};

/**
 * SHA-256 over a canonical form of every column, so changing any of them (or
 * the order of rows) breaks the chain from that row on.
 */
export function auditRowHash(f: HashedFields): string {
  const canonical = canonicalJson([
    f.seq,
    f.id,
    f.at.getTime(),
    f.actorId,
    f.actorLabel,
    f.action,
    f.recordType,
    f.recordId,
    f.detail,
    f.prevHash,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** JSON with object keys sorted at every depth: jsonb does not keep key order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
