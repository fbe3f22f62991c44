import { existsSync } from 'node:fs';

/** Debian's Chromium (SPEC); override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const chromiumMissingMessage = () =>
  `Chromium was not found at ${CHROMIUM_PATH}. Install it with:\n` +
  `  sudo apt-get install -y chromium fonts-noto-cjk\n` +
  `or set CHROMIUM_PATH to a Chromium or Chrome binary.`;

export const hasChromium = () => existsSync(CHROMIUM_PATH);
