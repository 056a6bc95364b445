import type { TFunction } from 'i18next';

/** A file's size for people: "830 bytes", "12.4 KB", "3.1 MB" (1 KB = 1,024 bytes, as file managers count). */
export function formatSize(t: TFunction, bytes: number): string {
  const one = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
  if (bytes < 1024) return t('imports.size.bytes', { n: one.format(bytes) });
  if (bytes < 1024 * 1024) return t('imports.size.kb', { n: one.format(bytes / 1024) });
  return t('imports.size.mb', { n: one.format(bytes / 1024 / 1024) });
}
