import km from './i18n/km.json';

/**
 * Translations. Khmer is the default and is bundled with the page; English is
 * a separate file fetched only when someone picks it, so the Khmer page stays
 * small on a slow connection. A plain JSON asset rather than import(): no
 * module preload helper to download. (It is far above Vite's 4 KB inlining
 * limit, so it is a real file, which the CSP's connect-src 'self' allows.)
 */
const EN_URL = new URL('./i18n/en.json', import.meta.url).href;
export type Lang = 'km' | 'en';
type Tree = { [key: string]: string | Tree };

const STORAGE_KEY = 'komar.public.lang';
const dictionaries: Partial<Record<Lang, Tree>> = { km };
let current: Lang = 'km';

export const lang = (): Lang => current;

/** The remembered language (a preference, not personal data, so localStorage is fine). */
export function savedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'km';
  } catch {
    return 'km'; // storage can be blocked (private mode, settings): Khmer then
  }
}

export async function setLang(next: Lang): Promise<void> {
  if (!dictionaries[next]) {
    const res = await fetch(EN_URL);
    if (!res.ok) throw new Error(`translations: ${res.status}`);
    dictionaries[next] = (await res.json()) as Tree;
  }
  current = next;
  document.documentElement.lang = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Not remembered: the page still works in the chosen language.
  }
}

function lookup(tree: Tree | undefined, key: string): string | undefined {
  let node: Tree | string | undefined = tree;
  for (const part of key.split('.')) {
    if (!node || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** `t(key, { n: 2 })`: the text for the current language, with {{n}} filled in. Falls back to Khmer, then the key. */
export function t(key: string, vars: Record<string, string | number> = {}): string {
  const text = lookup(dictionaries[current], key) ?? lookup(km, key) ?? key;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}
