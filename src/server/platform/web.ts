import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dist/web');

/**
 * Serves the built web app: files by path, and index.html for any other page
 * path so that deep links and reloads work in the single-page app. All of it
 * is public: the data is behind the API, not the files. Files are looked up
 * per request, so a rebuild is served without a restart.
 */
export async function serveWeb(app: FastifyInstance): Promise<void> {
  // Compressed on the way out: the public report page must load fast on a 3G phone. Only these
  // files, never API answers, which mix secrets with what a client sent (the BREACH attack).
  await app.register(fastifyCompress, { global: false, threshold: 1024 });
  await app.register(fastifyStatic, { root: WEB_DIR, serve: false });
  app.get('/*', { config: { access: 'public' }, compress: {}, schema: { hide: true } }, (request, reply) => {
    const file = (request.params as { '*': string })['*'];
    if (request.url.startsWith('/api/')) return reply.callNotFound();
    if (path.extname(file)) {
      // Vite names built assets by content hash: they never change, so cache them for good.
      const immutable = file.startsWith('assets/');
      return reply.sendFile(file, { immutable, maxAge: immutable ? '365d' : 0 });
    }
    // The public reporting site is its own small page (no staff app code); the rest is the staff app.
    const page = file === 'report' || file.startsWith('report/') ? 'report/index.html' : 'index.html';
    if (!fs.existsSync(path.join(WEB_DIR, page))) {
      return reply.status(503).type('text/plain').send('The web app is not built: run `npm run build:web`.');
    }
    return reply.header('cache-control', 'no-cache').sendFile(page, { maxAge: 0 });
  });
  app.setNotFoundHandler((_request, reply) =>
    reply.status(404).send({ error: 'not_found', message: 'not found or no access' }),
  );
}
