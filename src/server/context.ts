import type { Config } from './config.ts';
import type { Db } from './db/client.ts';
import type { FieldCipher } from './platform/crypto/field-cipher.ts';

/**
 * What every service function receives: the database, the field cipher and a
 * clock (injectable, so session timeouts and lockouts are testable without waiting).
 */
export type Ctx = {
  db: Db;
  cipher: FieldCipher;
  now: () => Date;
  config: Pick<Config, 'secureCookies'>;
};
