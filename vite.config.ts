import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web shell: index.html at the repo root loads /src/web/main.tsx; the
// server (src/server/platform/web.ts) serves the build from dist/web.
// report/index.html is the public reporting site (src/public): a second page
// with no React, so it stays small on slow phones; it shares no code with the staff app.
export default defineConfig({
  plugins: [react()],
  publicDir: 'public',
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    // No inline scripts: the server's CSP forbids them, so never inline the module preload polyfill.
    modulePreload: { polyfill: false },
    sourcemap: false,
    // The budget is < 300 KB of gzipped JS on first load (checked separately); raw size warns too early.
    chunkSizeWarningLimit: 800,
    rollupOptions: {
      input: { main: resolve('index.html'), report: resolve('report/index.html') },
    },
  },
  server: {
    // KOMAR_API points the dev server at another `komar serve` (e.g. on another port).
    proxy: { '/api': process.env.KOMAR_API ?? 'http://127.0.0.1:3000' },
  },
});
