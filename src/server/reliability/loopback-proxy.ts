import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type ProxyFigures = {
  requests: number;
  /** Requests for anything but the one local target: refused, and each one a finding. */
  refused: string[];
  /** Answers 500 and above, by method and path (no query: it holds the payload). */
  serverErrors: string[];
  byStatus: Record<number, number>;
};

export type LoopbackProxy = { url: string; figures: ProxyFigures; close(): Promise<void> };

/**
 * The HTTP proxy sqlmap is given, so that it can reach one thing only:
 * `http://127.0.0.1:<targetPort>`. Anything else is refused with 403 (and
 * counted) instead of leaving the machine. Each forwarded request gets its
 * own X-Forwarded-For address: with `komar serve` trusting one proxy hop, the
 * per-client limits (20 public reports a minute) apply per request, so a
 * payload is answered by the route, not by the rate limiter with 429.
 */
export async function startLoopbackProxy(targetPort: number, listenPort = 0): Promise<LoopbackProxy> {
  const figures: ProxyFigures = { requests: 0, refused: [], serverErrors: [], byStatus: {} };
  let seq = 0;
  const server = http.createServer((req, res) => {
    figures.requests += 1;
    const target = theTarget(req.url, targetPort);
    if (!target) {
      figures.refused.push(`${req.method} ${String(req.url).slice(0, 200)}`);
      res.writeHead(403, { 'content-type': 'text/plain' }).end('only the local Komar under test may be reached');
      return;
    }
    seq += 1;
    const headers = { ...req.headers };
    for (const hop of ['proxy-connection', 'proxy-authorization', 'connection', 'keep-alive']) delete headers[hop];
    headers['x-forwarded-for'] = `10.${(seq >> 16) & 255}.${(seq >> 8) & 255}.${seq & 255}`;
    const upstream = http.request(
      { host: '127.0.0.1', port: targetPort, method: req.method, path: `${target.pathname}${target.search}`, headers },
      (answer) => {
        const status = answer.statusCode ?? 0;
        figures.byStatus[status] = (figures.byStatus[status] ?? 0) + 1;
        if (status >= 500) figures.serverErrors.push(`${req.method} ${target.pathname} → ${status}`);
        res.writeHead(status, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', (err) => {
      figures.serverErrors.push(`${req.method} ${target.pathname} → ${err.message}`);
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  // CONNECT would tunnel anywhere (HTTPS): never.
  server.on('connect', (req, socket) => {
    figures.refused.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(listenPort, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    figures,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The request's absolute URL if it is on http://127.0.0.1:<port>, else undefined. */
function theTarget(requestUrl: string | undefined, port: number): URL | undefined {
  try {
    const url = new URL(requestUrl ?? '');
    const local = url.protocol === 'http:' && url.hostname === '127.0.0.1' && url.port === String(port);
    return local && !url.username && !url.password ? url : undefined;
  } catch {
    return undefined;
  }
}
