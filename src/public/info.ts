import { FALLBACK_INFO, type Info, info } from './api.ts';

/**
 * The organisation's name and emergency numbers on every page. Elements ask
 * for a value with `data-info="policeNumber"`; they are filled when the
 * settings arrive. If that takes long (3G), the published numbers are shown
 * meanwhile so that nobody in an emergency waits on a spinner; the real
 * settings replace them as soon as they come.
 */
let current: Info | undefined;
const FALLBACK_AFTER_MS = 3000;

export function startInfo(onChange: () => void): void {
  const timer = setTimeout(() => {
    current ??= FALLBACK_INFO;
    onChange();
  }, FALLBACK_AFTER_MS);
  void info().then((value) => {
    clearTimeout(timer);
    current = value;
    onChange();
  });
}

/** `tel:` wants digits and a leading +; "092 311 511" → "tel:092311511". */
export const telHref = (number: string): string => `tel:${number.replace(/[^\d+]/g, '')}`;

export function fillInfo(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-info]')) {
    const value = current?.[el.dataset.info as keyof Info];
    el.textContent = value ?? '…';
    const link = el.closest('a[data-tel]');
    if (link && value) link.setAttribute('href', telHref(value));
  }
}
