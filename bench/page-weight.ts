/**
 * First page load weight: the JavaScript and CSS a browser fetches to show
 * the staff app (`/`) and the public reporting site (`/report/`), gzipped,
 * read from a production build's HTML (its module scripts, module preloads and
 * stylesheets, i.e. the entry and every chunk it imports statically; chunks
 * loaded later by a dynamic import are not counted). Budget (DESIGN.md):
 * < 300 KB of JavaScript gzipped. Baseline, same run: React and ReactDOM
 * alone (production, minified, gzipped), the framework the staff app is built on.
 *
 * The build goes to a temporary directory (the same `vite build` as
 * `npm run build:web`), so it measures the current source and never touches
 * dist/web; BENCH_WEB_DIST=dist/web measures an existing build instead.
 *
 *   npx tsx bench/page-weight.ts
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { isMain, type Row } from './lib.ts';
import { printRows } from './table.ts';

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const gzipped = (data: Buffer | Uint8Array) => gzipSync(data).length;

/** The files an HTML page makes the browser fetch before it runs: module scripts, module preloads, stylesheets. */
export function firstLoadAssets(html: string): { js: string[]; css: string[] } {
  const js = new Set<string>();
  const css = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (!url || /^(https?:)?\/\//.test(url)) continue;
    if (tag.startsWith('<script') && /type="module"/.test(tag)) js.add(url);
    else if (/rel="modulepreload"/.test(tag)) js.add(url);
    else if (/rel="stylesheet"/.test(tag)) css.add(url);
  }
  return { js: [...js], css: [...css] };
}

function weigh(dist: string, page: string) {
  const html = fs.readFileSync(path.join(dist, page), 'utf8');
  const assets = firstLoadAssets(html);
  if (assets.js.length === 0) throw new Error(`${page}: no module script found in the built HTML`);
  const size = (urls: string[]) =>
    urls.reduce((sum, url) => sum + gzipped(fs.readFileSync(path.join(dist, url.replace(/^\//, '')))), 0);
  return { js: size(assets.js), css: size(assets.css), files: assets.js.length + assets.css.length };
}

/** React + ReactDOM's client, bundled for production and minified, gzipped. */
async function reactAlone(): Promise<number> {
  const out = await build({
    stdin: {
      contents:
        "import { createElement } from 'react'; import { createRoot } from 'react-dom/client'; globalThis.r = [createElement, createRoot];",
      resolveDir: process.cwd(),
    },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return gzipped(out.outputFiles[0]?.contents ?? new Uint8Array());
}

function buildWeb(): { dist: string; cleanup: () => void } {
  if (process.env.BENCH_WEB_DIST) return { dist: path.resolve(process.env.BENCH_WEB_DIST), cleanup: () => {} };
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'komar-bench-web-'));
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', dist, '--emptyOutDir'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return { dist, cleanup: () => fs.rmSync(dist, { recursive: true, force: true }) };
}

export async function benchPageWeight(): Promise<Row[]> {
  const { dist, cleanup } = buildWeb();
  try {
    const react = await reactAlone();
    const area = 'page weight';
    const reactWhat = 'React + ReactDOM alone (production, minified, gzipped)';
    const rows: Row[] = [];
    for (const [name, page] of [
      ['staff app, first load', 'index.html'],
      ['public report site /report/, first load', 'report/index.html'],
    ] as const) {
      const w = weigh(dist, page);
      rows.push(
        {
          area,
          measure: `${name}: JavaScript, gzipped`,
          db: '—',
          value: kb(w.js),
          unit: 'KB',
          goal: '< 300 KB',
          baseline: kb(react),
          baselineWhat: reactWhat,
          ratio: w.js / react,
          meets: w.js < 300 * 1024,
        },
        {
          area,
          measure: `${name}: JavaScript + CSS, gzipped (${w.files} files)`,
          db: '—',
          value: kb(w.js + w.css),
          unit: 'KB',
          goal: '—',
          baseline: null,
          ratio: null,
          meets: null,
          // DevTools' "Regular 3G" (750 kbit/s): the download alone, before any round trip.
          note: `${(((w.js + w.css) * 8) / 750_000).toFixed(1)} s on 3G at 750 kbit/s`,
        },
      );
    }
    return rows;
  } finally {
    cleanup();
  }
}

if (isMain(import.meta.url)) printRows('First page load', await benchPageWeight());
