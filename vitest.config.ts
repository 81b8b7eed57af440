import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const define = { __APP_VERSION__: JSON.stringify('test') };

export default defineConfig({
  define,
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        define,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        plugins: [react()],
        define,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/unit/**/*.test.tsx'],
          setupFiles: ['test/unit/setup-dom.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 240_000,
          // One Chromium at a time: two cores, and SwiftShader renders on the CPU.
          fileParallelism: false,
          sequence: { concurrent: false },
        },
      },
    ],
  },
});
