import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { zxcvbn, zxcvbnOptions } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';

zxcvbnOptions.setOptions({
  translations: english.translations,
  graphs: common.adjacencyGraphs,
  dictionary: { ...common.dictionary, ...english.dictionary },
});

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

/**
 * Why a new password is refused, or null when it is acceptable. zxcvbn
 * estimates guessability against common-password lists, names and keyboard
 * patterns, which a length-and-symbols regex cannot; `personal` adds the
 * user's own name and email to what it treats as guessable.
 */
export function passwordProblem(password: string, personal: string[] = []): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  const inputs = personal.flatMap((p) => p.toLowerCase().split(/[\s@.]+/)).filter((p) => p.length > 2);
  const result = zxcvbn(password, inputs);
  if (result.score < 3) {
    const hint = result.feedback.warning || 'it is a common or predictable password';
    return `too easy to guess: ${hint}`;
  }
  return null;
}

/** argon2id with the library's defaults (19 MiB, 2 passes: OWASP's recommendation). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** A hash of a random password: verified against when the email is unknown, so timing tells nothing. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hash(randomBytes(16).toString('hex'));
  return decoy;
}

/** A strong password shown once to an administrator, who hands it to the new user. */
export function oneTimePassword(): string {
  // 15 bytes → 20 base64url characters ≈ 120 bits: far beyond guessing, short enough to type.
  return randomBytes(15).toString('base64url');
}
