import { authenticator } from 'otplib';
import QRCode from 'qrcode';

// One step of clock drift either way: phones are often a little off.
authenticator.options = { window: 1 };

export function newTotpSecret(): string {
  return authenticator.generateSecret();
}

export function checkTotp(code: string, secret: string): boolean {
  return /^\d{6}$/.test(code) && authenticator.check(code, secret);
}

/** The otpauth:// URL and its QR code as a data URL, for the enrolment screen. */
export async function enrolmentPayload(
  accountLabel: string,
  secret: string,
): Promise<{ otpauthUrl: string; qrDataUrl: string }> {
  const otpauthUrl = authenticator.keyuri(accountLabel, 'Komar', secret);
  return { otpauthUrl, qrDataUrl: await QRCode.toDataURL(otpauthUrl, { margin: 1, width: 240 }) };
}

/** For tests and the e2e suite: the code an authenticator app would show now. */
export function currentTotp(secret: string): string {
  return authenticator.generate(secret);
}
