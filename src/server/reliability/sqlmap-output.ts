/** What one sqlmap run over one target found, read from its console output. */
export type SqlmapVerdict = {
  /** Parameters sqlmap finished testing, as it names them (`GET q`, `URI #1*`, `(custom) POST JSON category` …). */
  tested: string[];
  /** Parameters sqlmap confirmed injectable: each one is a finding. */
  injectable: string[];
  /** sqlmap ran to its end over every parameter (else the run proves nothing: a finding too). */
  completed: boolean;
  /** sqlmap's critical messages other than the "nothing injectable" conclusion. */
  critical: string[];
};

// sqlmap starts some lines with a carriage return or terminal escapes, then `[hh:mm:ss] [LEVEL] `.
const strip = (line: string) =>
  line
    // biome-ignore lint/suspicious/noControlCharactersInRegex: terminal escapes are what is removed here
    .replace(/\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]|\r/g, '')
    .replace(/^\[\d\d:\d\d:\d\d\] \[[A-Z]+\] /, '');

/**
 * Reads sqlmap 1.7's console output. Its phrases are stable across releases:
 * "… parameter 'x' does not seem to be injectable" closes a parameter,
 * "sqlmap identified the following injection point(s)" opens the list of
 * confirmed ones (each "Parameter: x (GET)"), and "all tested parameters do
 * not appear to be injectable" ends a clean run.
 */
export function readSqlmapOutput(output: string): SqlmapVerdict {
  const lines = output.split(/\r?\n/);
  const tested = new Set<string>();
  const injectable = new Set<string>();
  const critical: string[] = [];
  let inPoints = false;
  let cleanEnd = false;
  for (const raw of lines) {
    const line = strip(raw);
    // Headers come without a place: "parameter 'User-Agent' does not seem to be injectable".
    const notInjectable = /^(?:(.+?) )?parameter '([^']+)' does not seem to be injectable/.exec(line);
    if (notInjectable) tested.add(`${notInjectable[1] ?? 'header'} ${notInjectable[2]}`);
    const confirmed = /^(?:(.+?) )?parameter '([^']+)' is '.+' injectable/.exec(line);
    if (confirmed) tested.add(`${confirmed[1] ?? 'header'} ${confirmed[2]}`);
    if (/identified the following injection point/.test(line)) inPoints = true;
    const point = inPoints ? /^Parameter: (.+?) \((.+)\)$/.exec(line.trim()) : null;
    if (point) injectable.add(`${point[2]} ${point[1]}`);
    if (/all tested parameters do not appear to be injectable/.test(line)) cleanEnd = true;
    else if (/\[CRITICAL\]/.test(raw) && !/heavily dynamic/.test(line)) critical.push(line);
  }
  return {
    tested: [...tested],
    injectable: [...injectable],
    completed: cleanEnd || injectable.size > 0,
    critical,
  };
}
