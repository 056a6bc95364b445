import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dist/web');

/**
 * Serves the built web app, and index.html for any other non-API GET so that
 * deep links work in the single-page app. All of it is public: the data is
 * behind the API, not the files.
 */
export async function serveWeb(app: FastifyInstance): Promise<void> {
  const hasBuild = fs.existsSync(path.join(WEB_DIR, 'index.html'));
  await app.register(async (scope) => {
    scope.addHook('onRoute', (route) => {
      route.config = { ...route.config, access: 'public' };
    });
    if (hasBuild) {
      await scope.register(fastifyStatic, {
        root: WEB_DIR,
        wildcard: false,
        setHeaders: (res, filePath) => {
          const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
          res.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
        },
      });
    }
  });
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && !request.url.startsWith('/api/');
    if (wantsPage && hasBuild) return reply.header('cache-control', 'no-cache').sendFile('index.html', WEB_DIR);
    if (wantsPage)
      return reply.status(503).type('text/plain').send('The web app is not built: run `npm run build:web`.');
    return reply.status(404).send({ error: 'not_found', message: 'not found or no access' });
  });
}
