import { existsSync } from 'node:fs';

export const CHROMIUM_INSTALL = 'apt-get update && apt-get install -y chromium fonts-noto-core';

/** The Chromium to drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium; null if neither exists. */
export function findChromium(): string | null {
  // An explicit CHROMIUM_PATH is authoritative: a wrong one is reported, not silently replaced.
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  return existsSync(path) ? path : null;
}

/** Flags that give MapLibre a WebGL2 context (SwiftShader) headless, with no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];
