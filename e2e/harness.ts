import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';

const BIN = path.resolve(import.meta.dirname, '../bin/komar.js');
export const CHROMIUM = process.env.KOMAR_CHROMIUM ?? '/usr/bin/chromium';

export type Server = {
  url: string;
  firstAdmin: { email: string; password: string };
  dataDir: string;
  stop(): Promise<void>;
};

/** Starts `komar serve` on a fresh embedded database and a free port, and reads the first-start notice. */
export async function startServer(): Promise<Server> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'komar-e2e-'));
  const child: ChildProcess = spawn(process.execPath, [BIN, 'serve'], {
    env: { ...process.env, KOMAR_DATA_DIR: dataDir, PORT: '0', KOMAR_LOG_LEVEL: 'warn', DATABASE_URL: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const ready = new Promise<{ url: string; email: string; password: string }>((resolve, reject) => {
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
      const url = /running at (http:\/\/\S+) on/.exec(stderr)?.[1];
      const email = /email:\s+(\S+)/.exec(stderr)?.[1];
      const password = /one-time password:\s+(\S+)/.exec(stderr)?.[1];
      if (url && email && password) resolve({ url, email, password });
    });
    child.on('exit', (code) => reject(new Error(`komar serve exited (${code}): ${stderr}`)));
  });
  const { url, email, password } = await ready;
  return {
    url,
    dataDir,
    firstAdmin: { email, password },
    async stop() {
      const exited = new Promise((r) => child.on('exit', r));
      child.kill('SIGTERM');
      await exited;
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Serious and critical accessibility violations on the current page (axe-core). */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  // A modal or notification still fading in has half-transparent text: axe would measure that contrast.
  // (Endless ones, such as a loader's spin, are not waited for.)
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY),
  );
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export const SHOTS_DIR = process.env.KOMAR_SHOTS_DIR;

/** Saves a screenshot when KOMAR_SHOTS_DIR is set: for people checking the pages by eye. */
export async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS_DIR) return;
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`), fullPage: true });
}
