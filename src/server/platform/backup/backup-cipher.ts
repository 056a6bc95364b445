import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

/**
 * The encrypted container of a backup file: a small plaintext header, then the
 * payload in chunks sealed with AES-256-GCM in the STREAM construction (as in
 * age): the nonce of chunk i is i (11 bytes, big-endian) followed by a flag
 * byte that is 1 only on the last chunk. Reordered, dropped, duplicated or
 * truncated chunks therefore fail to open, and a file cut at a chunk boundary
 * is caught because its last chunk was not sealed as the last. Every chunk's
 * additional data is the header, so the header cannot be altered either.
 *
 * Header (53 bytes): magic "KOMARBAK" | format version (1 byte) |
 * chunk size (uint32 BE) | salt (32 bytes) | key id (8 bytes).
 * The payload key is HKDF-SHA256(master key, salt, "komar-backup-v1 payload"):
 * a fresh key per file, so counter nonces never repeat under one key. The key
 * id, HKDF(master key, "komar-backup key id"), names the master key a file
 * needs without revealing anything about it.
 */
export const BACKUP_MAGIC = Buffer.from('KOMARBAK', 'ascii');
export const BACKUP_FORMAT_VERSION = 1;
export const HEADER_LENGTH = 8 + 1 + 4 + 32 + 8;
export const DEFAULT_CHUNK_SIZE = 64 * 1024;
/** A header asking for bigger chunks is refused before any memory is spent on it. */
const MAX_CHUNK_SIZE = 4 * 1024 * 1024;
const TAG_LENGTH = 16;

/** A backup file that cannot be used, with the reason in words for the operator. */
export class BackupError extends Error {}

export type BackupHeader = { version: number; chunkSize: number; salt: Buffer; keyId: string; bytes: Buffer };

/** Names a master key without revealing it: the same key always gives the same 16 hex digits. */
export function backupKeyId(masterKey: Buffer): string {
  return Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'komar-backup key id', 8)).toString('hex');
}

function payloadKey(masterKey: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey, salt, 'komar-backup-v1 payload', 32));
}

export function encodeHeader(masterKey: Buffer, chunkSize = DEFAULT_CHUNK_SIZE): BackupHeader {
  const salt = randomBytes(32);
  const keyId = backupKeyId(masterKey);
  const bytes = Buffer.alloc(HEADER_LENGTH);
  BACKUP_MAGIC.copy(bytes, 0);
  bytes.writeUInt8(BACKUP_FORMAT_VERSION, 8);
  bytes.writeUInt32BE(chunkSize, 9);
  salt.copy(bytes, 13);
  Buffer.from(keyId, 'hex').copy(bytes, 45);
  return { version: BACKUP_FORMAT_VERSION, chunkSize, salt, keyId, bytes };
}

/** Reads and checks a header; throws BackupError saying what is wrong. */
export function decodeHeader(bytes: Buffer): BackupHeader {
  if (bytes.length < HEADER_LENGTH || !bytes.subarray(0, 8).equals(BACKUP_MAGIC)) {
    throw new BackupError('not a Komar backup file (its first bytes are not a Komar backup header)');
  }
  const version = bytes.readUInt8(8);
  if (version !== BACKUP_FORMAT_VERSION) {
    throw new BackupError(
      `this backup uses format version ${version}; this Komar reads version ${BACKUP_FORMAT_VERSION}`,
    );
  }
  const chunkSize = bytes.readUInt32BE(9);
  if (chunkSize < 1024 || chunkSize > MAX_CHUNK_SIZE) throw new BackupError('the backup header is damaged');
  return {
    version,
    chunkSize,
    salt: Buffer.from(bytes.subarray(13, 45)),
    keyId: bytes.subarray(45, 53).toString('hex'),
    bytes: Buffer.from(bytes.subarray(0, HEADER_LENGTH)),
  };
}

/** Refuses, before anything is decrypted or changed, a backup made with another master key. */
export function checkKey(header: BackupHeader, masterKey: Buffer): void {
  const mine = backupKeyId(masterKey);
  if (header.keyId !== mine) {
    throw new BackupError(
      `this backup was made with another master key (key id ${header.keyId}; the key file in use has ${mine}): set KOMAR_KEY_FILE to the key file of the installation that made it`,
    );
  }
}

function nonce(counter: bigint, last: boolean): Buffer {
  const n = Buffer.alloc(12);
  n.writeBigUInt64BE(counter, 3);
  n.writeUInt8(last ? 1 : 0, 11);
  return n;
}

/** Plaintext in, header then sealed chunks out. */
export class EncryptStream extends Transform {
  private readonly key: Buffer;
  private readonly header: BackupHeader;
  private pending: Buffer[] = [];
  private pendingLength = 0;
  private counter = 0n;
  /** Bytes written so far (header and chunks), for the report. */
  written = 0;

  constructor(masterKey: Buffer, chunkSize = DEFAULT_CHUNK_SIZE) {
    super();
    this.header = encodeHeader(masterKey, chunkSize);
    this.key = payloadKey(masterKey, this.header.salt);
    this.out(this.header.bytes);
  }

  private out(b: Buffer) {
    this.written += b.length;
    this.push(b);
  }

  private seal(plain: Buffer, last: boolean) {
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce(this.counter, last));
    cipher.setAAD(this.header.bytes);
    this.out(Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]));
    this.counter += 1n;
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
    this.pending.push(chunk);
    this.pendingLength += chunk.length;
    // Strictly more than a chunk: the last chunk is never empty unless the whole payload is.
    if (this.pendingLength > this.header.chunkSize) {
      let all = Buffer.concat(this.pending);
      while (all.length > this.header.chunkSize) {
        this.seal(all.subarray(0, this.header.chunkSize), false);
        all = all.subarray(this.header.chunkSize);
      }
      this.pending = [all];
      this.pendingLength = all.length;
    }
    done();
  }

  override _flush(done: TransformCallback) {
    this.seal(Buffer.concat(this.pending), true);
    done();
  }
}

/** Header and sealed chunks in, plaintext out; any altered, missing or extra byte is an error. */
export class DecryptStream extends Transform {
  private header: BackupHeader | undefined;
  private key: Buffer | undefined;
  private buffered: Buffer[] = [];
  private counter = 0n;
  private offset = 0;

  constructor(private readonly masterKey: Buffer) {
    super();
  }

  private open(sealed: Buffer, last: boolean): Buffer {
    const header = this.header as BackupHeader;
    const decipher = createDecipheriv('aes-256-gcm', this.key as Buffer, nonce(this.counter, last));
    decipher.setAAD(header.bytes);
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_LENGTH));
    try {
      const plain = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_LENGTH)), decipher.final()]);
      this.counter += 1n;
      this.offset += sealed.length;
      return plain;
    } catch {
      throw new BackupError(
        last
          ? `the backup is truncated or damaged at byte ${this.offset}: its end is missing or was altered`
          : `the backup is damaged or was altered at byte ${this.offset}`,
      );
    }
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
    try {
      this.buffered.push(chunk);
      let all = Buffer.concat(this.buffered);
      if (!this.header) {
        if (all.length < HEADER_LENGTH) {
          this.buffered = [all];
          return done();
        }
        this.header = decodeHeader(all.subarray(0, HEADER_LENGTH));
        checkKey(this.header, this.masterKey);
        this.key = payloadKey(this.masterKey, this.header.salt);
        this.offset = HEADER_LENGTH;
        all = all.subarray(HEADER_LENGTH);
      }
      // Keep at least one sealed chunk back: only the end of the file says which chunk is the last.
      const sealedSize = this.header.chunkSize + TAG_LENGTH;
      while (all.length > sealedSize) {
        this.push(this.open(all.subarray(0, sealedSize), false));
        all = all.subarray(sealedSize);
      }
      this.buffered = [all];
      done();
    } catch (err) {
      done(err as Error);
    }
  }

  override _flush(done: TransformCallback) {
    try {
      if (!this.header) throw new BackupError('not a Komar backup file (it is shorter than a backup header)');
      const rest = Buffer.concat(this.buffered);
      if (rest.length < TAG_LENGTH) {
        throw new BackupError(`the backup is truncated at byte ${this.offset + rest.length}: its end is missing`);
      }
      this.push(this.open(rest, true));
      done();
    } catch (err) {
      done(err as Error);
    }
  }
}
