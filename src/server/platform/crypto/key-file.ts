import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export class KeyFileError extends Error {}

const FORMAT = 'komar-master-key-v1';

/**
 * Loads the master key that wraps the field-encryption data keys, creating it
 * on first run. Losing this file means losing every encrypted field, so its
 * creation is announced loudly (on stderr, never in the logs).
 */
export function loadOrCreateMasterKey(keyFile: string, notify: (msg: string) => void): Buffer {
  if (fs.existsSync(keyFile)) return readKeyFile(keyFile);
  fs.mkdirSync(path.dirname(keyFile), { recursive: true, mode: 0o700 });
  const key = randomBytes(32);
  const body = JSON.stringify({ format: FORMAT, key: key.toString('base64'), createdAt: new Date().toISOString() });
  fs.writeFileSync(keyFile, `${body}\n`, { flag: 'wx', mode: 0o600 });
  notify(
    [
      '',
      '**************************************************************************',
      '*  A NEW ENCRYPTION KEY WAS CREATED:',
      `*    ${keyFile}`,
      '*  BACK IT UP NOW, somewhere other than this machine. Without it, every',
      '*  encrypted field (notes, contact details, second-factor secrets) is lost.',
      '**************************************************************************',
      '',
    ].join('\n'),
  );
  return key;
}

function readKeyFile(keyFile: string): Buffer {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(keyFile, 'utf8'));
  } catch {
    throw new KeyFileError(`the key file ${keyFile} is not readable JSON`);
  }
  const p = parsed as { format?: unknown; key?: unknown };
  const key = typeof p.key === 'string' ? Buffer.from(p.key, 'base64') : Buffer.alloc(0);
  if (p.format !== FORMAT || key.length !== 32) {
    throw new KeyFileError(`the key file ${keyFile} is not a Komar master key (${FORMAT}, 32 bytes)`);
  }
  return key;
}
