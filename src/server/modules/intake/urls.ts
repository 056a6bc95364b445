/**
 * Reported URLs are data, never links: Komar does not fetch them, and staff
 * see them defanged. Normalising makes the same page reported twice (with a
 * different case, a default port, a fragment or a login prefix) hash the same,
 * so its earlier assessment is found instead of assessed again.
 */

export type NormalisedUrl = {
  /** Canonical form, used for hashing and stored encrypted. */
  normalised: string;
  /** For display: `hxxps://example[.]org/page` — cannot be clicked or auto-linked. */
  defanged: string;
  /** The host as ASCII (IDN as punycode, so look-alike letters cannot hide a domain). */
  host: string;
  /** True when the address carried `user:password@` before the host, a common disguise. */
  hadUserinfo: boolean;
};

/** Parses and normalises an http(s) URL; throws on anything else (the schema refuses those first). */
export function normaliseUrl(raw: string): NormalisedUrl {
  const url = new URL(raw.trim()); // WHATWG: lower-cases scheme and host, punycodes IDN, drops default ports
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('only http and https addresses');
  const hadUserinfo = url.username !== '' || url.password !== '';
  url.username = '';
  url.password = '';
  url.hash = '';
  url.hostname = url.hostname.replace(/\.+$/, ''); // `example.org.` is `example.org`
  const normalised = url.toString();
  return { normalised, defanged: defang(normalised), host: url.hostname, hadUserinfo };
}

/** `https://a.example.org/x` → `hxxps://a[.]example[.]org/x`: only the scheme and the host's dots change. */
export function defang(normalised: string): string {
  const url = new URL(normalised);
  const scheme = url.protocol === 'https:' ? 'hxxps' : 'hxxp';
  const host = url.host.replaceAll('.', '[.]');
  return `${scheme}://${host}${url.pathname}${url.search}`;
}
