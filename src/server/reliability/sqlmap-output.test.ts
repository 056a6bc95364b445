import { describe, expect, it } from 'vitest';
import { readSqlmapOutput } from './sqlmap-output.ts';

// Lines as sqlmap 1.7 prints them (carriage returns and terminal escapes included).
const clean = [
  "\x1b[?1049h\x1b[22;0;0t\x1b[?1l>[14:27:28] [WARNING] using '/tmp/x/out' as the output directory",
  "\r[14:27:29] [INFO] testing if GET parameter 'q' is dynamic",
  "\r[14:27:29] [WARNING] GET parameter 'q' does not seem to be injectable",
  "\r[14:27:30] [WARNING] (custom) POST parameter 'JSON contact' does not seem to be injectable",
  "\r[14:27:31] [WARNING] URI parameter '#1*' does not seem to be injectable",
  "[14:27:32] [WARNING] parameter 'User-Agent' does not seem to be injectable",
  '[14:27:29] [CRITICAL] target URL content appears to be heavily dynamic. sqlmap is going to retry the request(s)',
  "[14:27:33] [ERROR] all tested parameters do not appear to be injectable. Try to increase values for '--level'",
].join('\n');

const found = [
  "[10:00:01] [INFO] GET parameter 'q' appears to be 'AND boolean-based blind - WHERE or HAVING clause' injectable",
  "[10:00:02] [INFO] GET parameter 'q' is 'PostgreSQL AND error-based - WHERE or HAVING clause' injectable",
  'sqlmap identified the following injection point(s) with a total of 41 HTTP(s) requests:',
  '---',
  'Parameter: q (GET)',
  '    Type: boolean-based blind',
  "    Payload: q=alpha' AND 1234=1234 AND 'abc'='abc",
  '---',
].join('\n');

describe('reading sqlmap output', () => {
  it('lists the parameters tested on a clean run, and nothing injectable', () => {
    expect(readSqlmapOutput(clean)).toEqual({
      tested: ['GET q', '(custom) POST JSON contact', 'URI #1*', 'header User-Agent'],
      injectable: [],
      completed: true,
      critical: [],
    });
  });

  it('reports a confirmed injection point', () => {
    expect(readSqlmapOutput(found)).toMatchObject({ tested: ['GET q'], injectable: ['GET q'], completed: true });
  });

  it('does not take an aborted run for a clean one', () => {
    const aborted =
      "[10:00:00] [CRITICAL] connection refused\n[10:00:00] [INFO] testing if GET parameter 'q' is dynamic";
    expect(readSqlmapOutput(aborted)).toEqual({
      tested: [],
      injectable: [],
      completed: false,
      critical: ['connection refused'],
    });
  });
});
