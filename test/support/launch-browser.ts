import { existsSync } from 'node:fs';
import sparticuzChromium from '@sparticuz/chromium';
import { chromium, type Browser } from 'playwright-core';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * Our own flags, not the npm package's: its Lambda flags (`--single-process`, `--in-process-gpu`,
 * ANGLE on SwiftShader) crash this Chromium build on an ordinary Linux host. These keep it headless
 * and from phoning home.
 */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

/**
 * The Chromium to test with: `CHROMIUM_PATH` when set, else Debian's when installed, else the one
 * shipped inside the `@sparticuz/chromium` npm package (unpacked to /tmp on first use), so a fresh
 * machine needs no root and no browser download.
 */
export async function findChromium(): Promise<string> {
  const configured = process.env.CHROMIUM_PATH;
  if (configured !== undefined && configured !== '') {
    if (!existsSync(configured))
      throw new Error(`CHROMIUM_PATH must name a Chromium executable, but got: ${configured}`);
    return configured;
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  return sparticuzChromium.executablePath();
}

/** A headless Chromium for browser tests; close it in afterAll. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
}
