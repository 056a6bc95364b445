import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { DecryptStream, EncryptStream, HEADER_LENGTH } from './backup-cipher.ts';

const CHUNK = 1024;
const SEALED = CHUNK + 16;
const key = randomBytes(32);

const encrypt = (plain: Buffer) => buffer(Readable.from([plain]).pipe(new EncryptStream(key, CHUNK)));
/** Decrypts from pieces of odd sizes, so chunk boundaries never line up with reads. */
const decrypt = (sealed: Buffer, k = key) => {
  const pieces: Buffer[] = [];
  for (let i = 0; i < sealed.length; i += 777) pieces.push(sealed.subarray(i, i + 777));
  return buffer(Readable.from(pieces).pipe(new DecryptStream(k)));
};

describe('the backup container (STREAM of AES-256-GCM chunks)', () => {
  it('round-trips any length, including empty and exact multiples of the chunk size', async () => {
    for (const length of [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 5 * CHUNK + 17]) {
      const plain = randomBytes(length);
      const sealed = await encrypt(plain);
      expect(sealed.length).toBe(HEADER_LENGTH + Math.max(1, Math.ceil(length / CHUNK)) * 16 + length);
      expect((await decrypt(sealed)).equals(plain)).toBe(true);
    }
  });

  it('refuses another key before decrypting anything', async () => {
    const sealed = await encrypt(randomBytes(100));
    await expect(decrypt(sealed, randomBytes(32))).rejects.toThrow(/made with another master key/);
  });

  it('detects truncation, also exactly at a chunk boundary', async () => {
    const sealed = await encrypt(randomBytes(3 * CHUNK + 10));
    await expect(decrypt(sealed.subarray(0, HEADER_LENGTH + 2 * SEALED))).rejects.toThrow(/truncated or damaged/);
    await expect(decrypt(sealed.subarray(0, sealed.length - 1))).rejects.toThrow(/truncated or damaged/);
    await expect(decrypt(sealed.subarray(0, HEADER_LENGTH + 5))).rejects.toThrow(/truncated at byte/);
    await expect(decrypt(sealed.subarray(0, 20))).rejects.toThrow(/shorter than a backup header/);
  });

  it('detects reordered, duplicated and altered chunks, an altered header and extra bytes', async () => {
    const sealed = await encrypt(randomBytes(3 * CHUNK + 10));
    const header = sealed.subarray(0, HEADER_LENGTH);
    const chunk = (i: number) => sealed.subarray(HEADER_LENGTH + i * SEALED, HEADER_LENGTH + (i + 1) * SEALED);
    const last = sealed.subarray(HEADER_LENGTH + 3 * SEALED);
    const swapped = Buffer.concat([header, chunk(1), chunk(0), chunk(2), last]);
    await expect(decrypt(swapped)).rejects.toThrow(/damaged or was altered at byte 53/);
    const doubled = Buffer.concat([header, chunk(0), chunk(0), chunk(1), chunk(2), last]);
    await expect(decrypt(doubled)).rejects.toThrow(/damaged or was altered at byte 1093/);
    const altered = Buffer.from(sealed);
    altered[HEADER_LENGTH + SEALED + 5] = (altered[HEADER_LENGTH + SEALED + 5] ?? 0) ^ 1;
    await expect(decrypt(altered)).rejects.toThrow(/damaged or was altered at byte 1093/);
    const otherChunkSize = Buffer.from(sealed);
    otherChunkSize.writeUInt32BE(2 * CHUNK, 9);
    await expect(decrypt(otherChunkSize)).rejects.toThrow(/damaged/);
    const saltChanged = Buffer.from(sealed);
    saltChanged[20] = (saltChanged[20] ?? 0) ^ 1;
    await expect(decrypt(saltChanged)).rejects.toThrow(/damaged or was altered at byte 53/);
    await expect(decrypt(Buffer.concat([sealed, Buffer.from('x')]))).rejects.toThrow(/truncated or damaged/);
    const newer = Buffer.from(sealed);
    newer[8] = 2;
    await expect(decrypt(newer)).rejects.toThrow(/format version 2/);
  });
});
