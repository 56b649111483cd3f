// Browser-test harness: Debian's Chromium through playwright-core, and a real server on 127.0.0.1 with port 0.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { openStore, type Store } from '../../src/store/index.js';
import { ingestPaths, startServer, type RunningServer } from '../../src/server/index.js';

/** Where Debian installs Chromium (`apt-get install -y chromium`); override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Screenshots go to `screenshots/` at the repository root (git-ignored). */
export const SCREENSHOT_DIR = join(import.meta.dirname, '..', '..', 'screenshots');

/**
 * Launch Chromium headless with a fresh profile (`--user-data-dir`, passed the way playwright wants it: a persistent
 * context). Throws (never skips) when Chromium is missing.
 */
export async function launchBrowser(): Promise<{ browser: BrowserContext; close(): Promise<void> }> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: run "apt-get update && apt-get install -y chromium" (browser tests never skip)`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'standpoint-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A server over a fresh store holding the given inputs. */
export async function startTestServer(inputs: readonly string[]): Promise<{ server: RunningServer; store: Store; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'standpoint-serve-'));
  const store = await openStore({ path: join(dir, 'test.db') });
  const items = await ingestPaths(store, inputs);
  const failed = items.filter((i) => i.status === 'failed');
  if (failed.length) throw new Error(`ingest failed: ${JSON.stringify(failed)}`);
  const server = await startServer({ store, host: '127.0.0.1', port: 0, log: () => {} });
  return {
    server,
    store,
    close: async () => {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Save a full-page screenshot named after the step. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Collect console errors and CSP violations so tests can assert none happened. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}
