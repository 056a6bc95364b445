import type { EncryptedColumn } from '../platform/crypto/rotate.ts';

/**
 * Every field-encrypted column, for `komar keys rotate`. A module that adds an
 * encrypted column lists it here; the rotation test fails for a column that
 * holds ciphertext but is missing from this list.
 */
export const ENCRYPTED_COLUMNS: EncryptedColumn[] = [
  { table: 'users', id: 'id', column: 'totp_secret', context: 'users.totp_secret' },
  { table: 'sessions', id: 'id', column: 'pending_totp_secret', context: 'users.totp_secret' },
];
