/**
 * The half-filled report, kept so a reload or a lost connection does not
 * throw away what someone struggled to write.
 *
 * sessionStorage, NOT localStorage: a family often shares one phone, and a
 * child's report must not stay on it after the tab is closed. The draft is
 * also wiped after a successful send and by "Clear form".
 */
export type Draft = {
  /** Idempotency-Key for this one report: a retry after a network error never creates a second report. */
  key: string;
  category: string;
  description: string;
  urls: string[];
  province: string;
  place: string;
  occurredOn: string;
  emergency: boolean;
  contactMode: 'anonymous' | 'contact';
  name: string;
  phone: string;
  email: string;
};

const STORAGE_KEY = 'komar.public.draft';

/** crypto.randomUUID() needs HTTPS (or localhost); fall back to getRandomValues on a plain-HTTP install. */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function emptyDraft(): Draft {
  return {
    key: newKey(),
    category: '',
    description: '',
    urls: [''],
    province: '',
    place: '',
    occurredOn: '',
    emergency: false,
    contactMode: 'anonymous',
    name: '',
    phone: '',
    email: '',
  };
}

export function loadDraft(): Draft {
  try {
    const saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<Draft> | null;
    if (!saved || typeof saved !== 'object') return emptyDraft();
    const draft = { ...emptyDraft(), ...saved };
    // Only well-formed values come back: the stored copy could be from an older version of the page.
    if (!Array.isArray(draft.urls) || draft.urls.length === 0) draft.urls = [''];
    draft.urls = draft.urls.map(String);
    if (draft.contactMode !== 'contact') draft.contactMode = 'anonymous';
    draft.emergency = draft.emergency === true;
    return draft;
  } catch {
    return emptyDraft();
  }
}

export function saveDraft(draft: Draft): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(draft));
  } catch {
    // Storage full or blocked: the form still works, it just will not survive a reload.
  }
}

export function clearDraft(): void {
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing was stored.
  }
}

/** True when the person has typed or chosen anything (the key alone is not content). */
export function hasContent(draft: Draft): boolean {
  const { key: _key, contactMode, emergency, urls, ...text } = draft;
  return emergency || contactMode === 'contact' || urls.some(Boolean) || Object.values(text).some(Boolean);
}
