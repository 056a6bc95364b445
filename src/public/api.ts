/**
 * The public report API (shared/contracts/data-exchange.md, "Public report
 * API"). Every call resolves to a result, never throws: the pages turn each
 * kind of failure into a plain, translated sentence.
 */
export type Info = { organisationName: string; policeNumber: string; hotlineNumber: string };
export type Receipt = { trackingCode: string; secret: string };
export type Status = { trackingCode: string; status: 'received' | 'in_review' | 'closed'; receivedAt: string };

export type Failure =
  | { kind: 'validation'; fields: Record<string, string> }
  | { kind: 'rate_limited' | 'too_large' | 'not_found' | 'conflict' | 'network' | 'server' };
export type Result<T> = { ok: true; data: T } | ({ ok: false } & Failure);

/** The organisation's published numbers, used when the settings cannot be fetched. */
export const FALLBACK_INFO: Info = {
  organisationName: 'APLE Cambodia',
  policeNumber: '1288',
  hotlineNumber: '092 311 511',
};

// A slow 3G request can take many seconds; give up late rather than too early (retries are safe anyway).
const TIMEOUT_MS = 60_000;

/** AbortSignal.timeout() without needing a 2022+ browser (old Android phones). */
function timeout(ms: number): AbortSignal {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), ms);
  return controller.signal;
}

async function request<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  try {
    const res = await fetch(path, {
      method,
      headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      // No cookies: the public site has no session, and reports are anonymous.
      credentials: 'omit',
      signal: timeout(TIMEOUT_MS),
    });
    const json = await res.json().catch(() => ({}));
    if (res.ok) return { ok: true, data: json as T } as const;
    return { ok: false, ...failureOf(res.status, json) } as const;
  } catch {
    return { ok: false, kind: 'network' } as const;
  }
}

function failureOf(status: number, json: { error?: string; fields?: Record<string, string> }): Failure {
  if (status === 400 && json.error === 'validation') return { kind: 'validation', fields: json.fields ?? {} };
  if (status === 404) return { kind: 'not_found' };
  if (status === 409) return { kind: 'conflict' };
  if (status === 413) return { kind: 'too_large' };
  if (status === 429) return { kind: 'rate_limited' };
  return { kind: 'server' };
}

let infoPromise: Promise<Info> | undefined;

/** Organisation name and emergency numbers (an admin can change them), fetched once per visit. */
export function info(): Promise<Info> {
  infoPromise ??= fetch('/api/public/info', { signal: timeout(15_000) })
    .then((res) => (res.ok ? res.json() : Promise.reject(new Error(String(res.status)))))
    .then((data: Partial<Info>) => ({ ...FALLBACK_INFO, ...data }))
    .catch(() => FALLBACK_INFO);
  return infoPromise;
}

export const sendReport = (body: object, idempotencyKey: string): Promise<Result<Receipt>> =>
  request<Receipt>('POST', '/api/public/reports', body, { 'idempotency-key': idempotencyKey });

/**
 * Codes and secrets are plain ASCII; anything else (a stray Khmer letter)
 * cannot be a match and would make fetch() throw on the header, so answer
 * "not found" without asking.
 */
const clean = (value: string) => value.replace(/\s+/g, '');
const usable = (value: string) => /^[\x21-\x7e]{1,100}$/.test(value);

export async function reportStatus(code: string, secret: string): Promise<Result<Status>> {
  if (!usable(clean(code)) || !usable(clean(secret))) return { ok: false, kind: 'not_found' };
  return request<Status>('GET', `/api/public/reports/${encodeURIComponent(clean(code))}`, undefined, {
    'x-report-secret': clean(secret),
  });
}

export async function addMessage(code: string, secret: string, message: string): Promise<Result<object>> {
  if (!usable(clean(code)) || !usable(clean(secret))) return { ok: false, kind: 'not_found' };
  return request<object>(
    'POST',
    `/api/public/reports/${encodeURIComponent(clean(code))}/messages`,
    { message },
    {
      'x-report-secret': clean(secret),
    },
  );
}
