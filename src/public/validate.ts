// One definition with the server, from a file without zod so the page stays small.
import { MAX_DESCRIPTION, MAX_PLACE, MAX_URLS } from '../shared/report-codes.ts';
import type { Draft } from './draft.ts';
import type { Lang } from './i18n.ts';

export { MAX_DESCRIPTION, MAX_PLACE, MAX_URLS, REPORT_CATEGORIES as CATEGORIES } from '../shared/report-codes.ts';

/** Field path (as the server names it) → translation key of the message shown next to the field. */
export type Errors = Record<string, string>;

export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** People type "example.com/page": add the scheme rather than reject what they clearly meant. */
export function fixAddress(value: string): string {
  const v = value.trim();
  return v && !v.includes('://') && /^[^\s/]+\.[^\s]+$/.test(v) ? `https://${v}` : v;
}

export const today = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** The same rules as the server, so most mistakes are caught without a slow round trip. */
export function validate(draft: Draft): Errors {
  const errors: Errors = {};
  if (!draft.category) errors.category = 'errors.category';
  if (draft.category === 'online_content') {
    const filled = draft.urls.filter((u) => u.trim());
    if (filled.length === 0) errors['urls.0'] = 'errors.urlsRequired';
    if (filled.length > MAX_URLS) errors.urls = 'errors.urlsTooMany';
    draft.urls.forEach((u, i) => {
      if (u.trim() && !isWebAddress(u.trim())) errors[`urls.${i}`] = 'errors.url';
    });
  }
  if (!draft.description.trim()) errors.description = 'errors.description';
  else if (draft.description.length > MAX_DESCRIPTION) errors.description = 'errors.descriptionLong';
  if (draft.place.length > MAX_PLACE) errors.place = 'errors.placeLong';
  if (draft.occurredOn && (!/^\d{4}-\d{2}-\d{2}$/.test(draft.occurredOn) || draft.occurredOn > today())) {
    errors.occurredOn = 'errors.occurredOn';
  }
  if (draft.contactMode === 'contact') {
    const email = draft.email.trim();
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors['contact.email'] = 'errors.email';
    if (!draft.phone.trim() && !email) errors['contact.phone'] = 'errors.contactMissing';
  }
  return errors;
}

/** A server message (English, for developers) turned into one of our translated messages. */
export function serverMessageKey(path: string, message: string): string {
  const long = /at most|too long|too big/i.test(message);
  if (path === 'category') return 'errors.category';
  if (path === 'description') return long ? 'errors.descriptionLong' : 'errors.description';
  if (path === 'urls') return /at most/.test(message) ? 'errors.urlsTooMany' : 'errors.urlsRequired';
  if (path.startsWith('urls.')) return long ? 'errors.urlLong' : 'errors.url';
  if (path === 'province') return 'errors.province';
  if (path === 'place') return 'errors.placeLong';
  if (path === 'occurredOn') return 'errors.occurredOn';
  if (path === 'contact.email') return long ? 'errors.tooLong' : 'errors.email';
  if (path.startsWith('contact.')) return 'errors.tooLong';
  return 'errors.generic';
}

/** The request body of the contract: only what the person chose to give. */
export function toBody(draft: Draft, language: Lang, website: string): Record<string, unknown> {
  const body: Record<string, unknown> = { category: draft.category, description: draft.description.trim(), language };
  if (draft.category === 'online_content') body.urls = draft.urls.map((u) => u.trim()).filter(Boolean);
  if (draft.province) body.province = draft.province;
  if (draft.place.trim()) body.place = draft.place.trim();
  if (draft.occurredOn) body.occurredOn = draft.occurredOn;
  if (draft.emergency) body.emergency = true;
  if (draft.contactMode === 'contact') {
    const contact = Object.fromEntries(
      (['name', 'phone', 'email'] as const).map((k) => [k, draft[k].trim()]).filter(([, v]) => v),
    );
    if (Object.keys(contact).length > 0) body.contact = contact;
  }
  // The honeypot goes out only when something (a bot) filled it; the server then stores nothing.
  if (website) body.website = website;
  return body;
}
