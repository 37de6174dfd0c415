import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser } from 'playwright-core';

/**
 * Flags for a headless browser on a closed machine: no sandbox (tests run as root in CI), and
 * none of Chromium's background connections, which this network refuses.
 */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Headless Chromium for the browser tests, with nothing installed outside npm: the binary of
 * @sparticuz/chromium (shipped compressed in the package, unpacked to the temp folder on first
 * use), or the browser BAEUM_CHROMIUM points at.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.BAEUM_CHROMIUM || (await chromium.executablePath());
  return playwright.launch({ executablePath, args: ARGS, headless: true });
}
