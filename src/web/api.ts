/**
 * The one way the web app talks to the server. Sessions live in an httpOnly
 * cookie, so the only secret the page holds is the CSRF token, which every
 * non-GET request must carry in `x-csrf-token`.
 */

/** An error answer from the API (or a network failure, status 0), typed so pages can translate it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
    readonly fields?: Record<string, string>,
    readonly retryAfter?: number,
    readonly stage?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: Promise<string> | null = null;

async function fetchCsrfToken(): Promise<string> {
  const body = await send<{ token: string }>('GET', '/api/auth/csrf');
  return body.token;
}

/** Fetches a fresh CSRF token; called at start, after sign-in and sign-out, and when the server refuses one. */
export function refreshCsrf(): Promise<string> {
  const pending = fetchCsrfToken();
  csrfToken = pending;
  // A failed fetch must not stick: the next request tries again.
  pending.catch(() => {
    if (csrfToken === pending) csrfToken = null;
  });
  return pending;
}

function currentCsrf(): Promise<string> {
  return csrfToken ?? refreshCsrf();
}

/** A body given as a Blob (a chosen file) is sent as it is, with the Blob's type; any other body as JSON. */
async function send<T>(method: string, path: string, body?: unknown, token?: string): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const file = body instanceof Blob ? body : null;
  if (body !== undefined) headers['content-type'] = file ? file.type : 'application/json';
  if (token) headers['x-csrf-token'] = token;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : (file ?? JSON.stringify(body)),
    });
  } catch {
    throw new ApiError(0, 'network', 'the server cannot be reached');
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    // A proxy's HTML error page, for example: fall through with no body.
  }
  if (response.ok) return data as T;
  const e = (data ?? {}) as Partial<{
    error: string;
    message: string;
    fields: Record<string, string>;
    retryAfter: number;
    stage: string;
  }>;
  throw new ApiError(
    response.status,
    e.error ?? (response.status >= 500 ? 'internal' : 'unknown'),
    e.message ?? response.statusText,
    e.fields,
    e.retryAfter,
    e.stage,
  );
}

/** Sends a request; for changes it adds the CSRF token and retries once with a fresh token if it was refused. */
export async function api<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  if (method === 'GET') return send<T>(method, path);
  try {
    return await send<T>(method, path, body, await currentCsrf());
  } catch (err) {
    if (!(err instanceof ApiError && err.status === 403 && err.error === 'csrf')) throw err;
    return send<T>(method, path, body, await refreshCsrf());
  }
}

/**
 * Sends a file as the request body, not JSON (e.g. a CSV import as `text/csv`),
 * with the CSRF token and error handling of api(). The file streams from disk;
 * the page never reads it into memory.
 */
export function apiUpload<T>(path: string, file: Blob, contentType: string): Promise<T> {
  // slice() relabels the same bytes: a chosen .csv may say application/vnd.ms-excel, or nothing.
  return api<T>('POST', path, file.slice(0, file.size, contentType));
}

/** Builds a query string from the filled-in values only: the API rejects empty parameters. */
export function queryString(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}
