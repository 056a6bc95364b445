/// <reference types="vite/client" />
import enCore from './en.json';
import kmCore from './km.json';

type Tree = { [key: string]: string | Tree };

/**
 * The texts of one language: the shared core file, plus one file per feature
 * (`en/calls.json` holds the keys `calls.*`). Feature files keep each area's
 * texts together and let areas grow without editing one huge file.
 */
function merge(core: Tree, features: Record<string, { default: Tree }>): Tree {
  const out: Tree = { ...core };
  for (const [file, mod] of Object.entries(features)) {
    const name = /([^/]+)\.json$/.exec(file)?.[1] as string;
    if (name in out) throw new Error(`i18n: ${file} clashes with the core key "${name}"`);
    out[name] = mod.default;
  }
  return out;
}

export const en = merge(enCore as Tree, import.meta.glob<{ default: Tree }>('./en/*.json', { eager: true }));
export const km = merge(kmCore as Tree, import.meta.glob<{ default: Tree }>('./km/*.json', { eager: true }));
export type { Tree };
