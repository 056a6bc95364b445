import { describe, expect, it } from 'vitest';
import { reportedUrl } from '../../../shared/intake.ts';
import { defang, normaliseUrl } from './urls.ts';

describe('reported URLs', () => {
  it('are normalised so the same page hashes the same', () => {
    const forms = [
      'https://Example.ORG/Page?id=1',
      'HTTPS://example.org:443/Page?id=1#section',
      'https://someone:secret@example.org/Page?id=1',
      '  https://example.org./Page?id=1  ',
    ];
    expect(new Set(forms.map((f) => normaliseUrl(f).normalised))).toEqual(new Set(['https://example.org/Page?id=1']));
  });

  it('keep what makes a page different: path case, query, non-default ports', () => {
    expect(normaliseUrl('http://example.org:8080/A').normalised).toBe('http://example.org:8080/A');
    expect(normaliseUrl('http://example.org/a').normalised).not.toBe(normaliseUrl('http://example.org/A').normalised);
  });

  it('show international domains as punycode, so look-alike letters cannot hide a host', () => {
    const u = normaliseUrl('https://éxample.org/x');
    expect(u.host).toBe('xn--xample-9ua.org');
    expect(u.defanged).toBe('hxxps://xn--xample-9ua[.]org/x');
    // Cyrillic "а" in "pаypal" is not the Latin one.
    expect(normaliseUrl('https://pаypal.com/').host).toMatch(/^xn--/);
  });

  it('expose the real host behind a login prefix', () => {
    const u = normaliseUrl('https://trusted.example@evil.example/login');
    expect(u.hadUserinfo).toBe(true);
    expect(u.host).toBe('evil.example');
    expect(u.defanged).toBe('hxxps://evil[.]example/login');
  });

  it('are defanged: scheme and host dots only', () => {
    expect(defang('http://1.2.3.4:81/a.b/c?d=e.f')).toBe('hxxp://1[.]2[.]3[.]4:81/a.b/c?d=e.f');
    expect(defang('https://[::1]/x')).toBe('hxxps://[::1]/x');
  });

  it('refuse anything but http and https', () => {
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'file:///etc/passwd',
      'ftp://example.org/',
      'example.org',
      '//example.org',
      'http://',
    ]) {
      expect(reportedUrl.safeParse(bad).success, bad).toBe(false);
    }
    expect(() => normaliseUrl('javascript:alert(1)')).toThrow();
    expect(reportedUrl.safeParse('https://example.org/ok').success).toBe(true);
  });
});
