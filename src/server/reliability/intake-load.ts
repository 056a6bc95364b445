/**
 * An intake load as the public site produces it: many reporters, each from
 * their own address, posting reports concurrently. `komar serve` runs with
 * KOMAR_TRUST_PROXY=1 so each request's X-Forwarded-For is its client: the
 * per-client limit on public submissions (20 a minute) then holds per
 * reporter, as in a deployment, instead of stopping one load generator.
 */
export type Receipt = { trackingCode: string; secret: string };

export type LoadResult = {
  /** Every report answered 201, including answers read after the kill (sent before it). */
  acknowledged: Receipt[];
  /** Requests sent and not yet answered when the kill was sent. */
  inFlightAtKill: number;
  /** Answers other than 201, or failures before the kill: each one is a finding. */
  unexpected: string[];
};

let reporterSeq = 0;
/** A distinct documentation-range-like private address per request (10.0.0.0/8). */
function nextReporterAddress(): string {
  reporterSeq += 1;
  return `10.${(reporterSeq >> 16) & 255}.${(reporterSeq >> 8) & 255}.${reporterSeq & 255}`;
}

const CATEGORIES = ['sexual_abuse', 'grooming', 'suspicious_behaviour', 'trafficking', 'other'] as const;

/** A synthetic report: no real person, place or address in it. */
function syntheticReport(n: number) {
  return {
    category: CATEGORIES[n % CATEGORIES.length],
    description: `Synthetic crash-safety report ${n}: ${'a test of durability. '.repeat(1 + (n % 5))}ការធ្វើតេស្ត`,
    province: 'siem_reap',
    language: n % 2 ? 'km' : 'en',
    emergency: n % 7 === 0,
  };
}

/**
 * Posts reports with `concurrency` workers until `killAfter` have been
 * acknowledged, then calls `kill` while the rest are in flight, and waits for
 * every request to settle.
 */
export async function loadUntilKilled(
  url: string,
  opts: { concurrency: number; killAfter: number; kill: () => Promise<void> },
): Promise<LoadResult> {
  const acknowledged: Receipt[] = [];
  const unexpected: string[] = [];
  let inFlight = 0;
  let inFlightAtKill = -1;
  let killing: Promise<void> | undefined;
  let sent = 0;

  const worker = async () => {
    while (!killing) {
      sent += 1;
      const n = sent;
      inFlight += 1;
      try {
        const res = await fetch(`${url}/api/public/reports`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': nextReporterAddress() },
          body: JSON.stringify(syntheticReport(n)),
          signal: AbortSignal.timeout(60_000),
        });
        const body = (await res.json()) as Receipt & { error?: string };
        if (res.status === 201) acknowledged.push({ trackingCode: body.trackingCode, secret: body.secret });
        else unexpected.push(`POST answered ${res.status} ${body.error ?? ''}`);
      } catch (err) {
        // After the kill a refused or cut connection is what a crash looks like; before it, a finding.
        if (!killing) unexpected.push(`POST failed before the kill: ${(err as Error).message}`);
      } finally {
        inFlight -= 1;
      }
      // An unexpected answer ends the load at once: the test reports it rather than running to its timeout.
      if (!killing && (acknowledged.length >= opts.killAfter || unexpected.length > 0)) {
        inFlightAtKill = inFlight;
        killing = opts.kill();
      }
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  await killing;
  return { acknowledged, inFlightAtKill, unexpected };
}

/**
 * Looks each receipt up through the public status API (code and secret):
 * what a reporter would do. Returns the tracking codes not found.
 */
export async function missingReports(url: string, receipts: Receipt[], concurrency = 8): Promise<string[]> {
  const missing: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < receipts.length) {
      const receipt = receipts[next++] as Receipt;
      const res = await fetch(`${url}/api/public/reports/${encodeURIComponent(receipt.trackingCode)}`, {
        headers: { 'x-report-secret': receipt.secret, 'x-forwarded-for': nextReporterAddress() },
        signal: AbortSignal.timeout(60_000),
      });
      await res.arrayBuffer();
      if (res.status !== 200) missing.push(`${receipt.trackingCode} (${res.status})`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return missing;
}
