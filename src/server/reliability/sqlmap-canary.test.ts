import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../testing/test-db.ts';
import { type LoopbackProxy, startLoopbackProxy } from './loopback-proxy.ts';
import { runSqlmap, SQLMAP, sqlmapProfile } from './sqlmap-run.ts';

/**
 * The sqlmap run (scripts/sqlmap.ts) must be able to fail: the same sqlmap
 * invocation, proxy and output reader, pointed at a deliberately injectable
 * endpoint, must report it, and must report nothing on its parameterised twin.
 * Engine-independent (in-memory PGlite), so it runs in the pglite project only.
 */
const installed = spawnSync(SQLMAP, ['--version']).status === 0;
// CI installs sqlmap (.ci/run): there, a missing sqlmap fails instead of skipping.
const runHere = testEngine === 'pglite' && (installed || process.env.CI === 'true');

let db: PGlite;
let server: http.Server;
let proxy: LoopbackProxy;
let serverUrl = '';
let outDir = '';

beforeAll(async () => {
  if (!runHere) return;
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'komar-sqlmap-canary-'));
  db = new PGlite();
  await db.exec(`create table items (name text); insert into items values ('alpha'), ('beta'), ('gamma');`);
  server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const q = url.searchParams.get('q') ?? '';
    try {
      const result =
        url.pathname === '/injectable'
          ? // Deliberately wrong, to prove the detection: never build SQL like this.
            await db.query(`select name from items where name = '${q}'`)
          : await db.query('select name from items where name = $1', [q]);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ items: result.rows }));
    } catch {
      res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"validation"}');
    }
  });
  const pinned = Number(process.env.KOMAR_TEST_PORT ?? 0);
  await new Promise<void>((resolve) => server.listen(pinned ? pinned + 2 : 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  serverUrl = `http://127.0.0.1:${port}`;
  proxy = await startLoopbackProxy(port, pinned ? pinned + 3 : 0);
});
afterAll(async () => {
  if (!runHere) return;
  await proxy.close();
  await new Promise((resolve) => server.close(resolve));
  await db.close();
  fs.rmSync(outDir, { recursive: true, force: true });
});

describe.runIf(runHere)('the sqlmap run', { timeout: 120_000 }, () => {
  const run = (pathname: string) =>
    runSqlmap(
      { name: pathname, method: 'GET', path: `${pathname}?q=alpha`, as: 'nobody' },
      { serverUrl, proxyUrl: proxy.url, outDir, profile: sqlmapProfile(false) },
    );

  it('reports a string concatenated into SQL as injectable', async () => {
    const verdict = await run('/injectable');
    expect(verdict.injectable).toEqual(['GET q']);
    expect(proxy.figures.refused).toEqual([]);
  });

  it('reports nothing on the parameterised query', async () => {
    const verdict = await run('/parameterised');
    expect(verdict).toMatchObject({ tested: ['GET q'], injectable: [], completed: true });
  });
});

describe('the loopback proxy', () => {
  it('refuses anything but the one local target', async () => {
    const local = await startLoopbackProxy(1);
    try {
      const { port } = new URL(local.url);
      const status = (target: string) =>
        new Promise<number>((resolve, reject) => {
          const req = http.request({ host: '127.0.0.1', port, path: target, method: 'GET' }, (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          });
          req.on('error', reject);
          req.end();
        });
      expect(await status('http://example.org/')).toBe(403);
      expect(await status('http://127.0.0.1:2/api')).toBe(403);
      expect(await status('http://user:pw@127.0.0.1:1/api')).toBe(403);
      expect(await status('/relative')).toBe(403);
      expect(local.figures.refused).toHaveLength(4);
    } finally {
      await local.close();
    }
  });
});
