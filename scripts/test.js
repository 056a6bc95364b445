#!/usr/bin/env node
// `npm test`: unit and integration tests (PGlite always; PostgreSQL too when
// TEST_DATABASE_URL is set), then the browser tests in headless Chromium, then
// sqlmap against a local server (`npm run sqlmap`, short profile).
// Without Chromium or sqlmap those steps are skipped loudly — except in CI
// (CI=true) or with KOMAR_REQUIRE_BROWSER=1 / KOMAR_REQUIRE_SQLMAP=1, where a
// missing tool fails.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const CHROMIUM = process.env.KOMAR_CHROMIUM ?? '/usr/bin/chromium';
const SQLMAP = process.env.KOMAR_SQLMAP ?? 'sqlmap';
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status ?? 1;
const ci = process.env.CI === 'true';

/** Prints a banner nobody can miss; exits 1 if the step is required, else the run goes on. */
function skipped(what, install, required) {
  const banner = [
    '',
    '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
    `!!  ${what} SKIPPED.`,
    `!!  Install it (Debian: apt-get install ${install}) to run them.`,
    '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
    '',
  ].join('\n');
  console.error(banner);
  if (required) process.exit(1);
}

// Built first: the server tests check the files it serves (CSP, compression), and the browser tests use them.
const build = run('npm', ['run', 'build:web']);
if (build !== 0) process.exit(build);

const unit = run('npx', ['vitest', 'run']);
if (unit !== 0) process.exit(unit);

const browserRequired = ci || process.env.KOMAR_REQUIRE_BROWSER === '1';
if (fs.existsSync(CHROMIUM)) {
  const browser = run('npx', ['vitest', 'run', '--config', 'e2e/vitest.config.ts']);
  if (browser !== 0) process.exit(browser);
} else {
  skipped(`BROWSER TESTS: no Chromium at ${CHROMIUM}`, 'chromium fonts-noto-core', browserRequired);
}

const sqlmapRequired = ci || process.env.KOMAR_REQUIRE_SQLMAP === '1';
if (spawnSync(SQLMAP, ['--version'], { stdio: 'ignore' }).status === 0) {
  process.exit(run('npm', ['run', '--silent', 'sqlmap']));
}
skipped(`SQL INJECTION RUN: no sqlmap (${SQLMAP})`, 'sqlmap', sqlmapRequired);
