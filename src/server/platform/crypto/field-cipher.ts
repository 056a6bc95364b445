import { createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { desc, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { open, seal } from './aes-gcm.ts';
import { encryptionKeys } from './keys.table.ts';

const PREFIX = 'k1';

/**
 * Field encryption with versioned data keys. A ciphertext reads
 * `k1.<keyVersion>.<base64url(iv|tag|body)>`, so any stored value names the
 * key that opens it, and rotation can find what is still on an old key.
 * `context` (e.g. `users.totp_secret`) is the additional data: a value copied
 * into another column does not decrypt there.
 */
export class FieldCipher {
  private keys = new Map<number, Buffer>();
  private current = 0;
  private readonly hashKey: Buffer;

  constructor(
    private readonly db: Executor,
    private readonly masterKey: Buffer,
  ) {
    this.hashKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'komar-keyed-hash', 32));
  }

  /**
   * HMAC-SHA256 of a value, for exact-match lookups of things that must not be
   * stored in clear or confirmable from a database copy (reported URLs,
   * identity documents). Derived from the master key, so stable across data-key rotations.
   */
  keyedHash(value: string, context: string): string {
    return createHmac('sha256', this.hashKey).update(`${context}\0${value}`, 'utf8').digest('base64url');
  }

  /** Loads the data keys, creating the first one on a new database. */
  async load(): Promise<void> {
    const rows = await this.db.select().from(encryptionKeys).orderBy(desc(encryptionKeys.version));
    if (rows.length === 0) {
      await this.addKey(1);
      return this.load();
    }
    this.keys = new Map(rows.map((r) => [r.version, this.unwrap(r.version, r.wrappedKey)]));
    this.current = rows.find((r) => r.retiredAt === null)?.version ?? rows[0]?.version ?? 0;
  }

  get currentVersion(): number {
    return this.current;
  }

  async encrypt(plaintext: string, context: string): Promise<string> {
    const key = this.keys.get(this.current);
    if (!key) throw new Error('field cipher not loaded');
    const body = seal(key, Buffer.from(plaintext, 'utf8'), context);
    return `${PREFIX}.${this.current}.${body.toString('base64url')}`;
  }

  async decrypt(ciphertext: string, context: string): Promise<string> {
    const [prefix, versionText, body] = ciphertext.split('.');
    const version = Number(versionText);
    if (prefix !== PREFIX || !Number.isInteger(version) || !body) throw new Error('not a Komar ciphertext');
    // A key made by `komar keys rotate` in another process: learn it once.
    if (!this.keys.has(version)) await this.load();
    const key = this.keys.get(version);
    if (!key) throw new Error(`encryption key version ${version} is missing`);
    return open(key, Buffer.from(body, 'base64url'), context).toString('utf8');
  }

  /** The key version a stored value was encrypted with. */
  static versionOf(ciphertext: string): number {
    return Number(ciphertext.split('.')[1]);
  }

  /** Makes a new data key current and retires the others (they still decrypt). */
  async rotate(): Promise<number> {
    const next = Math.max(0, ...this.keys.keys()) + 1;
    await this.addKey(next);
    await this.load();
    return next;
  }

  private async addKey(version: number): Promise<void> {
    const wrapped = seal(this.masterKey, randomBytes(32), `komar-data-key:${version}`).toString('base64');
    await this.db.transaction(async (tx) => {
      await tx.update(encryptionKeys).set({ retiredAt: new Date() }).where(isNull(encryptionKeys.retiredAt));
      await tx.insert(encryptionKeys).values({ version, wrappedKey: wrapped }).onConflictDoNothing();
    });
  }

  private unwrap(version: number, wrapped: string): Buffer {
    try {
      return open(this.masterKey, Buffer.from(wrapped, 'base64'), `komar-data-key:${version}`);
    } catch {
      throw new Error(`data key ${version} does not open with this master key: is KOMAR_KEY_FILE the right file?`);
    }
  }
}
