import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { CSP } from './scripts/csp.ts';

// The same Content-Security-Policy is sent by `vite preview` and documented for static hosting.
export default defineConfig({
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify(process.env.npm_package_version ?? 'dev') },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }],
        },
      },
    },
  },
  preview: {
    headers: { 'Content-Security-Policy': CSP },
  },
});
