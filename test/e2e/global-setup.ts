/**
 * Builds the app, serves it with `vite preview` on 127.0.0.1 and a free port, and hands the
 * URL to the browser tests. Without a Chromium the run fails, naming the install command; only
 * E2E_OPTIONAL=1 (outside CI=true) turns that into a loud skip.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_INSTALL, findChromium } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() - start > timeoutMs) throw new Error(`vite preview did not answer at ${url}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

let server: ChildProcess | undefined;

export default async function setup(project: TestProject) {
  const chromium = findChromium();
  if (!chromium) {
    const where = process.env.CHROMIUM_PATH
      ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist`
      : 'no /usr/bin/chromium';
    const line = `BROWSER TESTS NEED CHROMIUM (${where}). Install it with: ${CHROMIUM_INSTALL} (or set CHROMIUM_PATH).`;
    // A missing browser fails the run: a green run must mean the browser tests ran. Skipping is
    // only for someone who asks for it, and never under CI.
    if (process.env.E2E_OPTIONAL !== '1' || process.env.CI === 'true') throw new Error(line);
    console.warn(`\n!! SKIPPING BROWSER TESTS (E2E_OPTIONAL=1). ${line}\n`);
    project.provide('chromiumPath', '');
    project.provide('baseUrl', '');
    return;
  }

  if (process.env.E2E_SKIP_BUILD !== '1') {
    // The production build users get: Vitest sets NODE_ENV=test, under which Vite would build
    // React's development bundle (several times slower, and not what ships).
    const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (build.status !== 0) throw new Error('vite build failed');
  }

  const port = await freePort();
  server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  const baseUrl = `http://127.0.0.1:${port}/`;
  await waitForHttp(baseUrl, 30_000);
  project.provide('chromiumPath', chromium);
  project.provide('baseUrl', baseUrl);

  return () => {
    if (server?.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };
}
