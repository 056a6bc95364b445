#!/usr/bin/env node
// `npm test`: unit and integration tests (PGlite always; PostgreSQL too when
// TEST_DATABASE_URL is set), then the browser tests in headless Chromium.
// Without Chromium the browser tests are skipped loudly — except in CI
// (CI=true) or with KOMAR_REQUIRE_BROWSER=1, where a missing browser fails.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const CHROMIUM = process.env.KOMAR_CHROMIUM ?? '/usr/bin/chromium';
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status ?? 1;

// Built first: the server tests check the files it serves (CSP, compression), and the browser tests use them.
const build = run('npm', ['run', 'build:web']);
if (build !== 0) process.exit(build);

const unit = run('npx', ['vitest', 'run']);
if (unit !== 0) process.exit(unit);

const browserRequired = process.env.CI === 'true' || process.env.KOMAR_REQUIRE_BROWSER === '1';
if (!fs.existsSync(CHROMIUM)) {
  const banner = [
    '',
    '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
    `!!  BROWSER TESTS SKIPPED: no Chromium at ${CHROMIUM}.`,
    '!!  Install it (Debian: apt-get install chromium fonts-noto-core) to run them.',
    '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
    '',
  ].join('\n');
  console.error(banner);
  process.exit(browserRequired ? 1 : 0);
}

process.exit(run('npx', ['vitest', 'run', '--config', 'e2e/vitest.config.ts']));
